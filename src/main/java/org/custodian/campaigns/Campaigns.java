package org.custodian.campaigns;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.consent.ConsentLedger;
import org.custodian.contacts.ProductFamilies;
import org.custodian.prospecting.CampaignEligibility;
import org.custodian.prospecting.EligibilityReasons;
import org.custodian.prospecting.EligibilityRule;
import org.custodian.prospecting.UnsubscribeLinks;
import org.custodian.shared.CurrentActor;
import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.custodian.shared.PersonId;
import org.custodian.shared.PersonNames;
import org.custodian.shared.PublicAddress;
import org.custodian.shared.Violation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaigns' facade (PRO-5): define a draft and its template, each checked by {@link CampaignRules} and audited;
 * ask the eligibility engine who is in and out and why (PRO-2), the names of the persons shown read through
 * {@link PersonNames} and audited as a read of the customer file for prospecting.
 */
@Service
public class Campaigns {

    /** The audit resource type of a campaign. */
    public static final String RESOURCE = "campaign";

    private final CampaignRepository repository;
    private final ProductFamilies families;
    private final CampaignEligibility eligibility;
    private final EligibilityReasons reasons;
    private final ObjectProvider<PersonNames> names;
    private final CampaignMessageComposer composer;
    private final PublicAddress publicAddress;
    private final AuditLog audit;
    private final Clock clock;

    Campaigns(CampaignRepository repository, ProductFamilies families, CampaignEligibility eligibility,
            EligibilityReasons reasons, ObjectProvider<PersonNames> names, CampaignMessageComposer composer,
            PublicAddress publicAddress, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.families = families;
        this.eligibility = eligibility;
        this.reasons = reasons;
        this.names = names;
        this.composer = composer;
        this.publicAddress = publicAddress;
        this.audit = audit;
        this.clock = clock;
    }

    /** What is wrong with a definition; empty when it may be stored. */
    @Transactional(readOnly = true)
    public List<Violation> check(CampaignDraft draft) {
        var violations = new ArrayList<>(CampaignRules.check(draft));
        if (draft.productFamily() != null && !draft.productFamily().isBlank()
                && families.find(draft.productFamily()).isEmpty()) {
            violations.add(CampaignRules.violation("productFamily", "unknown", draft.productFamily()));
        }
        draft.audience().productFamiliesBought().stream().filter(code -> families.find(code).isEmpty())
                .findFirst().ifPresent(code -> violations.add(CampaignRules.violation(
                        "audience.productFamiliesBought", "unknown", code)));
        return violations;
    }

    /** What is wrong with a template; empty when it may be stored. */
    public List<Violation> check(CampaignTemplate template) {
        return CampaignRules.check(template);
    }

    /**
     * A new draft, with its template when one is given (the API) or without (the screen writes it afterwards).
     *
     * @throws InvalidCampaign with the violations of both; nothing is stored
     */
    @Transactional
    public CampaignView create(CampaignDraft draft, CampaignTemplate template) {
        var violations = new ArrayList<>(check(normalised(draft)));
        if (template != null) {
            violations.addAll(check(template));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCampaign(violations);
        }
        var id = UUID.randomUUID();
        repository.insert(id, normalised(draft), template == null ? new CampaignTemplate(null, null, null) : template,
                Instant.now(clock), CurrentActor.name());
        audit.personalData(AuditAction.CREATE, RESOURCE, id.toString(), ConsentLedger.PROSPECTING,
                "campaign draft created: " + draft.name().strip());
        return repository.find(id).orElseThrow();
    }

    /**
     * Changes a draft's definition.
     *
     * @throws InvalidCampaign with its violations, or one of {@code status} when it is no longer a draft
     * @throws CampaignNotFound when there is no such campaign
     */
    @Transactional
    public CampaignView update(UUID id, CampaignDraft draft) {
        get(id);
        var violations = check(normalised(draft));
        if (!violations.isEmpty()) {
            throw new InvalidCampaign(violations);
        }
        if (!repository.updateDefinition(id, normalised(draft), Instant.now(clock), CurrentActor.name())) {
            throw notDraft();
        }
        audit.personalData(AuditAction.UPDATE, RESOURCE, id.toString(), ConsentLedger.PROSPECTING,
                "campaign definition changed");
        return get(id);
    }

    /**
     * Writes a draft's template.
     *
     * @throws InvalidCampaign with its violations (a body without {@code {{desinscription}}} …), or one of
     *                         {@code status} when it is no longer a draft
     * @throws CampaignNotFound when there is no such campaign
     */
    @Transactional
    public CampaignView updateTemplate(UUID id, CampaignTemplate template) {
        get(id);
        var violations = check(template);
        if (!violations.isEmpty()) {
            throw new InvalidCampaign(violations);
        }
        if (!repository.updateTemplate(id, template, Instant.now(clock), CurrentActor.name())) {
            throw notDraft();
        }
        audit.personalData(AuditAction.UPDATE, RESOURCE, id.toString(), ConsentLedger.PROSPECTING,
                "campaign template changed");
        return get(id);
    }

