package org.custodian.prospecting.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.custodian.prospecting.LinkVisitor;
import org.custodian.prospecting.OptOuts;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one-click unsubscribe link of a message (PRO-3, RFC 8058, issue 9 §4). A {@code GET} (and so a {@code HEAD}, which
 * Spring answers with the same handler) only shows a page with one button: mail scanners and link previews open links
 * by themselves and must not unsubscribe anyone. The {@code POST} unsubscribes at once, whether it comes from that
 * button or from a mail client's bare one-click request ({@code List-Unsubscribe=One-Click}, no cookie, no CSRF token:
 * the public chain has neither, and the token in the path is what authorises it).
 */
@Controller
@RequestMapping("/p/unsubscribe/{token}")
@PreAuthorize(Roles.PUBLIC)
class UnsubscribeController {

    /** The body of RFC 8058's one-click request. */
    static final String ONE_CLICK = "One-Click";

    private final OptOuts optOuts;
    private final MessageSource messages;

    UnsubscribeController(OptOuts optOuts, MessageSource messages) {
        this.optOuts = optOuts;
        this.messages = messages;
    }

    @GetMapping
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        if (!optOuts.isUnsubscribeLink(token)) {
            return LinkPages.unknown(response);
        }
        model.addAttribute("token", token);
        return "prospecting/unsubscribe";
    }

    @PostMapping
    String unsubscribe(@PathVariable String token,
            @RequestParam(name = "List-Unsubscribe", required = false) String oneClick, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        // The ledger keeps what the person did: the page's button, or their mail client's unsubscribe command.
        var statement = ONE_CLICK.equals(oneClick)
                ? messages.getMessage("prospecting.unsubscribe.proof.oneClick", null, Locale.FRENCH)
                : messages.getMessage("prospecting.unsubscribe.button", null, locale);
        var visitor = new LinkVisitor(request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT), locale);
        if (!optOuts.unsubscribe(token, statement, visitor)) {
            return LinkPages.unknown(response);
        }
        return "prospecting/unsubscribed";
    }
}
