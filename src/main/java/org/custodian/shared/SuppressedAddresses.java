package org.custodian.shared;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether addresses are on the suppression list (PRO-3, issue 9 §3), for the modules that take persons in — the
 * import and the public forms — and must tell staff that such a person will not be canvassed. Implemented by the
 * module that keeps the list ({@code prospecting}), so that they need not depend on it. The answer is for staff only:
 * a public visitor must not learn whether an address is on the list.
 */
public interface SuppressedAddresses {

    /** An e-mail address and a phone number of one person, either possibly null. */
    record Address(String email, String phone) {
    }

    /**
     * For each of these addresses on the list, the day of the latest opposition recorded for its e-mail or phone, on
     * any channel, in one look-up for a whole batch (an import's); an address absent from the answer is not on it.
     */
    Map<Address, LocalDate> since(Collection<Address> addresses);

    /** The same for one address; empty when it is not on the list. */
    default Optional<LocalDate> since(String email, String phone) {
        var address = new Address(email, phone);
        return Optional.ofNullable(since(List.of(address)).get(address));
    }
}