    /** @throws CampaignNotFound when there is no such campaign */
    @Transactional(readOnly = true)
    public CampaignView get(UUID id) {
        return repository.find(id).orElseThrow(() -> CampaignNotFound.forId(id));
    }

    /** One page of campaigns, newest first, whose name contains {@code query} (all when blank). */
    @Transactional(readOnly = true)
    public Page<CampaignSummary> list(String query, PageRequest page) {
        return repository.list(query, page);
    }

    /**
     * Who the campaign would reach now and why not the others, with a sample of {@code sampleSize} persons named and
     * explained in {@code locale}. The sample's names are a read of the customer file, audited once.
     */
    @Transactional(readOnly = true)
    public CampaignPreview preview(UUID id, int sampleSize, Locale locale) {
        var campaign = get(id);
        var preview = eligibility.preview(campaign.terms(), campaign.audience(), sampleSize);
        var excluded = new EnumMap<EligibilityRule, Long>(EligibilityRule.class);
        preview.excluded().forEach((rule, count) -> {
            if (count > 0) {
                excluded.put(rule, count);
            }
        });
        var sampleIds = preview.sample().stream().map(CampaignEligibility.Recipient::person).toList();
        var sampleNames = namesOf(sampleIds, "sample of the preview of campaign " + id);
        var sample = preview.sample().stream()
                .map(recipient -> new CampaignPreview.Person(recipient.person(), sampleNames.get(recipient.person()),
                        recipient.decision(), reasons.sentence(recipient.decision(), locale)))
                .toList();
        return new CampaignPreview(preview.audience(), preview.eligible(), preview.postponed(), excluded, sample);
    }

    /**
     * Why {@code person} is or is not in the campaign, with the evidence; audited as a read of the person.
     *
     * @throws CampaignNotFound when there is no such campaign
     * @throws org.custodian.contacts.PersonNotFound when the person is not in the file
     */
    @Transactional(readOnly = true)
    public CampaignDecision decision(UUID id, PersonId person, Locale locale) {
        var campaign = get(id);
        var decision = eligibility.decide(campaign.terms(), campaign.audience(), person);
        audit.personalData(AuditAction.READ, "person", person.toString(), ConsentLedger.PROSPECTING,
                "eligibility for campaign " + id);
        var name = names.getIfAvailable() == null ? null : names.getObject().of(List.of(person)).get(person);
        return new CampaignDecision(person, name, decision, reasons.sentence(decision, locale));
    }

    /**
     * The persons whose name, e-mail or phone matches {@code query}, at most {@code limit}, named, to ask why one of
     * them is or is not in a campaign; audited by the customer file as a search for prospecting.
     */
    public Map<PersonId, String> findPersons(String query, int limit) {
        var lookup = names.getIfAvailable();
        if (lookup == null || query == null || query.isBlank()) {
            return Map.of();
        }
        var found = lookup.find(query, limit, ConsentLedger.PROSPECTING);
        var named = lookup.of(found);
        var ordered = new LinkedHashMap<PersonId, String>();
        found.stream().filter(named::containsKey).forEach(person -> ordered.put(person, named.get(person)));
        return ordered;
    }

    /**
     * The message as a person would receive it, for the template editor: {@code template} (not stored, possibly not
     * yet valid) with example merge values and example links, and what Custodian adds.
     */
    public ComposedMessage example(UUID id, CampaignTemplate template) {
        var campaign = get(id);
        var base = publicAddress.url();
        var shown = new CampaignView(campaign.id(), campaign.name(), campaign.channel(), campaign.purpose(),
                campaign.productFamily(), campaign.professions(), campaign.audience(), campaign.senderName(),
                campaign.senderAddress(), new CampaignTemplate(orEmpty(template.subject()), orEmpty(template.html()),
                        orEmpty(template.text())), campaign.status(), campaign.createdAt(), campaign.createdBy(),
                campaign.updatedAt(), campaign.updatedBy(), campaign.version());
        return composer.compose(shown, Map.of(MergeFields.FIRST_NAMES, "Marie", MergeFields.LAST_NAME, "Dupont",
                        MergeFields.CIVILITY, "Madame"),
                new UnsubscribeLinks.Links(base + "/p/unsubscribe/exemple", base + "/p/preferences/exemple"));
    }

    private Map<PersonId, String> namesOf(List<PersonId> ids, String detail) {
        var lookup = names.getIfAvailable();
        if (lookup == null || ids.isEmpty() || !lookup.visibleToCurrentUser()) {
            return Map.of();
        }
        audit.personalData(AuditAction.SEARCH, "person", null, ConsentLedger.PROSPECTING,
                detail + ": " + ids.size() + " persons");
        return lookup.of(ids);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static CampaignDraft normalised(CampaignDraft draft) {
        var family = draft.productFamily() == null || draft.productFamily().isBlank() ? null
                : draft.productFamily().strip().toUpperCase(Locale.ROOT);
        return new CampaignDraft(draft.name(), draft.channel(), draft.purpose(), family, draft.professions(),
                draft.audience(), draft.senderName(), draft.senderAddress());
    }

    private static InvalidCampaign notDraft() {
        return new InvalidCampaign(List.of(CampaignRules.violation("status", "PRO-5.notDraft")));
    }
}
