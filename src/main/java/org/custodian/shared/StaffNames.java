package org.custodian.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Names of staff users for modules that hold their logins without owning the accounts (the audit log, the consent
 * proofs): implemented by the module that keeps the accounts, so that the others need not know its tables. A register
 * a DPO shows names the people who acted, the login coming second.
 */
public interface StaffNames {

    /**
     * The full names (as entered on the users' screen) of those of these logins that are accounts, in one lookup for
     * a page of logins; a login absent from the answer is no account (a mistyped login of a failed sign-in, or
     * something that is not a person: {@code system}, {@code public}, {@code api:<name>}).
     */
    Map<String, String> of(Collection<String> logins);

    /** The logins of the accounts whose full name contains {@code fragment}, case-insensitive; at most {@code limit}. */
    List<String> loginsNamed(String fragment, int limit);
}
