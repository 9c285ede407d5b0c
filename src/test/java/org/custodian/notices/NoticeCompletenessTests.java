package org.custodian.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.custodian.register.ActivityView;
import org.custodian.register.DataCategoryView;
import org.custodian.register.EndAction;
import org.custodian.register.LegalBasis;
import org.custodian.register.LegalBasisView;
import org.custodian.register.LocalizedText;
import org.custodian.register.Organisation;
import org.custodian.register.RecipientKind;
import org.custodian.register.RecipientView;
import org.custodian.register.RetentionRuleView;
import org.custodian.register.RetentionTrigger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NoticeCompletenessTests {

    private static final Organisation COMPLETE = new Organisation("Maison Lumière SAS", "12 rue des Lilas, 75011 Paris",
            "732829320", "Claire Dubois", "dpo@maison-lumiere.example", null, "droits@maison-lumiere.example", null,
            Instant.EPOCH, "admin");

    @Test
    @DisplayName("INF-1 a complete organisation and register leave nothing missing")
    void completeNoticeHasNothingMissing() {
        assertThat(NoticeCompleteness.missing(COMPLETE, List.of(activity(basis(), recipient(), rule("P3Y")))))
                .isEmpty();
    }

    @Test
    @DisplayName("INF-1 an empty organisation lacks the controller, the DPO contact and the rights address")
    void emptyOrganisationLacksControllerDpoAndRights() {
        var empty = new Organisation(null, null, null, null, null, null, null, null, null, null);

        assertThat(NoticeCompleteness.missing(empty, List.of(activity(basis(), recipient(), rule("P3Y")))))
                .extracting(MissingItem::code)
                .containsExactly("CONTROLLER_NAME", "CONTROLLER_ADDRESS", "DPO_CONTACT", "RIGHTS_ADDRESS");
    }

    @Test
    @DisplayName("INF-1 a DPO named without an e-mail address is not a contact")
    void dpoWithoutEmailIsMissing() {
        var noEmail = new Organisation("Maison Lumière SAS", "Paris", null, "Claire Dubois", " ", null,
                "droits@maison-lumiere.example", null, Instant.EPOCH, "admin");

        assertThat(NoticeCompleteness.missing(noEmail, List.of(activity(basis(), recipient(), rule("P3Y")))))
                .containsExactly(new MissingItem("DPO_CONTACT", null, "/organisation"));
    }

    @Test
    @DisplayName("INF-1 (NESTOR, seed 003) a purpose without legal basis is missing, with the place to fix it")
    void purposeWithoutBasis() {
        assertThat(NoticeCompleteness.missing(COMPLETE, List.of(activity(null, recipient(), rule("P3Y")))))
                .containsExactly(new MissingItem("PURPOSE_WITHOUT_BASIS", "PROSPECTING",
                        "/register/activities/PROSPECTING/edit"));
    }

    @Test
    @DisplayName("INF-1 (NESTOR, seed 003) a purpose whose retention is still to be set is missing")
    void retentionToBeSet() {
        assertThat(NoticeCompleteness.missing(COMPLETE, List.of(activity(basis(), recipient(), rule(null)))))
                .extracting(MissingItem::code)
                .containsExactly("RETENTION_TO_BE_SET");
    }

    @Test
    @DisplayName("INF-1 (NESTOR, seed 003) a purpose without any retention rule is missing")
    void noRetentionRule() {
        assertThat(NoticeCompleteness.missing(COMPLETE, List.of(activity(basis(), recipient(), null))))
                .extracting(MissingItem::code)
                .containsExactly("PURPOSE_WITHOUT_RETENTION");
    }

    @Test
    @DisplayName("INF-1 (NESTOR, seed 003) a purpose that states no recipients is missing")
    void noRecipients() {
        assertThat(NoticeCompleteness.missing(COMPLETE, List.of(activity(basis(), null, rule("P3Y")))))
                .extracting(MissingItem::code)
                .containsExactly("PURPOSE_WITHOUT_RECIPIENTS");
    }

    @Test
    @DisplayName("INF-1 an empty register has no purpose to tell people about")
    void emptyRegister() {
        assertThat(NoticeCompleteness.missing(COMPLETE, List.of())).extracting(MissingItem::code)
                .containsExactly("NO_PURPOSE");
    }

    private static ActivityView activity(LegalBasisView basis, RecipientView recipient, RetentionRuleView rule) {
        return new ActivityView("PROSPECTING", text("Prospection"), text("Prospection commerciale"), "000 §3 g)",
                List.of(), basis == null ? List.of() : List.of(basis),
                List.of(new DataCategoryView("IDENTITY", text("Identité"), text("Nom"), false, null)),
                recipient == null ? List.of() : List.of(recipient), rule == null ? List.of() : List.of(rule), 1,
                Instant.EPOCH, "system", List.of());
    }

    private static LegalBasisView basis() {
        return new LegalBasisView(LegalBasis.LEGITIMATE_INTEREST, null);
    }

    private static RecipientView recipient() {
        return new RecipientView(RecipientKind.INTERNAL_SERVICE, text("Service marketing"));
    }

    private static RetentionRuleView rule(String duration) {
        return new RetentionRuleView(1, text("Prospects"), duration, RetentionTrigger.LAST_CONTACT, EndAction.DELETE,
                null);
    }

    private static LocalizedText text(String french) {
        return new LocalizedText(french, french);
    }
}
