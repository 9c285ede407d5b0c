package org.custodian.notices;

import java.util.List;
import java.util.UUID;

import org.custodian.consent.Channel;
import org.custodian.contacts.Audience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A published notice and an open collection form to submit, for the tests of forms: the prospecting form of a
 * shop, with e-mail and SMS consent boxes, a postal opposition box and the partner consent box.
 */
public final class FormFixture {

    public static final String EMAIL_TEXT = "J'accepte de recevoir par e-mail les offres de Maison Lumière.";
    public static final String SMS_TEXT = "J'accepte de recevoir par SMS les offres de Maison Lumière.";
    public static final String PHONE_TEXT = "J'accepte d'être appelé(e) au téléphone pour les offres de Maison Lumière.";
    public static final String POST_TEXT = "Je ne souhaite pas recevoir d'offres par courrier.";
    public static final String PARTNER_TEXT = "J'accepte que mes coordonnées soient transmises aux partenaires.";

    private FormFixture() {
    }

    /**
     * Publishes the notice (complete organisation, periods fixed, then restored) and a partner, and creates the form as
     * the DPO would; returns its slug.
     */
    public static String openForm(JdbcClient jdbc, PrivacyNotices notices, CollectionForms forms, List<String> origins) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("dpo-forms",
                "n/a", AuthorityUtils.createAuthorityList("ROLE_DPO")));
        try (var fixture = NoticeFixture.prepare(jdbc, true)) {
            if (jdbc.sql("SELECT COUNT(*) FROM register_partner").query(Long.class).single() == 0) {
                jdbc.sql("INSERT INTO register_partner (name, sector, purpose, updated_at, updated_by) "
                                + "VALUES ('Voyages Azur', 'tourisme', 'offres de voyages', CURRENT_TIMESTAMP, 'test')")
                        .update();
            }
            notices.publish();
            var slug = "offres-" + UUID.randomUUID().toString().substring(0, 8);
            forms.create(slug, definition(origins));
            return slug;
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public static FormDefinition definition(List<String> origins) {
        return new FormDefinition("Recevoir nos offres", "Nos nouveautés, une fois par mois.", "fr", Audience.CONSUMER,
                List.of("PROSPECTING"),
                List.of(new FieldChoice(FormField.FIRST_NAMES, false), new FieldChoice(FormField.LAST_NAME, true),
                        new FieldChoice(FormField.EMAIL, true), new FieldChoice(FormField.PHONE, false),
                        new FieldChoice(FormField.ADDRESS, false)),
                List.of(new FormBox(BoxKind.CONSENT, "PROSPECTING", Channel.EMAIL, EMAIL_TEXT),
                        new FormBox(BoxKind.CONSENT, "PROSPECTING", Channel.SMS, SMS_TEXT),
                        new FormBox(BoxKind.CONSENT, "PROSPECTING", Channel.PHONE, PHONE_TEXT),
                        new FormBox(BoxKind.OPPOSITION, "PROSPECTING", Channel.POST, POST_TEXT)),
                PartnerOffer.CONSENT, PARTNER_TEXT, origins, List.of());
    }
}
