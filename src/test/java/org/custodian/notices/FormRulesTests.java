package org.custodian.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.custodian.consent.Channel;
import org.custodian.contacts.Audience;
import org.custodian.contacts.SensitiveCategory;
import org.custodian.shared.Violation;
import org.custodian.register.ActivityInformation;
import org.custodian.register.ActivityView;
import org.custodian.register.DataCategoryView;
import org.custodian.register.LegalBasis;
import org.custodian.register.LegalBasisView;
import org.custodian.register.LocalizedText;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a collection form may ask and offer, on the bases and categories of seed 000 §4–§5 as preloaded.
 */
class FormRulesTests {

    /** 000 §4: prospecting rests on consent (electronic, consumers) and legitimate interest (post, phone ...). */
    private static final ActivityView PROSPECTING = activity("PROSPECTING",
            List.of(LegalBasis.CONSENT, LegalBasis.LEGITIMATE_INTEREST),
            List.of("IDENTITY", "PERSONAL_SITUATION", "PROFESSIONAL_LIFE", "RELATIONSHIP_FOLLOW_UP"));
    /** Opinions rest on legitimate interest only, as preloaded (by analogy with satisfaction surveys). */
    private static final ActivityView OPINIONS = activity("OPINIONS", List.of(LegalBasis.LEGITIMATE_INTEREST),
            List.of("IDENTITY", "TRANSACTION", "OPINIONS"));
    /** Contract management rests on the contract: no box at all. */
    private static final ActivityView CONTRACT = activity("CONTRACT_MANAGEMENT", List.of(LegalBasis.CONTRACT),
            List.of("IDENTITY", "PAYMENT", "TRANSACTION", "SENSITIVE"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    @DisplayName("INF-2 a prospecting form with separate e-mail and SMS consent boxes and a postal opposition box is "
            + "accepted")
    void prospectingFormAccepted() {
        var form = form(Audience.CONSUMER, List.of("PROSPECTING"),
                fields(FormField.EMAIL, FormField.LAST_NAME, FormField.PHONE, FormField.ADDRESS),
                box(BoxKind.CONSENT, "PROSPECTING", Channel.EMAIL), box(BoxKind.CONSENT, "PROSPECTING", Channel.SMS),
                box(BoxKind.CONSENT, "PROSPECTING", Channel.PHONE), box(BoxKind.OPPOSITION, "PROSPECTING", Channel.POST));

        assertThat(check(form, 1)).isEmpty();
    }

    @Test
    @DisplayName("CON-3 a field whose category no chosen purpose needs is refused (minimisation)")
    void fieldNotNeededRefused() {
        var form = form(Audience.PROFESSIONAL, List.of("OPINIONS"),
                fields(FormField.EMAIL, FormField.LAST_NAME, FormField.COMPANY));

        assertThat(rules(check(form, 0))).contains("field-not-needed:COMPANY");
    }

    @Test
    @DisplayName("INF-2 the last name is always asked and required; company only for professionals")
    void mandatoryFields() {
        var withoutLastName = form(Audience.CONSUMER, List.of("PROSPECTING"), fields(FormField.EMAIL, FormField.JOB_TITLE),
                box(BoxKind.CONSENT, "PROSPECTING", Channel.EMAIL));
        var professional = form(Audience.PROFESSIONAL, List.of("PROSPECTING"),
                fields(FormField.EMAIL, FormField.LAST_NAME), box(BoxKind.OPPOSITION, "PROSPECTING", Channel.EMAIL));

        assertThat(rules(check(withoutLastName, 0))).contains("field-mandatory:LAST_NAME", "professional-only:JOB_TITLE");
        assertThat(rules(check(professional, 0))).containsExactly("field-mandatory:COMPANY");
    }

    @Test
    @DisplayName("INF-2 000 §8 a postal-only form asks for no e-mail address: it need not, and cannot, be required")
    void postalOnlyFormWithoutEmail() {
        var postal = form(Audience.CONSUMER, List.of("PROSPECTING"), fields(FormField.LAST_NAME, FormField.ADDRESS),
                box(BoxKind.OPPOSITION, "PROSPECTING", Channel.POST));
        var emailRequired = form(Audience.CONSUMER, List.of("PROSPECTING"),
                List.of(new FieldChoice(FormField.LAST_NAME, true), new FieldChoice(FormField.ADDRESS, false),
                        new FieldChoice(FormField.EMAIL, true)),
                box(BoxKind.OPPOSITION, "PROSPECTING", Channel.POST));

        assertThat(check(postal, 0)).isEmpty();
        assertThat(rules(check(emailRequired, 0))).containsExactly("required-not-needed:EMAIL");
    }

    @Test
    @DisplayName("INF-2 Art. 13(2)(e) a contact field may be required when a box uses its channel, or on a form without boxes")
    void requiredContactFieldNeedsItsChannel() {
        var newsletter = form(Audience.CONSUMER, List.of("PROSPECTING"),
                List.of(new FieldChoice(FormField.LAST_NAME, true), new FieldChoice(FormField.EMAIL, true)),
                box(BoxKind.CONSENT, "PROSPECTING", Channel.EMAIL));
        var order = form(Audience.CONSUMER, List.of("CONTRACT_MANAGEMENT"),
                List.of(new FieldChoice(FormField.LAST_NAME, true), new FieldChoice(FormField.EMAIL, true),
                        new FieldChoice(FormField.ADDRESS, true)));

        assertThat(check(newsletter, 0)).isEmpty();
        assertThat(check(order, 0)).isEmpty();
    }

    @Test
    @DisplayName("INF-2 000 §8 a prospecting form asking for a postal address or a phone number offers the box to object "
            + "(or consent) by that channel")
    void prospectingFormOffersOppositionForPostAndPhone() {
        var form = form(Audience.CONSUMER, List.of("PROSPECTING"),
                fields(FormField.LAST_NAME, FormField.EMAIL, FormField.ADDRESS, FormField.PHONE),
                box(BoxKind.CONSENT, "PROSPECTING", Channel.EMAIL), box(BoxKind.CONSENT, "PROSPECTING", Channel.SMS));

        assertThat(rules(check(form, 0))).containsExactly("prospecting-needs-box:POST:ADDRESS",
                "prospecting-needs-box:PHONE:PHONE");
    }

    @Test
    @DisplayName("INF-2 000 §4 a consent box needs a purpose resting on consent, an opposition box one resting on "
            + "legitimate interest, and a purpose and channel cannot have both")
    void boxesFollowLegalBases() {
        var form = form(Audience.CONSUMER, List.of("OPINIONS", "CONTRACT_MANAGEMENT"),
                fields(FormField.EMAIL, FormField.LAST_NAME),
                box(BoxKind.CONSENT, "OPINIONS", Channel.EMAIL),
                box(BoxKind.OPPOSITION, "CONTRACT_MANAGEMENT", Channel.EMAIL),
                box(BoxKind.OPPOSITION, "OPINIONS", Channel.EMAIL));

        assertThat(rules(check(form, 0))).containsExactly("no-consent-basis:OPINIONS:EMAIL",
                "no-legitimate-interest:CONTRACT_MANAGEMENT:EMAIL", "duplicate-box:OPINIONS:EMAIL");
    }

    @Test
    @DisplayName("PRO-2 CPCE L.34-5: e-mail and SMS prospecting of consumers needs consent, never a mere opposition "
            + "box; professionals may be offered opposition")
    void electronicProspectingOfConsumersNeedsConsent() {
        var consumers = form(Audience.CONSUMER, List.of("PROSPECTING"),
                fields(FormField.EMAIL, FormField.LAST_NAME, FormField.PHONE),
                box(BoxKind.OPPOSITION, "PROSPECTING", Channel.EMAIL),
                box(BoxKind.OPPOSITION, "PROSPECTING", Channel.SMS), box(BoxKind.CONSENT, "PROSPECTING", Channel.PHONE));
        var professionals = form(Audience.PROFESSIONAL, List.of("PROSPECTING"),
                fields(FormField.EMAIL, FormField.LAST_NAME, FormField.COMPANY),
                box(BoxKind.OPPOSITION, "PROSPECTING", Channel.EMAIL));

        assertThat(rules(check(consumers, 0))).containsExactly("consent-required:PROSPECTING:EMAIL",
                "consent-required:PROSPECTING:SMS");
        assertThat(check(professionals, 0)).isEmpty();
    }

    @Test
    @DisplayName("PRO-4 phone prospecting of consumers: an opposition box until 10 August 2026, consent from 11 August")
    void phoneRuleIsDated() {
        var form = form(Audience.CONSUMER, List.of("PROSPECTING"),
                fields(FormField.EMAIL, FormField.LAST_NAME, FormField.PHONE),
                box(BoxKind.OPPOSITION, "PROSPECTING", Channel.PHONE));

        assertThat(FormRules.check("offres", form, context(0, LocalDate.of(2026, 8, 10)))).isEmpty();
        assertThat(rules(FormRules.check("offres", form, context(0, LocalDate.of(2026, 8, 11)))))
                .containsExactly("consent-required:PROSPECTING:PHONE");
    }

    @Test
    @DisplayName("PRO-4 (issue 9 §1) the phone rule is taken on the day a form is shown: a consumer form saved with a "
            + "phone opposition box still shows it on 10 August 2026, no longer from 11 August; other boxes stay")
    void phoneRuleIsTakenWhenTheFormIsShown() {
        var form = form(Audience.CONSUMER, List.of("PROSPECTING"),
                fields(FormField.EMAIL, FormField.LAST_NAME, FormField.PHONE, FormField.ADDRESS),
                box(BoxKind.CONSENT, "PROSPECTING", Channel.EMAIL), box(BoxKind.OPPOSITION, "PROSPECTING", Channel.PHONE),
                box(BoxKind.OPPOSITION, "PROSPECTING", Channel.POST));
        var professionals = form(Audience.PROFESSIONAL, List.of("PROSPECTING"),
                fields(FormField.EMAIL, FormField.LAST_NAME, FormField.PHONE),
                box(BoxKind.OPPOSITION, "PROSPECTING", Channel.PHONE));

        assertThat(FormRules.inForce(form, LocalDate.of(2026, 8, 10))).isSameAs(form);
        var after = FormRules.inForce(form, LocalDate.of(2026, 8, 11));
        assertThat(after.boxes()).extracting(FormBox::channel).containsExactly(Channel.EMAIL, Channel.POST);
        assertThat(after.box(BoxKind.OPPOSITION, "PROSPECTING:PHONE")).isEmpty();
        assertThat(after.title()).isEqualTo(form.title());
        assertThat(FormRules.inForce(form, LocalDate.of(2027, 1, 1)).boxes()).hasSize(2);
        assertThat(FormRules.inForce(professionals, LocalDate.of(2026, 8, 11))).isSameAs(professionals);
    }

    @Test
    @DisplayName("INF-2 one box per purpose and channel, and a box for a channel only when its address is asked")
    void oneBoxPerPurposeAndChannelWithItsAddress() {
        var form = form(Audience.CONSUMER, List.of("PROSPECTING"), fields(FormField.EMAIL, FormField.LAST_NAME),
                box(BoxKind.CONSENT, "PROSPECTING", Channel.EMAIL), box(BoxKind.CONSENT, "PROSPECTING", Channel.EMAIL),
                box(BoxKind.CONSENT, "PROSPECTING", Channel.SMS));

        assertThat(rules(check(form, 0))).containsExactly("duplicate-box:PROSPECTING:EMAIL",
                "channel-needs-field:PROSPECTING:SMS:PHONE");
    }

    @Test
    @DisplayName("000 §6 a partner box needs partners to list, the prospecting purpose and its text")
    void partnerBoxNeedsPartners() {
        var base = form(Audience.CONSUMER, List.of("OPINIONS"), fields(FormField.EMAIL, FormField.LAST_NAME));
        var form = new FormDefinition(base.title(), null, "fr", Audience.CONSUMER, base.purposes(), base.fields(),
                List.of(), PartnerOffer.CONSENT, " ", List.of(), List.of());

        assertThat(rules(check(form, 0))).containsExactly("no-partners", "partner-needs-prospecting", "text-required");
    }

    @Test
    @DisplayName("INF-2 only published purposes; a valid address and origins that name a site, nothing more")
    void publishedPurposesSlugAndOrigins() {
        var base = form(Audience.CONSUMER, List.of("CUSTOMER_STUDIES"), fields(FormField.EMAIL, FormField.LAST_NAME));
        var form = new FormDefinition(base.title(), null, "fr", Audience.CONSUMER, base.purposes(), base.fields(),
                List.of(), PartnerOffer.NONE, null, List.of("https://boutique.example.fr",
                        "https://boutique.example.fr/page", "javascript:alert(1)"), List.of());

        assertThat(rules(FormRules.check("Offres!", form, context(0, TODAY)))).contains("slug",
                "purpose-not-published:CUSTOMER_STUDIES", "origin:https://boutique.example.fr/page",
                "origin:javascript:alert(1)").doesNotContain("origin:https://boutique.example.fr");
    }

    @Test
    @DisplayName("CON-4 000 §5 a sensitive question only for a purpose whose categories include sensitive data, one per "
            + "kind, each with the text of its own consent box; insults are no kind of data")
    void sensitiveQuestions() {
        var health = new SensitiveQuestion(SensitiveCategory.HEALTH, "Allergies", "J'accepte que ma santé soit gardée.");
        var contract = withSensitive(List.of("CONTRACT_MANAGEMENT"), List.of(health));
        var prospecting = withSensitive(List.of("PROSPECTING"), List.of(health));
        var wrong = withSensitive(List.of("CONTRACT_MANAGEMENT"), List.of(health, health,
                new SensitiveQuestion(SensitiveCategory.INSULT, "Insultes", "x"),
                new SensitiveQuestion(SensitiveCategory.RELIGION, " ", " ")));

        assertThat(check(contract, 0)).isEmpty();
        assertThat(rules(check(prospecting, 0))).containsExactly("sensitive-not-needed");
        assertThat(rules(check(wrong, 0))).containsExactly("duplicate-sensitive:HEALTH", "sensitive-category",
                "sensitive-label:RELIGION", "text-required");
    }

    private static FormDefinition withSensitive(List<String> purposes, List<SensitiveQuestion> questions) {
        return new FormDefinition("Commande", null, "fr", Audience.CONSUMER, purposes,
                fields(FormField.EMAIL, FormField.LAST_NAME), List.of(), PartnerOffer.NONE, null, List.of(), questions);
    }

    private static List<Violation> check(FormDefinition form, int partners) {
        return FormRules.check("offres", form, context(partners, TODAY));
    }

    private static FormRules.Context context(int partners, LocalDate today) {
        return new FormRules.Context(Set.of("PROSPECTING", "OPINIONS", "CONTRACT_MANAGEMENT"),
                Map.of("PROSPECTING", PROSPECTING, "OPINIONS", OPINIONS, "CONTRACT_MANAGEMENT", CONTRACT), partners,
                today);
    }

    /** Each violation as {@code rule:arguments}. */
    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(violation -> violation.arguments().isEmpty() ? violation.rule()
                : violation.rule() + ":" + String.join(":", violation.arguments().stream().map(String::valueOf)
                        .toList())).toList();
    }

    private static FormDefinition form(Audience audience, List<String> purposes, List<FieldChoice> fields,
            FormBox... boxes) {
        return new FormDefinition("Recevoir nos offres", null, "fr", audience, purposes, fields, Arrays.asList(boxes),
                PartnerOffer.NONE, null, List.of(), List.of());
    }

    private static List<FieldChoice> fields(FormField... fields) {
        var choices = new ArrayList<FieldChoice>();
        for (var field : fields) {
            choices.add(new FieldChoice(field, field.isMandatory() || field == FormField.COMPANY));
        }
        return choices;
    }

    private static FormBox box(BoxKind kind, String purpose, Channel channel) {
        return new FormBox(kind, purpose, channel, "Texte de la case " + purpose + " " + channel);
    }

    private static ActivityView activity(String code, List<LegalBasis> bases, List<String> categories) {
        return new ActivityView(code, new LocalizedText(code, code), new LocalizedText("", ""), "000 §3", List.of(),
                bases.stream().map(basis -> new LegalBasisView(basis, null, List.of(), null)).toList(),
                categories.stream().map(category -> new DataCategoryView(category, new LocalizedText(category,
                        category), new LocalizedText("", ""), "SENSITIVE".equals(category), null)).toList(),
                List.of(), List.of(), 1, Instant.EPOCH, "system", List.of(), List.of(),
                new ActivityInformation(null, null, false, null, null, true, null));
    }
}
