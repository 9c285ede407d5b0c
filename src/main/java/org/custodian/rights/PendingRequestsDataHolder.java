package org.custodian.rights;

import java.util.List;

import org.custodian.shared.PersonId;
import org.custodian.shared.SqlArrays;
import org.custodian.shared.personaldata.ContactAddresses;
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
 * The requests of the public form still waiting for the confirmation of their address (DSR-1, DSR-3, DSR-5): they
 * name no person of the file, so they are found by the person's addresses while those are known (the contacts holder
 * erases last).
 */
@Component
class PendingRequestsDataHolder implements PersonalDataHolder {

    static final String SECTION = "rights.pending";

    private final JdbcClient jdbc;
    private final ContactAddresses addresses;

    PendingRequestsDataHolder(JdbcClient jdbc, ContactAddresses addresses) {
        this.jdbc = jdbc;
        this.addresses = addresses;
    }

    /** A request waiting for its confirmation, as the access package shows it. */
    record PendingRequest(RightsKind kind, String email, String firstNames, String lastName, String postcode,
            String phone, String message, java.time.Instant submittedAt, java.time.Instant expiresAt) {
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<HeldData> inventory() {
        return List.of(new HeldData("rights_request_pending", List.of("identification", "contact details",
                "the request's text"), "RIGHTS_REQUESTS", "until the address is confirmed, at most the link's "
                + "validity (custodian.rights.confirmation-valid-for, 7 days); then deleted"));
    }

    @Override
    @Transactional(readOnly = true)
    public SubjectExport export(PersonId person) {
        var emails = addresses.emailAddresses(person);
        if (emails.isEmpty()) {
            return SubjectExport.of(SECTION);
        }
        return SubjectExport.of(SECTION).with("waiting_requests", jdbc.sql("SELECT kind, email, first_names,"
                        + " last_name, postcode, phone, message, submitted_at, expires_at FROM rights_request_pending"
                        + " WHERE LOWER(email) IN (:emails) ORDER BY submitted_at")
                .param("emails", emails)
                .query((rs, row) -> new PendingRequest(RightsKind.valueOf(rs.getString("kind")), rs.getString("email"),
                        rs.getString("first_names"), rs.getString("last_name"), rs.getString("postcode"),
                        rs.getString("phone"), rs.getString("message"), rs.getTimestamp("submitted_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant()))
                .list());
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public ErasureResult erase(PersonId person, ErasureMode mode) {
        return new ErasureResult(SECTION, deleteOf(addresses.emailAddresses(person)), 0, List.of());
    }

    /** The batch form (RET-3): the same outcome as {@link #erase} for every person, in the caller's transaction. */
    @Override
    @Transactional
    public ErasureResult eraseAll(List<PersonId> batch, ErasureMode mode) {
        var emails = addresses.emailAddresses(batch).values().stream().flatMap(List::stream).toList();
        return new ErasureResult(SECTION, deleteOf(emails), 0, List.of());
    }

    private int deleteOf(List<String> emails) {
        return emails.isEmpty() ? 0 : jdbc.sql("DELETE FROM rights_request_pending WHERE LOWER(email) = ANY(:emails)")
                .param("emails", SqlArrays.texts(emails)).update();
    }
}
