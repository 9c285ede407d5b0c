package org.custodian.prospecting;

import java.util.List;

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
 * The persons' eligibility keys ({@code prospect_key}, {@link ProspectKeys}) and summaries ({@code prospect_summary},
 * {@link ProspectSummary}) as personal data (DSR-3, DSR-5): derived from the person's own record (keyed hashes of the
 * address and phone, postcode, words of the job title and sector) and from the ledger, purchases and suppression
 * list, kept while the person is, erased with them. The summary is a copy of facts each module exports itself: it is
 * not exported twice.
 */
@Component
class ProspectKeysDataHolder implements PersonalDataHolder {

    static final String SECTION = "prospecting.keys";

    private final JdbcClient jdbc;

    ProspectKeysDataHolder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<HeldData> inventory() {
        return List.of(new HeldData("prospect_key", List.of("keyed hashes (HMAC-SHA256) of the e-mail address and "
                + "phone number, postcode and department, words of the job title and sector: derived from the "
                + "person's record for the eligibility of campaigns"), SuppressionList.PROSPECTING,
                "as long as the person's record; re-derived when it changes, erased with it"),
                new HeldData("prospect_summary", List.of("per person, for the preview of prospecting campaigns: type, "
                        + "audience, source, creation and last contact dates, local part of a professional's address, "
                        + "postcode and department, words of the job title and sector, the current prospecting "
                        + "e-mail consent and its date, a pending double opt-in, purchases' last day, families and "
                        + "sale facts, soft opt-in evidence, date of the latest suppression entry"),
                        SuppressionList.PROSPECTING, "as long as the person's record; derived again when one of "
                        + "these changes, removed when the person's erasure is requested, erased with it"),
                new HeldData("prospect_summary_change", List.of("ids of the persons whose summary the last refresh "
                        + "derived again"), SuppressionList.PROSPECTING, "until the next refresh; erased with the "
                        + "person"));
    }

    @Override
    @Transactional(readOnly = true)
    public SubjectExport export(PersonId person) {
        return SubjectExport.of(SECTION).with("prospect_keys", jdbc.sql("SELECT postcode, department,"
                        + " profession_words FROM prospect_key WHERE person_id = ?")
                .param(person.value())
                .query((rs, row) -> new Keys(rs.getString("postcode"), rs.getString("department"),
                        rs.getString("profession_words") == null ? null : rs.getString("profession_words").strip()))
                .list());
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public ErasureResult erase(PersonId person, ErasureMode mode) {
        var erased = jdbc.sql("DELETE FROM prospect_key WHERE person_id = ?").param(person.value()).update()
                + jdbc.sql("DELETE FROM prospect_summary WHERE person_id = ?").param(person.value()).update()
                + jdbc.sql("DELETE FROM prospect_summary_change WHERE person_id = ?").param(person.value()).update();
        return erased == 0 ? ErasureResult.nothing(SECTION) : new ErasureResult(SECTION, erased, 0, List.of());
    }
    /** The batch form (RET-3): the same tables as {@link #erase}, one statement each, in the caller's transaction. */
    @Override
    @Transactional
    public ErasureResult eraseAll(List<PersonId> batch, ErasureMode mode) {
        if (batch.isEmpty()) {
            return ErasureResult.nothing(SECTION);
        }
        var ids = SqlArrays.persons(batch);
        var erased = 0;
        for (var table : List.of("prospect_key", "prospect_summary", "prospect_summary_change")) {
            erased += jdbc.sql("DELETE FROM " + table + " WHERE person_id = ANY(:ids)").param("ids", ids).update();
        }
        return new ErasureResult(SECTION, erased, 0, List.of());
    }


    /** What the export shows: the hashes say nothing to the person and are left out. */
    record Keys(String postcode, String department, String professionWords) {
    }
}
