package org.custodian.consent;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How many confirmation mails went to each person's address on each day ({@code custodian.consent.
 * confirmation-mails-per-day}): anyone can type a known address into a public form, and must not be able to flood
 * its owner. A mail is counted by one conditional update, so that parallel submissions cannot pass the limit together.
 */
@Repository
class ConfirmationQuota {

    private final JdbcClient jdbc;

    ConfirmationQuota(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one more mail to the person on that day; false, and nothing counted, when the limit is reached. */
    boolean take(UUID personId, LocalDate day, int limit) {
        jdbc.sql("INSERT INTO consent_mail_quota (person_id, quota_day, mails) VALUES (?, ?, 0) ON CONFLICT DO NOTHING")
                .params(personId, day).update();
        return jdbc.sql("""
                        UPDATE consent_mail_quota SET mails = mails + 1
                        WHERE person_id = ? AND quota_day = ? AND mails < ?""")
                .params(personId, day, limit).update() == 1;
    }

    /** Forgets the days before this one: only the current day's count limits anything. */
    int purgeBefore(LocalDate day) {
        return jdbc.sql("DELETE FROM consent_mail_quota WHERE quota_day < ?").param(day).update();
    }
}
