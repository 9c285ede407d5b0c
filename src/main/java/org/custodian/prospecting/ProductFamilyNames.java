package org.custodian.prospecting;

import java.util.List;

/**
 * Product families named in a reason: the decision keeps their codes (stable, for the API's evidence), and
 * {@link EligibilityReasons} writes them as the names the organisation gave them («Mobilier de jardin»), never as
 * codes.
 *
 * @param codes the families' codes, in the order the sentence names them
 */
record ProductFamilyNames(List<String> codes) {

    ProductFamilyNames {
        codes = List.copyOf(codes);
    }

    @Override
    public String toString() {
        return String.join(", ", codes);
    }
}
