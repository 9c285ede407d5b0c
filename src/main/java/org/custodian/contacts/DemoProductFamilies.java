package org.custodian.contacts;

import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's product families, those of the demo's lighting and furniture shop (Maison Lumière), so
 * that a purchase can be recorded on a demo customer at once. Loaded once: skipped when any family exists.
 */
@Component
@Profile("demo")
@Order(0)
class DemoProductFamilies implements ApplicationRunner {

    private static final Map<String, String> FAMILIES = Map.of(
            "LUMINAIRES", "Luminaires",
            "JARDIN", "Mobilier de jardin",
            "LITERIE", "Literie",
            "DECORATION", "Décoration");

    private final ProductFamilies families;

    DemoProductFamilies(ProductFamilies families) {
        this.families = families;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (families.list().isEmpty()) {
            FAMILIES.forEach(families::create);
        }
    }
}
