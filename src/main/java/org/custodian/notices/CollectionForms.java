package org.custodian.notices;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.consent.Channel;
import org.custodian.contacts.SensitiveCategory;
import org.custodian.shared.Violation;
import org.custodian.register.ActivityView;
import org.custodian.register.ProcessingRegister;
import org.custodian.register.Recipients;
import org.custodian.shared.CurrentActor;
import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Collection forms (INF-2): staff define what a form asks and offers within what the published notice and the
 * register allow; every change is a new version, and a form is closed rather than deleted, because consents refer to
 * it.
 */
@Service
public class CollectionForms {

    private final CollectionFormRepository repository;
    private final PrivacyNotices notices;
    private final ProcessingRegister register;
    private final Recipients recipients;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final Clock clock;

    CollectionForms(CollectionFormRepository repository, PrivacyNotices notices, ProcessingRegister register,
            Recipients recipients, MessageSource messages, ObjectMapper json, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.notices = notices;
        this.register = register;
        this.recipients = recipients;
        this.messages = messages;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of forms whose address or text contains the query, open ones first. */
    @Transactional(readOnly = true)
    public Page<CollectionForm> search(String query, PageRequest page) {
        return repository.search(query, page);
    }

    /** @throws FormNotFound if there is no such form */
    @Transactional(readOnly = true)
    public CollectionForm get(String slug) {
        return repository.find(slug).orElseThrow(() -> new FormNotFound(slug));
    }

    /** @throws FormNotFound if the form or that version does not exist */
    @Transactional(readOnly = true)
    public FormVersion version(String slug, int version) {
        return repository.version(slug, version).orElseThrow(() -> new FormNotFound(slug));
    }

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    public List<FormVersion> versions(String slug) {
        return repository.versions(slug);
    }

    /**
     * One page of the form's submissions, newest first: who (the person's id), when, on which version, what was
     * ticked. Audited as a search, since it lists people.
     */
    @Transactional
    public Page<FormSubmissionView> submissions(String slug, PageRequest page) {
        get(slug);
        var result = repository.submissions(slug, page);
        audit.personalData(AuditAction.SEARCH, "collection_form_submission", slug, "information (INF-2)");
        return result;
    }

    /** Every rule the definition breaks, without saving anything. */
    @Transactional(readOnly = true)
    public List<Violation> check(String slug, FormDefinition definition) {
        return FormRules.check(slug, definition, context());
    }

    /**
     * Creates a form at {@code /p/forms/{slug}}, open at once.
     *
     * @throws InvalidForm with every broken rule, or if the address is taken; nothing is saved
     */
    @Transactional
    public CollectionForm create(String slug, FormDefinition definition) {
        var violations = new ArrayList<>(check(slug, definition));
        if (slug != null && repository.find(slug).isPresent()) {
            violations.add(new Violation("slug", "slug-taken", "notices.forms.error.slug-taken", List.of(slug)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidForm(violations);
        }
        repository.insert(slug, definition, hash(definition), noticeInForce(), Instant.now(clock),
                CurrentActor.name());
        audit.personalData(AuditAction.CREATE, "collection_form", slug, "information (INF-2)");
        return get(slug);
    }

    /**
     * Saves a new version of the form; an identical definition saves nothing.
     *
     * @param expectedVersion the version the editor started from
     * @throws InvalidForm        with every broken rule, or {@code concurrent-change} if someone saved meanwhile
     * @throws FormNotFound       if there is no such form
     */
    @Transactional
    public CollectionForm update(String slug, int expectedVersion, FormDefinition definition) {
        var current = get(slug);
        var violations = check(slug, definition);
        if (!violations.isEmpty()) {
            throw new InvalidForm(violations);
        }
        var hash = hash(definition);
        var notice = noticeInForce();
        // Saving an unchanged form under a newer notice is how staff republish it with that notice.
        if (current.version() == expectedVersion && hash.equals(current.hash()) && current.noticeVersion() == notice) {
            return current;
        }
        if (current.version() != expectedVersion
                || !repository.addVersion(slug, expectedVersion, definition, hash, notice, Instant.now(clock),
                        CurrentActor.name())) {
            throw new InvalidForm(List.of(new Violation("version", "concurrent-change",
                    "notices.forms.error.concurrent-change", List.of(current.savedBy()))));
        }
        audit.personalData(AuditAction.UPDATE, "collection_form", slug, "information (INF-2)");
        return get(slug);
    }

    /** Opens or closes the form to visitors. */
    @Transactional
    public CollectionForm setActive(String slug, boolean active) {
        get(slug);
        repository.setActive(slug, active);
        audit.personalData(AuditAction.UPDATE, "collection_form", slug, active ? "opened" : "closed");
        return get(slug);
    }

    /**
     * The purposes a form may collect for: those of the notice in force, in the register's order.
     */
    @Transactional(readOnly = true)
    public List<ActivityView> publishedPurposes() {
        var published = publishedCodes();
        return register.activities().stream().filter(activity -> published.contains(activity.code())).toList();
    }

    /**
     * A suggested text for a box, naming the organisation, the purpose and the channel; staff may rewrite it.
     */
    @Transactional(readOnly = true)
    public String suggestedText(BoxKind kind, String purpose, Channel channel, Locale locale) {
        var activity = register.activity(purpose);
        var channelName = messages.getMessage("notices.forms.channel." + channel, null, locale);
        return messages.getMessage("notices.forms.suggested." + kind, new Object[] {organisationName(locale),
                activity.name().in(locale).toLowerCase(locale), channelName}, locale);
    }

    /** A suggested text for the partner box. */
    @Transactional(readOnly = true)
    public String suggestedPartnerText(PartnerOffer offer, Locale locale) {
        return messages.getMessage("notices.forms.suggested.partners." + offer,
                new Object[] {organisationName(locale)}, locale);
    }

    /** A suggested text for the explicit consent box of a sensitive question (CON-4). */
    @Transactional(readOnly = true)
    public String suggestedSensitiveText(SensitiveCategory category, Locale locale) {
        var about = messages.getMessage("notices.forms.sensitive.about." + category, null, locale);
        return messages.getMessage("notices.forms.suggested.sensitive", new Object[] {organisationName(locale), about},
                locale);
    }

    private String organisationName(Locale locale) {
        return notices.current().map(published -> published.in(locale).controller().name())
                .orElseGet(() -> messages.getMessage("notices.forms.organisation", null, locale));
    }

    private FormRules.Context context() {
        var activities = register.activities().stream()
                .collect(Collectors.toMap(ActivityView::code, Function.identity()));
        return new FormRules.Context(publishedCodes(), activities, recipients.partners().size(), LocalDate.now(clock));
    }

    /** The notice a form saved now is published with; the rules already refused a form when none is published. */
    private int noticeInForce() {
        return notices.current().map(PublishedNotice::version).orElseThrow(NoticeNotPublished::new);
    }

    private Set<String> publishedCodes() {
        return notices.current()
                .map(published -> published.french().purposes().stream().map(NoticeDocument.Purpose::code)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private String hash(FormDefinition definition) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(json.writeValueAsString(definition)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
