package org.custodian.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.ContactAddresses;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.shared.personaldata.ErasureResult;
import org.custodian.shared.personaldata.HeldData;
import org.custodian.shared.personaldata.Kept;
import org.custodian.shared.personaldata.PersonalDataHolder;
import org.custodian.shared.personaldata.SubjectExport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rights requests a person made (DSR-3, DSR-5, RET-4): those a human matched to the person, and those made from
 * one of the person's e-mail addresses while it is still known (the contacts holder erases last).
 * <p>
 * An erasure removes the links between the requests and the person, but keeps the requests themselves: RET-4 and the
 * register's rule {@code RIGHTS_REQUESTS} keep a request until it is answered, and with its answer as proof that the
 * person's right was honoured for the civil limitation period (five years, Civil Code art. 2224) — an erasure request
 * itself must be provable. The requester's data in them is what they gave to make the request, not the file's. A
 * replay declares as kept the requests it can still find: those made from an address of the person, while the
 * contacts holder (which erases last) still knows it; the links to the person are gone after the first run.
 */
@Component
class RightsDataHolder implements PersonalDataHolder {

    static final String SECTION = "rights";

    /** The civil limitation period (Civil Code art. 2224) for which an answered request is kept as proof. */
    static final Period LIMITATION_PERIOD = Period.ofYears(5);

    private final RightsRequestRepository repository;
    private final RequestAttachments attachments;
    private final ContactAddresses addresses;
    private final JdbcClient jdbc;

