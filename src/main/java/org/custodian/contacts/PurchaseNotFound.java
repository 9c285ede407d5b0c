package org.custodian.contacts;

import java.util.UUID;

import org.custodian.shared.RecordNotFound;

/** No purchase has this id (or no longer: its person was erased). */
public class PurchaseNotFound extends RecordNotFound {

    private PurchaseNotFound(String message) {
        super(message);
    }

    static PurchaseNotFound forId(UUID id) {
        return new PurchaseNotFound("No purchase with id " + id);
    }
}
