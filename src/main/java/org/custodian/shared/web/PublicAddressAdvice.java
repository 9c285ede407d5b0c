package org.custodian.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.custodian.shared.PublicAddress;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Issue 8 §2: gives the staff pages the state of the public address (read by the administrators' banner and by the
 * warnings beside embed codes and public links). An administrator's first page proposes the address their browser
 * used, to be confirmed: a server cannot know under which name and port people reach it.
 */
@ControllerAdvice(annotations = Controller.class)
class PublicAddressAdvice {

    private final PublicAddress publicAddress;

    PublicAddressAdvice(PublicAddress publicAddress) {
        this.publicAddress = publicAddress;
    }

    /** Null on posts, fragments, public pages and for visitors: only full staff pages show it. */
    @ModelAttribute("publicAddressState")
    PublicAddress.Current publicAddressState(HttpServletRequest request, Authentication authentication) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (authentication == null || !authentication.isAuthenticated() || !"GET".equals(request.getMethod())
                || request.getHeader("HX-Request") != null || path.startsWith("/p/") || path.startsWith("/api/")) {
            return null;
        }
        var current = publicAddress.current();
        if (current.unknown()
                && authentication.getAuthorities().stream().anyMatch(role -> role.getAuthority().equals("ROLE_ADMIN"))) {
            publicAddress.deriveFrom(ServletUriComponentsBuilder.fromContextPath(request).build().toUriString());
            current = publicAddress.current();
        }
        return current;
    }
}
