package org.custodian.contacts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.contacts.SensitiveDataRepository.SealedDatum;
import org.custodian.shared.CurrentActor;
import org.custodian.shared.PersonId;
import org.custodian.shared.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sensitive data of persons (CON-4, SEC-5): health, religion, politics, union membership, sexual orientation,
 * ethnic origin. A datum is stored only with the proof of the person's explicit consent for it, encrypted with
 * AES-256-GCM under a key kept outside the database; erasing it when the consent is withdrawn erases the proof with
 * it, and deleting the person deletes it. Every write and every read is in the audit log, under the person's id.
 *
 * <p>Reads are not {@code readOnly} transactions because they write their audit entry.
 */
@Service
public class SensitiveData {

    /** The audit resource type of a person's sensitive data; the audited record id is the person's. */
    public static final String RESOURCE = "person-sensitive-data";

    static final int MAX_VALUE = 2000;
    static final int MAX_LABEL = 500;
    static final int MAX_CONSENT_TEXT = 20000;
    static final int MAX_SOURCE = 200;
    static final int MAX_FORM_REF = 100;
    static final int MAX_IP = 45;
    static final int MAX_USER_AGENT = 500;
    private static final String FIELD = "sensitive";
    private static final Logger log = LoggerFactory.getLogger(SensitiveData.class);

    private final SensitiveDataRepository repository;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    SensitiveData(SensitiveDataRepository repository, FieldCipher cipher, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores one datum, encrypted, with the proof of the consent it was given under.
     *
     * @return the datum's id
     * @throws InvalidPersonData with violations of field {@code sensitive} — rules {@code required} (blank value),
     *                           {@code length} (value over 2,000 characters, or a label or proof field too long),
     *                           {@code category} (no category, or INSULT: not a datum one consents to),
     *                           {@code consent} (no consent, or no consent text or source); nothing is stored
     * @throws PersonNotFound    if there is no such person
     */
    @Transactional
    public UUID record(PersonId person, SensitiveCategory category, String label, String value,
            SensitiveConsent consent) {
        var violations = check(category, label, value, consent);
        if (!violations.isEmpty()) {
            throw new InvalidPersonData(violations);
        }
        if (!repository.personExists(person)) {
            throw PersonNotFound.forId(person);
        }
        var id = UUID.randomUUID();
        var ciphertext = cipher.encrypt(value.strip(), context(id, person, category));
        repository.insert(new SealedDatum(id, person, category, strippedOrNull(label), ciphertext, cipher.keyId(),
                cleaned(consent), Instant.now(clock), CurrentActor.name()));
        audit.personalData(AuditAction.CREATE, RESOURCE, person.toString(), null);
        return id;
    }

    /**
     * The person's sensitive data, decrypted, newest first; audited as a read with the stated purpose.
     *
     * @throws PersonNotFound if there is no such person
     */
    @Transactional
    public List<SensitiveDatum> of(PersonId person, String purpose) {
        if (!repository.personExists(person)) {
            throw PersonNotFound.forId(person);
        }
        var data = repository.findByPerson(person).stream().map(this::decrypted).toList();
        audit.personalData(AuditAction.READ, RESOURCE, person.toString(), purpose);
        return data;
    }

    /**
     * Erases one datum and its consent proof (the consent was withdrawn); audited as a deletion. Erasing a datum
     * that no longer exists does nothing, so that a withdrawal sent twice is harmless.
     */
    @Transactional
    public void erase(UUID id) {
        repository.personOf(id).ifPresent(person -> {
            repository.delete(id);
            audit.personalData(AuditAction.DELETE, RESOURCE, person.toString(), null);
        });
    }

    /** The person's sensitive data, decrypted, newest first, for the export of their whole file (not audited here). */
    List<SensitiveDatum> exportOf(PersonId person) {
        return repository.findByPerson(person).stream().map(this::decrypted).toList();
    }

    private SensitiveDatum decrypted(SealedDatum sealed) {
        String value = null;
        if (!sealed.keyId().equals(cipher.keyId())) {
            log.error("Sensitive datum {} was encrypted with key {}, the configured key is {}: it cannot be read",
                    sealed.id(), sealed.keyId(), cipher.keyId());
        } else {
            try {
                value = cipher.decrypt(sealed.ciphertext(),
                        context(sealed.id(), sealed.personId(), sealed.category()));
            } catch (FieldCipher.Unreadable unreadable) {
                log.error("Sensitive datum {} cannot be decrypted: {}", sealed.id(), unreadable.getMessage());
            }
        }
        return new SensitiveDatum(sealed.id(), sealed.personId(), sealed.category(), sealed.label(), value,
                sealed.recordedAt(), sealed.recordedBy(), sealed.consent());
    }

    /**
     * What the ciphertext is bound to: moved to another row, person or category in the database, it does not decrypt.
     */
    private static String context(UUID id, PersonId person, SensitiveCategory category) {
        return id + "|" + person + "|" + category.name();
    }

    private static List<Violation> check(SensitiveCategory category, String label, String value,
            SensitiveConsent consent) {
        var violations = new ArrayList<Violation>();
        if (value == null || value.isBlank()) {
            violations.add(PersonViolations.of(FIELD, "required"));
        } else {
            length(violations, value, MAX_VALUE);
        }
        length(violations, label, MAX_LABEL);
        if (category == null || !category.isSpecialCategory()) {
            violations.add(PersonViolations.of(FIELD, "category"));
        }
        if (consent == null || blank(consent.text()) || blank(consent.source())) {
            violations.add(PersonViolations.of(FIELD, "consent"));
        } else {
            length(violations, consent.text(), MAX_CONSENT_TEXT);
            length(violations, consent.source(), MAX_SOURCE);
            length(violations, consent.formRef(), MAX_FORM_REF);
            length(violations, consent.ip(), MAX_IP);
        }
        return violations;
    }

    private static void length(List<Violation> violations, String text, int max) {
        if (text != null && text.strip().length() > max) {
            violations.add(PersonViolations.of(FIELD, "length", max));
        }
    }

    /** The browser string is cut rather than refused: a long one is no reason to lose the datum. */
    private static SensitiveConsent cleaned(SensitiveConsent consent) {
        var userAgent = strippedOrNull(consent.userAgent());
        if (userAgent != null && userAgent.length() > MAX_USER_AGENT) {
            userAgent = userAgent.substring(0, MAX_USER_AGENT);
        }
        return new SensitiveConsent(consent.text().strip(), strippedOrNull(consent.formRef()), consent.formVersion(),
                consent.noticeVersion(), strippedOrNull(consent.ip()), userAgent, consent.source().strip());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String strippedOrNull(String text) {
        return blank(text) ? null : text.strip();
    }
}
