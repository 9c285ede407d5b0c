package org.custodian.campaigns;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonType;
import org.custodian.prospecting.AudienceFilter;
import org.custodian.shared.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds the persons and campaigns of a sending test straight in the tables. Every test has its own day of entry in
 * the file, and its campaign's audience is that day only, so that the tests sharing the in-memory database never
 * reach each other's persons.
 */
final class CampaignFixtures {

    private static final AtomicReference<LocalDate> FIRST_DAY = new AtomicReference<>();
    private static final AtomicInteger DAYS = new AtomicInteger();

    static final String TEMPLATE_HTML = "<p>Bonjour {{prenom}},</p><p>Découvrez <a href=\"https://shop.example/jardin?x=1&amp;y=2\">"
            + "notre collection</a>.</p><p><a href=\"{{desinscription}}\">Se désinscrire</a></p>";
    static final String TEMPLATE_TEXT = "Bonjour {{prenom}}, découvrez notre collection. Se désinscrire : {{desinscription}}";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LocalDate day;

    CampaignFixtures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        // Days more than a year ahead: no other test enters persons then (they enter them today or in the past
        // years). One day each, counted from a first day drawn once per run, so that two fixtures of a run never
        // share a day, whatever the tests did to the clock meanwhile, and two runs on one database seldom do.
        this.day = FIRST_DAY.updateAndGet(first -> first != null ? first
                : LocalDate.now(clock).plusDays(400 + ThreadLocalRandom.current().nextInt(20_000)))
                .plusDays(DAYS.getAndIncrement());
    }

    /** A consumer prospect who gave a prospecting consent by e-mail on a form: eligible (PRO-2, CONSENT). */
    PersonId consenting(String email) {
        var id = person(email, "STAFF", null);
        consent(id, "GIVEN");
        return id;
    }

    /** A consumer prospect without any consent: excluded (PRO-2). */
    PersonId withoutConsent(String email) {
        return person(email, "STAFF", null);
    }

    /** A consenting consumer whose data came from a list bought from {@code thirdParty} (INF-4). */
    PersonId imported(String email, String thirdParty) {
        var job = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO import_job (id, created_by, created_at, state, source, delimiter, header,
                            default_type, default_audience, locale)
                        VALUES (?, 'hugo', ?, 'DONE', ?, ';', 'email', 'PROSPECT', 'CONSUMER', 'fr')""")
                .params(job, Timestamp.from(clock.instant()), thirdParty).update();
        var id = person(email, "IMPORT", "import/" + job);
        consent(id, "GIVEN");
        return id;
    }

    private PersonId person(String email, String source, String origin) {
        var id = UUID.randomUUID();
        var created = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO person (id, internal_code, type, audience, last_name, first_names, email, email_key,"
                        + " search_text, sort_name, created_at, updated_at, source, origin, last_contact_at, collected_at)"
                        + " VALUES (:id, :code, 'PROSPECT', 'CONSUMER', 'Essai', 'Léa', :email, :key, 'essai', 'essai',"
                        + " :created, :updated, :source, :origin, :contact, :collected)")
                .param("id", id).param("code", "CS-" + id.toString().substring(0, 13)).param("email", email)
                .param("key", email.toLowerCase(Locale.ROOT)).param("created", Timestamp.from(created))
                // now: the eligibility keys are derived from the persons changed since the last derivation
                .param("updated", Timestamp.from(clock.instant()))
                .param("source", source).param("origin", origin).param("contact", LocalDate.now(clock))
                .param("collected", day)
                .update();
        return new PersonId(id);
    }

    private void consent(PersonId person, String event) {
        jdbc.sql("INSERT INTO consent_record (id, person_id, purpose, channel, event, proof, recorded_at, recorded_by,"
                        + " source) VALUES (?, ?, 'PROSPECTING', 'EMAIL', ?, 'FORM', ?, 'test', 'test')")
                .params(UUID.randomUUID(), person.value(), event, Timestamp.from(clock.instant().minusSeconds(3600)))
                .update();
    }

    /** The audience of this test's persons only. */
    AudienceFilter audience() {
        return new AudienceFilter(Set.of(PersonType.PROSPECT), Set.of(Audience.CONSUMER), null, List.of(), day, day,
                null, null);
    }
}
