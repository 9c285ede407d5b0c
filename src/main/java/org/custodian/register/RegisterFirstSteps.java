package org.custodian.register;

import java.util.List;
import java.util.Set;

import org.custodian.shared.web.FirstStep;
import org.custodian.shared.web.FirstSteps;
import org.springframework.stereotype.Component;

/**
 * The organisation named as controller (every notice and answer quotes it), and the retention periods that the
 * preloaded register leaves to the organisation to fix.
 */
@Component
class RegisterFirstSteps implements FirstSteps {

    private final OrganisationSettings organisation;
    private final ProcessingRegister register;

    RegisterFirstSteps(OrganisationSettings organisation, ProcessingRegister register) {
        this.organisation = organisation;
        this.register = register;
    }

    @Override
    public List<FirstStep> firstSteps() {
        var unfixed = register.activities().stream().flatMap(activity -> activity.retentionRules().stream())
                .filter(rule -> !rule.isFixed()).count();
        return List.of(
                new FirstStep(20, "home.steps.organisation", List.of(), organisation.current().isConfigured(),
                        "/organisation", Set.of("ADMIN", "DPO")),
                new FirstStep(40, "home.steps.retention", List.of(unfixed), unfixed == 0, "/register",
                        Set.of("ADMIN", "DPO")));
    }
}
