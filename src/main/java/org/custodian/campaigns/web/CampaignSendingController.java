package org.custodian.campaigns.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.custodian.campaigns.CampaignNotSendable;
import org.custodian.campaigns.CampaignSender;
import org.custodian.campaigns.Campaigns;
import org.custodian.campaigns.SendingProgress;
import org.custodian.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sending of a campaign on the screens (PRO-5): send now, schedule, send a test to oneself, and the progress with
 * the results. The progress fragment reloads itself through htmx while the sending runs (no inline script, the CSP
 * forbids it); without JavaScript the page shows the progress at the time it was drawn.
 */
@Controller
@RequestMapping("/campaigns/{id}")
class CampaignSendingController {

    private final CampaignSender sender;
    private final Campaigns campaigns;
    private final Mailer mailer;
    private final ZoneId zone;

    CampaignSendingController(CampaignSender sender, Campaigns campaigns, Mailer mailer,
            @Value("${custodian.time-zone:Europe/Paris}") ZoneId zone) {
        this.sender = sender;
        this.campaigns = campaigns;
        this.mailer = mailer;
        this.zone = zone;
    }

    @GetMapping("/sending")
    @PreAuthorize(SendingRoles.READ)
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("campaign", campaigns.get(id));
        model.addAttribute("progress", sender.progress(id));
        return "campaigns/sending";
    }

    @GetMapping(value = "/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(SendingRoles.READ)
    @ResponseBody
    SendingProgress progressJson(@PathVariable UUID id) {
        return sender.progress(id);
    }

    @GetMapping("/progress")
    @PreAuthorize(SendingRoles.READ)
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("campaignId", id);
        model.addAttribute("progress", sender.progress(id));
        return "campaigns/sending :: progress";
    }

    @PostMapping("/send")
    @PreAuthorize(SendingRoles.SEND)
    String send(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("notice", sender.start(id) ? "campaigns.sending.started"
                    : "campaigns.sending.alreadyStarted");
        } catch (CampaignNotSendable e) {
            redirect.addFlashAttribute("refusal", e.messageKey());
        }
        return "redirect:/campaigns/" + id + "/sending";
    }

    @PostMapping("/schedule")
    @PreAuthorize(SendingRoles.SEND)
    String schedule(@PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
            RedirectAttributes redirect) {
        if (at == null) {
            redirect.addFlashAttribute("refusal", "campaigns.sending.scheduleRequired");
            return "redirect:/campaigns/" + id + "/sending";
        }
        try {
            sender.schedule(id, at.atZone(zone).toInstant());
            redirect.addFlashAttribute("notice", "campaigns.sending.scheduled");
        } catch (CampaignNotSendable e) {
            redirect.addFlashAttribute("refusal", e.messageKey());
        }
        return "redirect:/campaigns/" + id + "/sending";
    }

    @PostMapping("/test-send")
    @PreAuthorize(SendingRoles.SEND)
    String testSend(@PathVariable UUID id, @RequestParam(required = false) String to, RedirectAttributes redirect) {
        try {
            sender.testSend(id, to == null ? null : to.strip());
            redirect.addFlashAttribute("notice", mailer.deliversBySmtp() ? "campaigns.sending.testSent"
                    : "campaigns.sending.testHeld");
        } catch (CampaignNotSendable e) {
            redirect.addFlashAttribute("refusal", e.messageKey());
        } catch (IllegalArgumentException e) {
            // OutgoingMail refuses an address that is none
            redirect.addFlashAttribute("refusal", "campaigns.sending.testAddress");
        }
        return "redirect:/campaigns/" + id + "/sending";
    }
}
