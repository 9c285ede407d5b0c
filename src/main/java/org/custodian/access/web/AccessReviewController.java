package org.custodian.access.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.custodian.access.UserAdministration;
import org.custodian.shared.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * SEC-2 — the annual review of authorisations: every account with its roles, state, last sign-in and creator, on
 * screen and as CSV. For administrators and the DPO.
 */
@Controller
@RequestMapping("/admin/access-review")
@PreAuthorize("hasAnyRole('ADMIN','DPO')")
class AccessReviewController {

    private final UserAdministration users;
    private final Clock clock;

    AccessReviewController(UserAdministration users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @GetMapping
    String review(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("users", users.search(q, PageRequest.of(page, null)));
        return htmx == null ? "access/access-review" : "access/access-review :: results";
    }

    @GetMapping("/export.csv")
    void export(Principal principal, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"access-review-" + LocalDate.now(clock) + ".csv\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        users.exportAccessReview(writer, principal.getName());
        writer.flush();
    }
}
