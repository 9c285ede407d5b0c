package org.custodian.imports;

import java.util.UUID;

import org.custodian.shared.RecordNotFound;

/** No import job has this id. */
class ImportNotFound extends RecordNotFound {

    ImportNotFound(UUID id) {
        super("No import job " + id);
    }
}
