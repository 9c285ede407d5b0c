package org.custodian.access;

import java.util.List;
import java.util.Set;

import org.custodian.shared.PublicAddress;
import org.custodian.shared.web.FirstStep;
import org.custodian.shared.web.FirstSteps;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's first steps: the public address confirmed, and accounts for the people who will use the file
 * (the first administrator alone cannot read it).
 */
@Component
class AccessFirstSteps implements FirstSteps {

    private final StaffUserRepository users;
    private final PublicAddress publicAddress;

    AccessFirstSteps(StaffUserRepository users, PublicAddress publicAddress) {
        this.users = users;
        this.publicAddress = publicAddress;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FirstStep> firstSteps() {
        return List.of(
                new FirstStep(10, "home.steps.publicAddress", List.of(), publicAddress.current().confirmed(),
                        "/admin/public-address", Set.of(Role.ADMIN.name())),
                new FirstStep(30, "home.steps.users", List.of(), users.count() > 1, "/admin/users",
                        Set.of(Role.ADMIN.name())));
    }
}
