package org.custodian.register;

import org.custodian.shared.RecordNotFound;

/**
 * No kept export of the Art. 30 record has this number.
 */
class ExportNotFound extends RecordNotFound {

    private ExportNotFound(long id) {
        super("No export " + id);
    }

    /**
     * For an unknown export number.
     */
    public static ExportNotFound forId(long id) {
        return new ExportNotFound(id);
    }
}
