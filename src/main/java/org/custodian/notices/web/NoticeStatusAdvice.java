package org.custodian.notices.web;

import jakarta.servlet.http.HttpServletRequest;

import org.custodian.notices.PrivacyNotices;
import org.custodian.notices.PublishedNotice;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * INF-1: on the DPO's screens of the register, the recipients, the organisation and the notice, says when the
 * published notice no longer matches them, until it is republished. Public pages never carry it.
 */
@ControllerAdvice(basePackages = {"org.custodian.register.web", "org.custodian.notices.web"})
class NoticeStatusAdvice {

    private final PrivacyNotices notices;

    NoticeStatusAdvice(PrivacyNotices notices) {
        this.notices = notices;
    }

    /**
     * The version in force when it is out of date, null otherwise, for anyone but the DPO and administrators, and for
     * what is not a full page (the notice is generated to compare it, so posts and htmx fragments skip it).
     */
    @ModelAttribute("noticeOutOfDate")
    Integer noticeOutOfDate(HttpServletRequest request, Authentication authentication) {
        if (authentication == null || !"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null
                || request.getRequestURI().startsWith(request.getContextPath() + "/p/")
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .noneMatch(role -> role.equals("ROLE_DPO") || role.equals("ROLE_ADMIN"))) {
            return null;
        }
        return notices.outdatedVersion().map(PublishedNotice::version).orElse(null);
    }
}
