package org.custodian.access.web;

import java.util.Set;

import org.custodian.access.Role;

/** The roles checkboxes of an account; none checked binds to null. */
record RolesForm(Set<Role> roles) {

    Set<Role> selected() {
        return roles == null ? Set.of() : roles;
    }
}
