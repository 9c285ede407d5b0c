package org.custodian.access;

import java.util.Set;

/**
 * The command that creates a staff account; a temporary password is generated.
 */
public record NewUser(String username, String displayName, String email, Set<Role> roles) {
}
