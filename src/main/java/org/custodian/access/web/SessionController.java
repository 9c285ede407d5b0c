package org.custodian.access.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Called by the idle-session warning («stay signed in»): touching the session restarts its idle timeout (SEC-4).
 */
@Controller
class SessionController {

    @GetMapping("/session/keepalive")
    @PreAuthorize("isAuthenticated()")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void keepAlive() {
        // The request itself refreshes the session's last access time; there is nothing else to do.
    }
}
