package org.custodian.access.web;

import java.time.Instant;

import jakarta.servlet.http.HttpSession;

import org.custodian.shared.web.DisplayTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff sign-in page (public). After a lock it says until when, in the organisation's time zone.
 */
@Controller
class LoginController {

    /** Written by the access module's failure handler; the lock's end never travels in the URL (SEC-4). */
    static final String LOCKED_UNTIL = "custodian.login.lockedUntil";

    private final DisplayTime displayTime;

    LoginController(DisplayTime displayTime) {
        this.displayTime = displayTime;
    }

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login(HttpSession session, Model model) {
        if (session.getAttribute(LOCKED_UNTIL) instanceof Instant until) {
            model.addAttribute("lockedUntil", displayTime.time(until));
        }
        return "access/login";
    }
}
