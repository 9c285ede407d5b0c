package org.custodian.campaigns.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.custodian.campaigns.CampaignDraft;
import org.custodian.campaigns.CampaignSender;
import org.custodian.campaigns.CampaignSummary;
import org.custodian.campaigns.CampaignTemplate;
import org.custodian.campaigns.CampaignView;
import org.custodian.campaigns.SendingProgress;
import org.custodian.campaigns.Campaigns;
import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonType;
import org.custodian.prospecting.AudienceFilter;
import org.custodian.shared.PageRequest;
import org.custodian.shared.PersonId;
import org.custodian.shared.Violation;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The campaigns' API (PRO-5, PRO-2, CON-4): a marketing tool defines a campaign and its template, reads how many
 * persons it would reach and why the others are out, and asks why one person is or is not in it.
 */
@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Campaigns", description = "E-mail prospecting campaigns, their eligibility preview and decisions")
@ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow this", content = @Content)
class CampaignApiController {

    private final Campaigns campaigns;
    private final CampaignSender sender;

    CampaignApiController(Campaigns campaigns, CampaignSender sender) {
        this.campaigns = campaigns;
        this.sender = sender;
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    @PreAuthorize(Roles.WRITE)
    @Operation(summary = "Define a campaign", description = "A draft e-mail campaign of the PROSPECTING activity with "
            + "its template. A template whose HTML or text body lacks {{desinscription}} is refused; so is a filter on "
            + "sensitive data (CON-4), which no audience may name. Audited. Roles: MARKETING.")
    @ApiResponse(responseCode = "201", description = "Created; Location names the campaign")
    @ApiResponse(responseCode = "400", description = "Refused, field by field (required field, channel other than "
            + "EMAIL, purpose other than PROSPECTING, unknown product family, bad postcode or date range, body without "
            + "{{desinscription}}, unknown merge field, unknown property, sensitive filter CON-4); nothing is stored",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<CampaignResource> create(@RequestBody CampaignApiRequest request) {
        var created = campaigns.create(draft(request),
                new CampaignTemplate(request.subject(), request.html(), request.text()));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id())
                .toUri();
        return ResponseEntity.created(location).body(CampaignResource.of(created, null, null));
    }

    @GetMapping(produces = "application/json")
    @PreAuthorize(Roles.READ)
    @Operation(summary = "List campaigns", description = "Newest first; q matches a part of the name. Roles: "
            + "MARKETING, DPO.")
    @ApiResponse(responseCode = "200", description = "One page of campaigns")
    SummaryPage list(@RequestParam(required = false) @Parameter(description = "Part of the name") String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var result = campaigns.list(q, PageRequest.of(page, size));
        return new SummaryPage(result.content(), result.page(), result.size(), result.total(), result.totalPages());
    }

    @GetMapping(path = "/{id}", produces = "application/json")
    @PreAuthorize(Roles.READ)
    @Operation(summary = "Read a campaign", description = "Its definition, template, status, how many persons it "
            + "would reach now (counts of the eligibility preview) and the results of its sending (sent, refused by "
            + "the server, bounced, unsubscribed, clicks). Roles: MARKETING, DPO.")
    @ApiResponse(responseCode = "200", description = "The campaign")
    @ApiResponse(responseCode = "404", description = "No such campaign",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    CampaignResource get(@PathVariable UUID id, Locale locale) {
        var campaign = campaigns.get(id);
        var preview = campaigns.preview(id, 0, locale);
        return CampaignResource.of(campaign, new Counts(preview.audience(), preview.eligible(), preview.postponed(),
                preview.excludedTotal()), sender.progress(id));
    }

    @GetMapping(path = "/{id}/preview", produces = "application/json")
    @PreAuthorize(Roles.READ)
    @Operation(summary = "Who the campaign would reach now", description = "Computed over the whole file: the persons "
            + "its filters select, how many it may reach, how many are postponed by the frequency cap, and how many "
            + "each rule excludes (AUDIENCE, OPPOSITION, SUPPRESSION_LIST, RESTRICTION, RETENTION, NO_ADDRESS, "
            + "GENERIC_ADDRESS, CONSENT, SOFT_OPT_IN, PROFESSIONAL_RELEVANCE). Roles: MARKETING, DPO.")
    @ApiResponse(responseCode = "200", description = "The counts")
    @ApiResponse(responseCode = "404", description = "No such campaign",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Preview preview(@PathVariable UUID id, Locale locale) {
        var preview = campaigns.preview(id, 0, locale);
        var excluded = new LinkedHashMap<String, Long>();
        preview.excluded().forEach((rule, count) -> excluded.put(rule.name(), count));
        return new Preview(preview.audience(), preview.eligible(), preview.postponed(), excluded);
    }

    @GetMapping(path = "/{id}/decisions/{personId}", produces = "application/json")
    @PreAuthorize(Roles.READ)
    @Operation(summary = "Why is or isn't this person in this campaign?", description = "The decision taken now, the "
            + "rule that took it, its reason as a sentence in the caller's language (Accept-Language) and the "
            + "evidence it rests on (consent id and date, purchase id, opposition date, suppression entry …). Audited "
            + "as a read of the person. Roles: MARKETING, DPO.")
    @ApiResponse(responseCode = "200", description = "The decision")
    @ApiResponse(responseCode = "404", description = "No such campaign or person",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Decision decision(@PathVariable UUID id, @PathVariable PersonId personId, Locale locale) {
        var decision = campaigns.decision(id, personId, locale);
        return new Decision(personId.value(), decision.decision().eligible(), decision.decision().outcome().name(),
                decision.decision().rule().name(), decision.sentence(), decision.decision().evidence());
    }

    private static CampaignDraft draft(CampaignApiRequest request) {
        var violations = new ArrayList<Violation>();
        var audience = request.audience();
        var filter = audience == null ? AudienceFilter.everyone() : new AudienceFilter(
                parse(PersonType.class, audience.types(), "audience.types", violations),
                parse(Audience.class, audience.audiences(), "audience.audiences", violations),
                audience.productFamiliesBought() == null ? Set.of() : Set.copyOf(audience.productFamiliesBought()),
                audience.postcodes(), audience.createdFrom(), audience.createdTo(), audience.lastContactFrom(),
                audience.lastContactTo());
        if (!violations.isEmpty()) {
            throw new CampaignApiProblems.InvalidInput(violations);
        }
        return new CampaignDraft(request.name(), request.channel(), request.purpose(), request.productFamily(),
                request.professions(), filter, request.senderName(), request.senderAddress());
    }

    private static <E extends Enum<E>> Set<E> parse(Class<E> type, List<String> values, String field,
            List<Violation> violations) {
        var parsed = EnumSet.noneOf(type);
        if (values == null) {
            return parsed;
        }
        for (var value : values) {
            try {
                parsed.add(Enum.valueOf(type, value));
            } catch (IllegalArgumentException | NullPointerException unknown) {
                violations.add(new Violation(field, "format", "campaigns.api.value", List.of(String.valueOf(value))));
            }
        }
        return parsed;
    }

    /** A campaign. {@code counts} and {@code results} only when read alone. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CampaignResource(UUID id, String name, String channel, String purpose, String productFamily,
            List<String> professions, AudienceResource audience, String senderName, String senderAddress,
            String subject, String html, String text, String status, Instant createdAt, String createdBy,
            Instant updatedAt, String updatedBy, Counts counts, SendingProgress results) {

        static CampaignResource of(CampaignView campaign, Counts counts, SendingProgress results) {
            var filter = campaign.audience();
            var audience = new AudienceResource(filter.types().stream().map(Enum::name).sorted().toList(),
                    filter.audiences().stream().map(Enum::name).sorted().toList(),
                    filter.productFamiliesBought().stream().sorted().toList(), filter.postcodePrefixes(),
                    filter.createdFrom(), filter.createdTo(), filter.lastContactFrom(), filter.lastContactTo());
            return new CampaignResource(campaign.id(), campaign.name(), campaign.channel().name(), campaign.purpose(),
                    campaign.productFamily(), campaign.professions(), audience, campaign.senderName(),
                    campaign.senderAddress(), campaign.template().subject(), campaign.template().html(),
                    campaign.template().text(), campaign.status().name(), campaign.createdAt(), campaign.createdBy(),
                    campaign.updatedAt(), campaign.updatedBy(), counts, results);
        }
    }

    /** The audience filters as sent. */
    record AudienceResource(List<String> types, List<String> audiences, List<String> productFamiliesBought,
            List<String> postcodes, LocalDate createdFrom, LocalDate createdTo, LocalDate lastContactFrom,
            LocalDate lastContactTo) {
    }

    /**
     * @param audience  persons the filters select
     * @param eligible  those the campaign may reach now
     * @param postponed those over the frequency cap
     * @param excluded  those excluded, every rule together
     */
    record Counts(long audience, long eligible, long postponed, long excluded) {
    }

    /** The preview's counts, excluded by rule. */
    record Preview(long audience, long eligible, long postponed, Map<String, Long> excluded) {
    }

    /** One person's decision. */
    record Decision(UUID personId, boolean eligible, String outcome, String rule, String reason,
            Map<String, String> evidence) {
    }

    /** One page of campaigns. */
    record SummaryPage(List<CampaignSummary> content, int page, int size, long totalElements, int totalPages) {
    }
}
