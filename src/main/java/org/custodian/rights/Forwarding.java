package org.custodian.rights;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.custodian.mail.Mailer;
import org.custodian.mail.OutgoingMail;
import org.custodian.register.Recipients;
import org.custodian.shared.CurrentActor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * DSR-6 (GDPR Art. 19): tells the recipients of the register that a rectification, an erasure or a restriction was
 * carried out, so that they do the same: one message per recipient through the outbox, with what to do, the minimum
 * to find the person (name and e-mail address) and the request's reference, logged with the message's id; a recipient
 * without a contact address is logged as to be told by other means, which staff mark as done with a note.
 * <p>
 * The register does not record which recipient received which person's data, nor ties its processors and partners to
 * processing activities (its activities name categories of recipients only): the forwarding therefore goes to every
 * processor and every partner of the register, which is the reading of Art. 19 that leaves none out. A processor's
 * address is the e-mail address written in its contact; a partner has no contact in the register, so it is always to
 * be told by other means.
 */
@Component
class Forwarding {

    static final String CATEGORY = "rights-forwarding";
    static final String PROCESSOR = "PROCESSOR";
    static final String PARTNER = "PARTNER";

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>(),;:\"]+@[^@\\s<>(),;:\"]+\\.[A-Za-z]{2,}");
    private static final Locale LOCALE = Locale.FRENCH;

    private final Recipients recipients;
    private final Mailer mailer;
    private final ExecutionRepository repository;
    private final MessageSource messages;
    private final Clock clock;

    Forwarding(Recipients recipients, Mailer mailer, ExecutionRepository repository, MessageSource messages,
            Clock clock) {
        this.recipients = recipients;
        this.mailer = mailer;
        this.repository = repository;
        this.messages = messages;
        this.clock = clock;
    }

    /** The person as a recipient needs to find them: name and e-mail address, nothing more. */
    record Identified(String name, String email) {
    }

    /**
     * Forwards what was done for {@code persons} to every recipient; returns how many were told by mail and how many
     * are left to be told by other means.
     */
    int[] forward(UUID request, RightsKind kind, String what, List<Identified> persons) {
        var now = Instant.now(clock);
        var actor = CurrentActor.name();
        var targets = new ArrayList<Target>();
        recipients.processors().forEach(p -> targets.add(new Target(PROCESSOR, p.id(), p.name(), address(p.contact()))));
        recipients.partners().forEach(p -> targets.add(new Target(PARTNER, p.id(), p.name(), null)));
        int mailed = 0;
        int other = 0;
        for (var target : targets) {
            UUID mailId = null;
            if (target.address() != null) {
                mailId = mailer.send(mail(target, request, kind, what, persons));
                mailed++;
            } else {
                other++;
            }
            repository.insertForwarding(UUID.randomUUID(), request, target.type(), target.id(), target.name(),
                    target.address(), mailId, now, actor);
        }
        return new int[] {mailed, other};
    }

    private OutgoingMail mail(Target target, UUID request, RightsKind kind, String what, List<Identified> persons) {
        var list = persons.stream()
                .map(person -> "- " + person.name() + (person.email() == null ? "" : " <" + person.email() + ">"))
                .collect(Collectors.joining("\n"));
        return OutgoingMail.text(target.address(),
                message("rights.forwarding.mail.subject." + kind, request.toString()),
                message("rights.forwarding.mail.body." + kind, target.name(), list, what, request.toString()),
                CATEGORY);
    }

    /** The e-mail address written in a recipient's contact, or null. */
    static String address(String contact) {
        if (contact == null) {
            return null;
        }
        var found = ADDRESS.matcher(contact);
        return found.find() ? found.group() : null;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LOCALE);
    }

    private record Target(String type, long id, String name, String address) {
    }
}