    RightsDataHolder(RightsRequestRepository repository, RequestAttachments attachments, ContactAddresses addresses,
            JdbcClient jdbc) {
        this.repository = repository;
        this.attachments = attachments;
        this.addresses = addresses;
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<HeldData> inventory() {
        var rule = "until the request is answered; then, with its answer, five years as proof (civil limitation "
                + "period, register rule RIGHTS_REQUESTS; RET-4)";
        return List.of(
                new HeldData("rights_request", List.of("identity and contact details as the requester gave them "
                        + "(e-mail address, names, postcode, phone), the language to write to them in", "the request's message", "the right exercised, "
                        + "channel and date of receipt", "deadline, extension and its reason"), "RIGHTS_REQUESTS",
                        rule),
                new HeldData("rights_request_pause", List.of("why a proof of identity was asked, when, by whom, and "
                        + "when the person answered"), "RIGHTS_REQUESTS", rule),
                new HeldData("rights_request_person", List.of("the persons of the file the requester was matched to, "
                        + "how and by whom"), "RIGHTS_REQUESTS", "as long as the request; deleted with the person"),
                new HeldData("rights_identity_check", List.of("the identity check of a request: the reason for the "
                        + "doubt, how the person answered, the result, when and by whom",
                        "the person of the file whose address on file received the link"), "RIGHTS_REQUESTS", rule
                        + "; the link to the person is removed with the person"),
                new HeldData("rights_request_attachment", List.of("the letter or message received with a request "
                        + "entered by staff (a scan or a screenshot), encrypted"), "RIGHTS_REQUESTS", rule
                        + "; deleted with the request"),
                new HeldData("rights_identity_document", List.of("a proof of identity uploaded by the requester, "
                        + "encrypted"), "RIGHTS_REQUESTS", "until the DPO concludes the identity check (DSR-2), never "
                        + "longer"));
    }

    @Override
    @Transactional(readOnly = true)
    public SubjectExport export(PersonId person) {
        var stored = repository.ofPerson(person, addresses.emailAddresses(person));
        var files = attachments.counts(stored.stream().map(RightsRequestRepository.StoredRequest::id).toList());
        var requests = stored.stream()
                .map(request -> new ExportedRequest(request.id(), request.kind().name(), request.channel().name(),
                        request.receivedOn(), request.email(), request.firstNames(), request.lastName(),
                        request.postcode(), request.phone(), request.message(), request.language().getLanguage(),
                        request.status().name(),
                        request.storedDeadline(), request.extendedUntil(), request.extensionReason(),
                        request.extensionToldAt(), request.answeredAt(), repository.pauses(request.id()).stream()
                                .map(pause -> new ExportedPause(pause.reason(), pause.pausedOn(), pause.resumedOn()))
                                .toList(), files.getOrDefault(request.id(), 0)))
                .toList();
        var checks = requests.isEmpty() ? List.<ExportedIdentityCheck>of() : jdbc.sql("SELECT c.request_id, c.reason,"
                        + " c.asked_at, c.way, c.result, c.decided_at, (SELECT COUNT(*) FROM rights_identity_document d"
                        + " WHERE d.check_id = c.id) AS documents FROM rights_identity_check c"
                        + " WHERE c.request_id IN (:ids) ORDER BY c.asked_at, c.id")
                .param("ids", requests.stream().map(ExportedRequest::id).toList())
                .query((rs, row) -> new ExportedIdentityCheck(rs.getObject("request_id", UUID.class),
                        rs.getString("reason"), rs.getTimestamp("asked_at").toInstant(), rs.getString("way"),
                        rs.getString("result"), rs.getTimestamp("decided_at") == null ? null
                                : rs.getTimestamp("decided_at").toInstant(), rs.getInt("documents")))
                .list();
        return SubjectExport.of(SECTION).with("requests", requests).with("identity_checks", checks);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public ErasureResult erase(PersonId person, ErasureMode mode) {
        var requests = repository.ofPerson(person, addresses.emailAddresses(person));
        var erased = repository.deleteMatches(List.of(person));
        var kept = requests.stream()
                .map(request -> request.answeredAt() != null ? request.answeredAt()
                        : endOf(request.extendedUntil() != null ? request.extendedUntil() : request.storedDeadline()))
                .max(Comparator.naturalOrder())
                .map(latest -> new Kept(requests.size() + " rights request(s) made by the person, with their pauses and "
                        + "the letters or messages received with them",
                        "RET-4: a rights request is kept until it is answered, and with its answer as proof that the "
                                + "right was honoured for the limitation period (GDPR Art. 5(2); Civil Code art. 2224; "
                                + "register rule RIGHTS_REQUESTS)",
                        latest.atOffset(ZoneOffset.UTC).plus(LIMITATION_PERIOD).toInstant()))
                .stream().toList();
        return new ErasureResult(SECTION, erased, 0, kept);
    }

    /**
     * The batch form (RET-3): the same outcome as {@link #erase} for every person, in the caller's transaction; what
     * is kept is declared by {@link #erase} and the inventory.
     */
    @Override
    @Transactional
    public ErasureResult eraseAll(List<PersonId> batch, ErasureMode mode) {
        return new ErasureResult(SECTION, repository.deleteMatches(batch), 0, List.of());
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * A request as the person's access package shows it.
     *
     * @param language    the language the person is written to in (fr, en)
     * @param attachments how many letters or messages received with the request are kept with it: counted, never
     *                    copied (the person sent them)
     */
    public record ExportedRequest(UUID id, String kind, String channel, LocalDate receivedOn, String email,
            String firstNames, String lastName, String postcode, String phone, String message, String language,
            String status, LocalDate deadline, LocalDate extendedUntil, String extensionReason,
            Instant extensionToldAt, Instant answeredAt, List<ExportedPause> pauses, int attachments) {
    }

    /** A time the request waited for the person. */
    public record ExportedPause(String reason, LocalDate pausedOn, LocalDate resumedOn) {
    }

    /**
     * An identity check of one of the person's requests (DSR-2): why it was asked, how it was answered and its result;
     * the proofs uploaded are counted, never copied, and are deleted when the DPO concludes.
     */
    public record ExportedIdentityCheck(UUID requestId, String reason, Instant askedAt, String way, String result,
            Instant decidedAt, int documentsWaiting) {
    }
}
