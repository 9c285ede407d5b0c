package org.custodian.rights.web;

import java.util.UUID;

import org.custodian.rights.InvalidRightsRequest;
import org.custodian.rights.RequestAssignments;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** DSR-1 — the DPO assigns a request to a DPO or a member of customer service, who receives its reminders. */
@Controller
class AssignmentController {

    private final RequestAssignments assignments;

    AssignmentController(RequestAssignments assignments) {
        this.assignments = assignments;
    }

    @PostMapping("/rights/{id}/assignee")
    @PreAuthorize(Roles.HANDLE)
    String assign(@PathVariable UUID id, @RequestParam(required = false) String assignee,
            RedirectAttributes redirect) {
        try {
            assignments.assign(id, assignee);
            redirect.addFlashAttribute("assigned", true);
        } catch (InvalidRightsRequest refused) {
            redirect.addFlashAttribute("assigneeRefused", refused.violations().get(0));
        }
        return "redirect:/rights/" + id + "#assignee";
    }
}
