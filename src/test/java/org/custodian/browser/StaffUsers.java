package org.custodian.browser;

import java.util.Set;

import org.custodian.access.NewUser;
import org.custodian.access.Role;
import org.custodian.access.StaffAccounts;
import org.custodian.access.UserAdministration;

/**
 * The staff accounts of the browser tests, set up as an administrator creates them (a temporary password) and with
 * the password already chosen by their owner ({@link #PASSWORD}), so that a test signs in straight away with
 * {@link Browser#signIn}. Every {@link BrowserTest} has one: {@code @Autowired StaffUsers staff;}. The browser tests
 * share one database, never reset: give each account a login of its own.
 */
public class StaffUsers {

    /** The password the accounts' owners chose: it satisfies the policy and holds no part of their logins or names. */
    public static final String PASSWORD = "Lumiere-Boutique-2026!";

    private final UserAdministration users;
    private final StaffAccounts accounts;

    StaffUsers(UserAdministration users, StaffAccounts accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    /**
     * Creates the account {@code username} (e-mail {@code username@maison-lumiere.example}) with one role, its owner
     * having chosen {@link #PASSWORD}; returns the login.
     */
    public String create(String username, String displayName, Role role) {
        return create(username, displayName, role, PASSWORD);
    }

    /** As {@link #create(String, String, Role)}, with the password its owner chose. */
    public String create(String username, String displayName, Role role, String password) {
        var secret = users.create(new NewUser(username, displayName, username + "@maison-lumiere.example",
                Set.of(role)), "browser-test");
        accounts.changePassword(username, secret.value(), password);
        return username;
    }
}
