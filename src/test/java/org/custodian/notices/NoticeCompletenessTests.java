package org.custodian.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.custodian.register.ActivityInformation;
import org.custodian.register.ActivityView;
import org.custodian.register.DataCategoryView;
import org.custodian.register.EndAction;
import org.custodian.register.LegalBasis;
import org.custodian.register.LegalBasisView;
import org.custodian.register.LocalizedText;
import org.custodian.register.Organisation;
import org.custodian.register.PartnerView;
import org.custodian.register.ProcessorView;
import org.custodian.register.RecipientKind;
import org.custodian.register.RecipientView;
import org.custodian.register.RetentionRuleView;
import org.custodian.register.RetentionTrigger;
import org.custodian.register.SubjectView;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NoticeCompletenessTests {

    private static final Organisation COMPLETE = new Organisation("Maison Lumière SAS", "12 rue des Lilas, 75011 Paris",
            "732829320", "Claire Dubois", "dpo@maison-lumiere.example", null, "droits@maison-lumiere.example", null,
            Instant.EPOCH, "admin");
    private static final SiteSettings SITE = new SiteSettings("Claire Dubois", "OVH, 2 rue Kellermann, Roubaix",
            Instant.EPOCH, "dpo");
    private static final ActivityInformation INFORMED = new ActivityInformation(text("Faire connaître nos offres"),
            text("Facultatif : sans vos coordonnées, vous ne recevez pas nos offres."), false, null, null, true, null);

    @Test
    @DisplayName("INF-1 a complete organisation and register leave nothing missing")
    void completeNoticeHasNothingMissing() {
        assertThat(missing(activity(basis(), recipient(), rule("P3Y")))).isEmpty();
    }

    @Test
    @DisplayName("INF-1 an empty organisation lacks the controller, the DPO contact and the rights address")
    void emptyOrganisationLacksControllerDpoAndRights() {
        var empty = new Organisation(null, null, null, null, null, null, null, null, null, null);

        assertThat(NoticeCompleteness.missing(sources(empty, SITE, List.of(activity(basis(), recipient(), rule("P3Y"))),
                List.of(), List.of())))
                .extracting(MissingItem::code)
                .containsExactly("CONTROLLER_NAME", "CONTROLLER_ADDRESS", "DPO_CONTACT", "RIGHTS_ADDRESS");
    }

    @Test
    @DisplayName("INF-1 a DPO named without an e-mail address is not a contact")
    void dpoWithoutEmailIsMissing() {
        var noEmail = new Organisation("Maison Lumière SAS", "Paris", null, "Claire Dubois", " ", null,
                "droits@maison-lumiere.example", null, Instant.EPOCH, "admin");

        assertThat(NoticeCompleteness.missing(sources(noEmail, SITE, List.of(activity(basis(), recipient(),
                rule("P3Y"))), List.of(), List.of())))
                .containsExactly(new MissingItem("DPO_CONTACT", null, "/organisation"));
    }

    @Test
    @DisplayName("INF-3 the legal mentions cannot go live without a publication director and a host")
    void legalMentionsNeedDirectorAndHost() {
        var unset = new SiteSettings(null, " ", null, null);

        assertThat(NoticeCompleteness.missing(sources(COMPLETE, unset, List.of(activity(basis(), recipient(),
                rule("P3Y"))), List.of(), List.of())))
                .containsExactly(new MissingItem("PUBLICATION_DIRECTOR", null, "/notices#site"),
                        new MissingItem("HOSTING_PROVIDER", null, "/notices#site"));
    }

    @Test
    @DisplayName("INF-1 (NESTOR, seed 003) a purpose without legal basis is missing, with the place to fix it")
    void purposeWithoutBasis() {
        assertThat(missing(activity(null, recipient(), rule("P3Y"))))
                .containsExactly(new MissingItem("PURPOSE_WITHOUT_BASIS", "PROSPECTING",
                        "/register/activities/PROSPECTING/edit"));
    }

    @Test
    @DisplayName("INF-1 a basis the standard leaves to the controller (legitimate interest or consent (*)) blocks "
            + "publishing until chosen, with a link to its row")
    void openBasisChoiceIsMissing() {
        var open = new LegalBasisView(null, text("Par courrier postal"),
                List.of(LegalBasis.LEGITIMATE_INTEREST, LegalBasis.CONSENT), text("intérêt légitime ou consentement (*)"));

        assertThat(missing(activity(open, recipient(), rule("P3Y"))))
                .containsExactly(new MissingItem("BASIS_TO_CHOOSE", "PROSPECTING",
                        "/register/activities/PROSPECTING/edit#basis-1"));
    }

    @Test
    @DisplayName("INF-1 Art. 13(1)(d) legitimate interest as a basis needs the interests pursued")
    void legitimateInterestNeedsTheInterests() {
        var silent = new ActivityInformation(null, INFORMED.provision(), false, null, null, true, null);

        assertThat(missing(activity(basis(), recipient(), rule("P3Y"), silent, List.of())))
                .extracting(MissingItem::code)
                .containsExactly("LEGITIMATE_INTEREST_MISSING");
    }

    @Test
    @DisplayName("INF-1 Art. 13(1)(d) consent alone needs no legitimate interest")
    void consentNeedsNoInterest() {
        var silent = new ActivityInformation(null, INFORMED.provision(), false, null, null, true, null);
        var consent = new LegalBasisView(LegalBasis.CONSENT, null, List.of(), null);

        assertThat(missing(activity(consent, recipient(), rule("P3Y"), silent, List.of()))).isEmpty();
    }

    @Test
    @DisplayName("INF-1 Art. 13(2)(e) a purpose must say whether the data is required and what happens if not")
    void provisionIsRequired() {
        var silent = new ActivityInformation(INFORMED.legitimateInterest(), null, false, null, null, true, null);

        assertThat(missing(activity(basis(), recipient(), rule("P3Y"), silent, List.of())))
                .extracting(MissingItem::code)
                .containsExactly("PROVISION_MISSING");
    }

    @Test
    @DisplayName("INF-1 Art. 13(2)(f) an automated decision (the unpaid-debt exclusion) needs its logic")
    void automatedDecisionNeedsItsLogic() {
        var automated = new ActivityInformation(null, INFORMED.provision(), true, null, null, true, null);
        var contract = new LegalBasisView(LegalBasis.CONTRACT, null, List.of(), null);

        assertThat(missing(activity(contract, recipient(), rule("P5Y"), automated, List.of())))
                .extracting(MissingItem::code)
                .containsExactly("AUTOMATED_LOGIC_MISSING");
    }

    @Test
    @DisplayName("INF-1 Art. 22(2)(a), 001 §4 a fully automated exclusion cannot rest on legitimate interest")
    void automatedDecisionNeedsTheContract() {
        var automated = new ActivityInformation(INFORMED.legitimateInterest(), INFORMED.provision(), true,
                text("Une commande est refusée si un impayé non régularisé est inscrit."), null, true, null);

        assertThat(missing(activity(basis(), recipient(), rule("P5Y"), automated, List.of())))
                .extracting(MissingItem::code)
                .containsExactly("AUTOMATED_DECISION_BASIS");
    }

    @Test
    @DisplayName("INF-4 Art. 14 data collected from a third party needs its source")
    void indirectDataNeedsItsSource() {
        var bought = List.of(new SubjectView("PROSPECTS", text("Prospects"), true));

        assertThat(missing(activity(basis(), recipient(), rule("P3Y"), INFORMED, bought)))
                .extracting(MissingItem::code)
                .containsExactly("DATA_SOURCE_MISSING");
    }

    @Test
    @DisplayName("INF-1 (NESTOR, seed 003) a purpose whose retention is still to be set is missing")
    void retentionToBeSet() {
        assertThat(missing(activity(basis(), recipient(), rule(null)))).extracting(MissingItem::code)
                .containsExactly("RETENTION_TO_BE_SET");
    }

    @Test
    @DisplayName("INF-1 (NESTOR, seed 003) a purpose without any retention rule is missing")
    void noRetentionRule() {
        assertThat(missing(activity(basis(), recipient(), null))).extracting(MissingItem::code)
                .containsExactly("PURPOSE_WITHOUT_RETENTION");
    }

    @Test
    @DisplayName("INF-1 (NESTOR, seed 003) a purpose that states no recipients is missing")
    void noRecipients() {
        assertThat(missing(activity(basis(), null, rule("P3Y")))).extracting(MissingItem::code)
                .containsExactly("PURPOSE_WITHOUT_RECIPIENTS");
    }

    @Test
    @DisplayName("INF-1 a purpose whose only recipients are processors, while none is recorded, names no recipient")
    void unrecordedProcessorsAreNoRecipients() {
        var processors = new RecipientView(RecipientKind.PROCESSOR, text("Sous-traitants"));

        assertThat(missing(activity(basis(), processors, rule("P3Y")))).extracting(MissingItem::code)
                .containsExactly("PURPOSE_WITHOUT_RECIPIENTS");
    }

    @Test
    @DisplayName("INF-1 recorded partners that no published purpose passes data to would contradict the purposes")
    void partnersWithoutPurpose() {
        var partner = new PartnerView(1, "Voyages Soleil", "Tourisme", "Offres de voyages");

        assertThat(NoticeCompleteness.missing(sources(COMPLETE, SITE, List.of(activity(basis(), recipient(),
                rule("P3Y"))), List.of(), List.of(partner))))
                .containsExactly(new MissingItem("PARTNERS_WITHOUT_PURPOSE", null, "/register/recipients"));
    }

    @Test
    @DisplayName("INF-1 recorded processors that no published purpose uses would contradict the purposes")
    void processorsWithoutPurpose() {
        var processor = new ProcessorView(1, "Routeur Express", "Envoi des courriels", null, Set.of(), null, "Suppression");

        assertThat(NoticeCompleteness.missing(sources(COMPLETE, SITE, List.of(activity(basis(), recipient(),
                rule("P3Y"))), List.of(processor), List.of())))
                .containsExactly(new MissingItem("PROCESSORS_WITHOUT_PURPOSE", null, "/register/recipients"));
    }

    @Test
    @DisplayName("INF-1 an activity told to staff only (access logs) is neither published nor checked")
    void staffActivityIsNotChecked() {
        var internal = new ActivityInformation(null, null, false, null, null, false, null);

        assertThat(missing(activity(basis(), recipient(), rule("P1Y"), internal, List.of())))
                .extracting(MissingItem::code)
                .containsExactly("NO_PURPOSE");
    }

    @Test
    @DisplayName("INF-1 an empty register has no purpose to tell people about")
    void emptyRegister() {
        assertThat(NoticeCompleteness.missing(sources(COMPLETE, SITE, List.of(), List.of(), List.of())))
                .extracting(MissingItem::code)
                .containsExactly("NO_PURPOSE");
    }

    private static List<MissingItem> missing(ActivityView activity) {
        return NoticeCompleteness.missing(sources(COMPLETE, SITE, List.of(activity), List.of(), List.of()));
    }

    private static NoticeSources sources(Organisation organisation, SiteSettings site, List<ActivityView> activities,
            List<ProcessorView> processors, List<PartnerView> partners) {
        return new NoticeSources(organisation, site, activities, List.of(), processors, partners, List.of());
    }

    private static ActivityView activity(LegalBasisView basis, RecipientView recipient, RetentionRuleView rule) {
        return activity(basis, recipient, rule, INFORMED, List.of());
    }

    private static ActivityView activity(LegalBasisView basis, RecipientView recipient, RetentionRuleView rule,
            ActivityInformation information, List<SubjectView> subjects) {
        return new ActivityView("PROSPECTING", text("Prospection"), text("Prospection commerciale"), "000 §3 g)",
                List.of(), basis == null ? List.of() : List.of(basis),
                List.of(new DataCategoryView("IDENTITY", text("Identité"), text("Nom"), false, null)),
                recipient == null ? List.of() : List.of(recipient), rule == null ? List.of() : List.of(rule), 1,
                Instant.EPOCH, "system", List.of(), subjects, information);
    }

    private static LegalBasisView basis() {
        return new LegalBasisView(LegalBasis.LEGITIMATE_INTEREST, null, List.of(), null);
    }

    private static RecipientView recipient() {
        return new RecipientView(RecipientKind.INTERNAL_SERVICE, text("Service marketing"));
    }

    private static RetentionRuleView rule(String duration) {
        return new RetentionRuleView("PROSPECTING", 1, text("Prospects"), duration, RetentionTrigger.LAST_CONTACT,
                EndAction.DELETE, null, null, null, null, null, null);
    }

    private static LocalizedText text(String french) {
        return new LocalizedText(french, french);
    }
}
