package org.custodian.prospecting;

import java.time.LocalDate;
import java.util.Optional;

import org.custodian.shared.SuppressedAddresses;
import org.springframework.stereotype.Component;

/**
 * Answers the import and the public forms, which may not depend on this module, whether an address is on the
 * suppression list (PRO-3, issue 9 §3), through {@link SuppressionList#reasonFor}.
 */
@Component
class SuppressedAddressLookup implements SuppressedAddresses {

    private final SuppressionList list;

    SuppressedAddressLookup(SuppressionList list) {
        this.list = list;
    }

    @Override
    public Optional<LocalDate> since(String email, String phone) {
        return list.reasonFor(email, phone).map(reason -> (LocalDate) reason.arguments().get(0));
    }
}
