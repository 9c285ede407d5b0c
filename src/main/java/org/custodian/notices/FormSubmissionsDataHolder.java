package org.custodian.notices;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.custodian.shared.PersonId;
import org.custodian.shared.SqlArrays;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.shared.personaldata.ErasureResult;
import org.custodian.shared.personaldata.HeldData;
import org.custodian.shared.personaldata.PersonalDataHolder;
import org.custodian.shared.personaldata.SubjectExport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's submissions of the public collection forms (DSR-3, DSR-5): which form and notice they saw, what they
 * ticked, when, and from which IP address and browser. The typed values went to the person's file; the consent proofs
 * to the ledger, each erased by its own holder.
 */
@Component
class FormSubmissionsDataHolder implements PersonalDataHolder {

    static final String SECTION = "notices.submissions";

    private final JdbcClient jdbc;

    FormSubmissionsDataHolder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<HeldData> inventory() {
        return List.of(new HeldData("collection_form_submission", List.of("form and notice versions seen",
                "boxes ticked", "time", "IP address", "user agent", "source page"), "PROSPECTING",
                "as long as the person's file (the proof of the information given)"));
    }

    @Override
    @Transactional(readOnly = true)
    public SubjectExport export(PersonId person) {
        var submissions = jdbc.sql("""
                        SELECT id, slug, version, outcome, ticked, notice_version, submitted_at, ip_address, user_agent,
                               source
                        FROM collection_form_submission WHERE person_id = ? ORDER BY submitted_at, id""")
                .param(person.value())
                .query((rs, row) -> new Submission(rs.getObject("id", UUID.class), rs.getString("slug"),
                        rs.getInt("version"), FormReceipt.Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("ticked").isEmpty() ? List.of() : List.of(rs.getString("ticked").split(",")),
                        rs.getInt("notice_version"), rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                        rs.getString("ip_address"), rs.getString("user_agent"), rs.getString("source")))
                .list();
        return SubjectExport.of(SECTION).with("form_submissions", submissions);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public ErasureResult erase(PersonId person, ErasureMode mode) {
        var erased = jdbc.sql("DELETE FROM collection_form_submission WHERE person_id = ?").param(person.value())
                .update();
        return new ErasureResult(SECTION, erased, 0, List.of());
    }
    /** The batch form (RET-3): one statement, in the caller's transaction. */
    @Override
    @Transactional
    public ErasureResult eraseAll(List<PersonId> batch, ErasureMode mode) {
        if (batch.isEmpty()) {
            return ErasureResult.nothing(SECTION);
        }
        return new ErasureResult(SECTION, jdbc.sql("DELETE FROM collection_form_submission WHERE person_id = ANY(:ids)")
                .param("ids", SqlArrays.persons(batch)).update(), 0, List.of());
    }


    /**
     * One submission as stored, complete.
     *
     * @param form    the form's slug
     * @param version the form version shown
     * @param ticked  the boxes ticked, e.g. {@code CONSENT:PROSPECTING:EMAIL}
     * @param source  the page the form was submitted from
     */
    record Submission(UUID id, String form, int version, FormReceipt.Outcome outcome, List<String> ticked,
            int noticeVersion, Instant submittedAt, String ip, String userAgent, String source) {
    }
}
