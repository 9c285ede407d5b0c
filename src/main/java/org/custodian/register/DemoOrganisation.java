package org.custodian.register;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The fictitious company of the demo profile (SEC-8: demo data is fictitious), set only while the
 * settings are still empty so that a demo installation can be edited freely.
 */
@Component
@Profile("demo")
class DemoOrganisation implements ApplicationRunner {

    private final OrganisationSettings settings;

    DemoOrganisation(OrganisationSettings settings) {
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.current().isConfigured()) {
            settings.update(new OrganisationChange("Maison Lumière SAS (démo)", "12 rue des Lilas\n69003 Lyon",
                    "732 829 320", "Nadia Berger", "dpo@maison-lumiere.example", "+33 4 00 00 00 00",
                    "droits@maison-lumiere.example", "Maison Lumière – Service DPO\n12 rue des Lilas\n69003 Lyon"));
        }
    }
}
