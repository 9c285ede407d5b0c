package org.custodian.access.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff sign-in page (public). After a lock it says until when, in the server's time zone.
 */
@Controller
class LoginController {

    /** Written by the access module's failure handler; the lock's end never travels in the URL (SEC-4). */
    static final String LOCKED_UNTIL = "custodian.login.lockedUntil";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login(HttpSession session, Model model) {
        if (session.getAttribute(LOCKED_UNTIL) instanceof Instant until) {
            model.addAttribute("lockedUntil", TIME.format(until.atZone(ZoneId.systemDefault())));
        }
        return "access/login";
    }
}
