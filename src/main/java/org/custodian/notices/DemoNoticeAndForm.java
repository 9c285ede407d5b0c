package org.custodian.notices;

import java.util.List;

import org.custodian.consent.Channel;
import org.custodian.contacts.Audience;
import org.custodian.shared.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Issue 8 §2 — the demo profile starts ready to show: its DPO (the demo user {@code dpo}) has published the notice
 * and opened the newsletter form of the fictitious company, once, after the organisation and the legal mentions are
 * set. A demo installation edited since is left alone.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class DemoNoticeAndForm implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNoticeAndForm.class);

    static final String FORM_SLUG = "newsletter";

    private final PrivacyNotices notices;
    private final CollectionForms forms;

    DemoNoticeAndForm(PrivacyNotices notices, CollectionForms forms) {
        this.notices = notices;
        this.forms = forms;
    }

    @Override
    public void run(ApplicationArguments args) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("dpo", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_DPO")));
        try {
            if (notices.versions().isEmpty()) {
                var missing = notices.missing();
                if (!missing.isEmpty()) {
                    log.warn("Demo: the notice cannot be published yet, {} items are missing: {}", missing.size(),
                            missing);
                    return;
                }
                notices.publish();
            }
            if (forms.search(null, PageRequest.of(0, 1)).total() == 0) {
                forms.create(FORM_SLUG, newsletter());
            }
        }
        finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static FormDefinition newsletter() {
        return new FormDefinition("La lettre de Maison Lumière", "Nos nouveautés et nos offres, une fois par mois.",
                "fr", Audience.CONSUMER, List.of("PROSPECTING"),
                List.of(new FieldChoice(FormField.FIRST_NAMES, false), new FieldChoice(FormField.LAST_NAME, true),
                        new FieldChoice(FormField.EMAIL, true)),
                List.of(new FormBox(BoxKind.CONSENT, "PROSPECTING", Channel.EMAIL,
                        "J'accepte de recevoir par e-mail les offres de Maison Lumière.")),
                PartnerOffer.NONE, null, List.of(), List.of());
    }
}
