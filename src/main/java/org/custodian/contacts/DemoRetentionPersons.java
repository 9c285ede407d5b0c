package org.custodian.contacts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's persons whose retention clock (RET-3, PRO-6) has run out or is about to, so that the
 * DPO's forecast on {@code /retention/forecast} is not empty on a fresh demo: a prospect collected three years and five
 * days ago and a former customer whose last purchase was three years and twenty days ago (both due now), a prospect
 * and a customer who leave the active base within the month. Their dates count from the day they are loaded. Loaded
 * once, after the demo persons and their rights requests (so that none of these four is the author of a request):
 * skipped when they exist.
 */
@Component
@Profile("demo")
@Order(300)
class DemoRetentionPersons implements ApplicationRunner {

    static final String REF_PREFIX = "DEMO-RET-";

    private static final Logger log = LoggerFactory.getLogger(DemoRetentionPersons.class);

    private final Persons persons;
    private final Purchases purchases;
    private final ProductFamilies families;
    private final Clock clock;
    private final ZoneId zone;

    DemoRetentionPersons(Persons persons, Purchases purchases, ProductFamilies families, Clock clock,
            @Value("${custodian.time-zone:Europe/Paris}") ZoneId zone) {
        this.persons = persons;
        this.purchases = purchases;
        this.families = families;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (persons.countByExternalRefPrefix(REF_PREFIX) > 0) {
            return;
        }
        var today = LocalDate.now(clock.withZone(zone));
        prospect(1, "Roussel", "Théo", today.minusYears(3).minusDays(5));
        prospect(2, "Garnier", "Hélène", today.minusYears(3).plusDays(10));
        customer(3, "Fournier", "Jean-Marc", "JARDIN", today.minusYears(3).minusDays(20));
        customer(4, "Blanc", "Chloé", "LITERIE", today.minusYears(3).plusDays(25));
        log.info("Loaded 4 demo persons whose retention period ends");
    }

    private PersonView prospect(int index, String lastName, String firstNames, LocalDate collected) {
        return persons.create(data(index, PersonType.PROSPECT, lastName, firstNames, null, collected));
    }

    /** A customer collected a year before their last purchase; a prospect when the demo's family was removed. */
    private void customer(int index, String lastName, String firstNames, String family, LocalDate boughtOn) {
        var offered = families.find(family).filter(found -> found.retiredAt() == null);
        var person = persons.create(data(index, offered.isPresent() ? PersonType.CUSTOMER : PersonType.PROSPECT,
                lastName, firstNames, String.format("411-R%04d", index), boughtOn.minusYears(1)));
        offered.ifPresent(found -> purchases.record(person.id(),
                new PurchaseData(boughtOn, found.code(), null, null, true, true, false)));
    }

    private static PersonData data(int index, PersonType type, String lastName, String firstNames,
            String accountingCode, LocalDate collected) {
        var email = Text.fold(firstNames + "." + lastName).replaceAll("[^a-z.]", "") + ".r" + index + "@example.com";
        return new PersonData(type, Audience.CONSUMER, null, lastName, firstNames, email, null, null, null, null,
                null, accountingCode, REF_PREFIX + index, null, null, false, collected, null);
    }
}
