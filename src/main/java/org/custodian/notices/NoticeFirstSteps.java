package org.custodian.notices;

import java.util.List;
import java.util.Set;

import org.custodian.shared.web.FirstStep;
import org.custodian.shared.web.FirstSteps;
import org.springframework.stereotype.Component;

/** The privacy notice published: no collection form opens before it (Art. 13 GDPR). */
@Component
class NoticeFirstSteps implements FirstSteps {

    private final PrivacyNotices notices;

    NoticeFirstSteps(PrivacyNotices notices) {
        this.notices = notices;
    }

    @Override
    public List<FirstStep> firstSteps() {
        return List.of(new FirstStep(50, "home.steps.notice", List.of(), notices.current().isPresent(), "/notices",
                Set.of("ADMIN", "DPO")));
    }
}
