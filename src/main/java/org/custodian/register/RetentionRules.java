package org.custodian.register;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's retention rules as one list, for the module that applies them (RET-1, RET-3): each with its
 * activity, period, trigger, end action, archive stage and the standard's wording.
 */
@Service
public class RetentionRules {

    private final ActivityRepository activities;

    RetentionRules(ActivityRepository activities) {
        this.activities = activities;
    }

    /**
     * Every rule, in the order of the activities, then of the rules within each.
     */
    @Transactional(readOnly = true)
    public List<RetentionRuleView> all() {
        var rules = activities.retentionRules();
        return activities.activities().stream()
                .flatMap(activity -> rules.getOrDefault(activity.code(), List.of()).stream())
                .toList();
    }
}
