package org.custodian.shared;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether an address is on the suppression list (PRO-3, issue 9 §3), for the modules that take persons in — the
 * import and the public forms — and must tell staff that such a person will not be canvassed. Implemented by the
 * module that keeps the list ({@code prospecting}), so that they need not depend on it. The answer is for staff only:
 * a public visitor must not learn whether an address is on the list.
 */
public interface SuppressedAddresses {

    /**
     * The day of the latest opposition recorded for this e-mail address or phone number, on any channel; empty when
     * neither is on the list (or both are null).
     */
    Optional<LocalDate> since(String email, String phone);
}
