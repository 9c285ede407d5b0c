package org.custodian.retention.web;

import java.util.UUID;

import org.custodian.retention.IntermediateArchive;
import org.custodian.retention.LegalHolds;
import org.custodian.shared.PageRequest;
import org.custodian.shared.PersonId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The intermediate archive's screens (RET-2), for the ARCHIVIST and the DPO: nothing is shown until the reader states
 * why they open it; the reason goes to the audit log with each search and each record opened.
 */
@Controller
@RequestMapping("/retention/archive")
class ArchiveController {

    private final IntermediateArchive archive;
    private final LegalHolds holds;

    ArchiveController(IntermediateArchive archive, LegalHolds holds) {
        this.archive = archive;
        this.holds = holds;
    }

    @GetMapping
    @PreAuthorize(Roles.ARCHIVE)
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String reason,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("reason", reason);
        if (reason != null) {
            if (IntermediateArchive.checkReason(reason).isEmpty()) {
                model.addAttribute("archived", archive.search(q, reason, PageRequest.of(page, null)));
            } else {
                model.addAttribute("reasonInvalid", true);
            }
        }
        return "retention/archive";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.ARCHIVE)
    String show(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model) {
        if (!IntermediateArchive.checkReason(reason).isEmpty()) {
            return "redirect:/retention/archive";
        }
        model.addAttribute("person", archive.get(id, reason));
        model.addAttribute("held", holds.holdsArchiveOf(new PersonId(id)));
        model.addAttribute("reason", reason);
        return "retention/archived-person";
    }
}
