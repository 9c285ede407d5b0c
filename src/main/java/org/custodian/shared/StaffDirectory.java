package org.custodian.shared;

import java.util.Collection;
import java.util.List;

/**
 * The staff members who hold some roles, for a module that hands work to them without owning the accounts (the
 * rights requests assigned to a DPO or to customer service, and their reminders): implemented by the module that
 * keeps the accounts. Roles are named as the access module names them ({@code "DPO"}, {@code "SUPPORT"}).
 */
public interface StaffDirectory {

    /** An enabled account, with the address its reminders go to. */
    record Member(String login, String name, String email) {
    }

    /** The enabled accounts holding at least one of {@code roles}, by name. */
    List<Member> withAnyRole(Collection<String> roles);
}
