package org.custodian.access.web;

import org.custodian.access.SessionProperties;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the idle timeout and the warning delay, read by {@code app.js} from the layout's {@code <body>}
 * to warn before the session ends (SEC-4).
 */
@ControllerAdvice(annotations = Controller.class)
class SessionModelAdvice {

    private final SessionProperties session;

    SessionModelAdvice(SessionProperties session) {
        this.session = session;
    }

    @ModelAttribute("sessionTimeoutSeconds")
    long sessionTimeoutSeconds() {
        return session.timeout().toSeconds();
    }

    @ModelAttribute("sessionWarningSeconds")
    long sessionWarningSeconds() {
        return Math.min(session.warningBefore().toSeconds(), session.timeout().toSeconds());
    }
}
