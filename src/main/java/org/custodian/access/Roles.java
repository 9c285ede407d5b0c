package org.custodian.access;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Role sets kept in declaration order, so screens and CSV list them the same way every time. */
final class Roles {

    private Roles() {
    }

    static Set<Role> of(Collection<Role> roles) {
        var set = EnumSet.noneOf(Role.class);
        set.addAll(roles);
        return Collections.unmodifiableSet(set);
    }

    static String joined(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.joining(" "));
    }
}
