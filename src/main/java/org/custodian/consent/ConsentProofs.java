package org.custodian.consent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.shared.PersonId;
import org.custodian.contacts.Persons;
import org.custodian.shared.CurrentActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The export of one person's consent proofs, as JSON or PDF (PRO-1), for the person, the CNIL or a
 * dispute; each export is audited as such.
 */
@Service
public class ConsentProofs {

    private static final String PURPOSE = "consent-proof/export";

    private final Persons persons;
    private final ConsentRecords records;
    private final SoftOptIns softOptIns;
    private final ConsentRequests requests;
    private final ConsentPurposes purposes;
    private final ITemplateEngine templates;
    private final AuditLog audit;
    private final ZoneId zone;
    private final Clock clock;
    private final ProofWords words;

    ConsentProofs(Persons persons, ConsentRecords records, SoftOptIns softOptIns, ConsentRequests requests, ConsentPurposes purposes,
            ITemplateEngine templates, AuditLog audit, @Value("${custodian.time-zone:Europe/Paris}") ZoneId zone,
            Clock clock, ProofWords words) {
        this.persons = persons;
        this.records = records;
        this.softOptIns = softOptIns;
        this.requests = requests;
        this.purposes = purposes;
        this.templates = templates;
        this.audit = audit;
        this.zone = zone;
        this.clock = clock;
        this.words = words;
    }

    /**
     * The person's proofs; audited as an export.
     *
     * @throws org.custodian.contacts.PersonNotFound if there is no such person
     */
    @Transactional
    public ProofExport export(UUID personId) {
        var person = persons.get(new PersonId(personId), PURPOSE);
        var now = Instant.now(clock);
        var history = records.history(personId);
        var export = new ProofExport(personId, person.displayName(), person.internalCode(), now, CurrentActor.name(),
                CurrentConsent.derive(history, requests.pendingFor(personId, now)), history,
                softOptIns.history(personId));
        audit.personalData(AuditAction.EXPORT, "consent", personId.toString(), PURPOSE);
        return export;
    }

    /**
     * The person's proofs as a PDF document in the reader's language; audited as an export.
     *
     * @throws org.custodian.contacts.PersonNotFound if there is no such person
     */
    @Transactional
    public byte[] pdf(UUID personId, Locale locale) {
        var export = export(personId);
        var context = new Context(locale);
        context.setVariable("export", export);
        context.setVariable("purposes", purposes.names(locale));
        context.setVariable("words", words.of(export.history(), locale, export.generatedBy()));
        context.setVariable("times", DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(zone));
        context.setVariable("days", DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        context.setVariable("zone", zone.getId());
        var html = templates.process("consent/proofs-pdf", context);
        var out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder().useFastMode().withHtmlContent(html, null).toStream(out).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
