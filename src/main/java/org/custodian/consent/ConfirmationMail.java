package org.custodian.consent;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.custodian.mail.OutgoingMail;
import org.custodian.shared.PersonId;
import org.custodian.shared.PreferenceCentre;
import org.custodian.shared.PublicAddress;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The double opt-in message: it quotes the exact text of every box it asks to confirm, with its channel, and says
 * that without a click nothing is recorded. The link leads to a page with a button, because mail scanners open
 * links on their own and must not confirm anything. It also gives the link to the person's preference centre, where
 * what they confirm can be withdrawn in one click (PRO-1), when the module that keeps those links is there.
 */
@Component
class ConfirmationMail {

    private final MessageSource messages;
    private final PublicAddress publicAddress;
    private final ObjectProvider<PreferenceCentre> preferenceCentre;

    ConfirmationMail(MessageSource messages, PublicAddress publicAddress,
            ObjectProvider<PreferenceCentre> preferenceCentre) {
        this.messages = messages;
        this.publicAddress = publicAddress;
        this.preferenceCentre = preferenceCentre;
    }

    /**
     * @param address    the person's own address, as held in their file
     * @param requested  the consents the link confirms, all of one person
     */
    OutgoingMail compose(String address, Locale locale, List<ConsentSubmission> requested, String token) {
        var link = publicAddress.url() + "/p/consents/confirm/" + token;
        var boxes = requested.stream()
                .map(submission -> messages.getMessage("consent.mail.box", new Object[] {submission.text(),
                        messages.getMessage("consent.channel." + submission.channel(), null, locale)}, locale))
                .collect(Collectors.joining("\n"));
        var subject = messages.getMessage("consent.mail.subject", null, locale);
        var body = messages.getMessage("consent.mail.body", new Object[] {boxes, link}, locale);
        var centre = preferenceCentre.getIfAvailable();
        var preferences = centre == null ? null
                : centre.linkFor(new PersonId(requested.get(0).personId())).orElse(null);
        if (preferences != null) {
            body += "\n\n" + messages.getMessage("consent.mail.preferences", new Object[] {preferences}, locale);
        }
        return OutgoingMail.text(address, subject, body, "consent-confirmation");
    }
}
