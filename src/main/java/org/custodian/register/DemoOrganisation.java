package org.custodian.register;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The fictitious company of the demo profile (SEC-8: demo data is fictitious), set only while the
 * settings are still empty so that a demo installation can be edited freely. Its DPO has also made the choices the
 * standards leave to the controller, so that the demo can publish its notice: the first basis the standard names for
 * each open row, and a period for each rule the standard leaves unfixed.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DemoOrganisation implements ApplicationRunner {

    private final OrganisationSettings settings;
    private final JdbcClient jdbc;

    DemoOrganisation(OrganisationSettings settings, JdbcClient jdbc) {
        this.settings = settings;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.current().isConfigured()) {
            settings.update(new OrganisationChange("Maison Lumière SAS (démo)", "12 rue des Lilas\n69003 Lyon",
                    "732 829 320", "Nadia Lefèvre", "dpo@maison-lumiere.example", "+33 4 00 00 00 00",
                    "droits@maison-lumiere.example", "Maison Lumière – Service DPO\n12 rue des Lilas\n69003 Lyon"));
            jdbc.sql("""
                            UPDATE register_legal_basis SET basis = CASE
                                WHEN options LIKE 'CONTRACT%' THEN 'CONTRACT' ELSE 'LEGITIMATE_INTEREST' END
                            WHERE basis IS NULL AND options IS NOT NULL""")
                    .update();
            jdbc.sql("UPDATE register_retention_rule SET duration = 'P2Y' WHERE duration IS NULL").update();
        }
    }
}
