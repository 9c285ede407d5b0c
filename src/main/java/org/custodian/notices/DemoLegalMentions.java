package org.custodian.notices;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The legal mentions of the demo profile's fictitious company (SEC-8), set only while empty, so that the demo can
 * publish its notice (INF-3 requires a publication director and a host).
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DemoLegalMentions implements ApplicationRunner {

    private final PrivacyNotices notices;

    DemoLegalMentions(PrivacyNotices notices) {
        this.notices = notices;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (notices.site().publicationDirector() == null) {
            notices.updateSite("Claire Dumas", "Hébergeur Démo SAS\n1 rue du Serveur\n59100 Roubaix\n+33 3 00 00 00 00");
        }
    }
}
