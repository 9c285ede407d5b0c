package org.custodian.rights;

import java.time.Instant;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answers sent to a person's rights requests (DSR-3, DSR-5, DSR-7, RET-4): the letter, the files and how they
 * left. They are the controller's proof that the right was honoured (GDPR Art. 5(2)), kept for the civil limitation
 * period from the answer (five years, Civil Code art. 2224; register rule {@code RIGHTS_REQUESTS}): an erasure keeps
 * them, declared as {@link Kept} until {@code answered_at} + 5 years, the date stored as {@code kept_until} for the
 * retention sweep. The requests are found as {@link RightsDataHolder} finds them (matched to the person, or made from
 * one of their addresses); the access package lists each answer with its files by name, size and SHA-256 — the
 * files' contents are earlier copies of the person's data, which the package holds itself.
 */
@Component
class AnswerDataHolder implements PersonalDataHolder {

    static final String SECTION = "rights.answers";

    private final RightsRequestRepository requests;
    private final AnswerRepository answers;
    private final ContactAddresses addresses;

    AnswerDataHolder(RightsRequestRepository requests, AnswerRepository answers, ContactAddresses addresses) {
        this.requests = requests;
        this.answers = answers;
        this.addresses = addresses;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<HeldData> inventory() {
        var rule = "five years from the answer, as proof that the right was honoured (civil limitation period, "
                + "register rule RIGHTS_REQUESTS; RET-4, DSR-7); the download link works 30 days";
        return List.of(
                new HeldData("rights_answer", List.of("the answer letter (may name the data erased and kept)",
                        "the address it was mailed to", "when, by whom, the download link's expiry and its use"),
                        "RIGHTS_REQUESTS", rule),
                new HeldData("rights_answer_file", List.of("the files sent with the answer: a copy of the person's "
                        + "data as it was on the day (access package, portable data), the letter as PDF"),
                        "RIGHTS_REQUESTS", rule));
    }

    @Override
    @Transactional(readOnly = true)
    public SubjectExport export(PersonId person) {
        var sent = sent(person).stream()
                .map(answer -> new ExportedAnswer(answer.requestId(), answer.method(), answer.letter(),
                        answer.recipient(), answer.answeredAt(), answer.linkExpiresAt(), answer.downloads(),
                        answer.keptUntil(), answer.files().stream()
                                .map(file -> new ExportedFile(file.name(), file.mediaType(), file.size(),
                                        file.sha256()))
                                .toList()))
                .toList();
        return SubjectExport.of(SECTION).with("answers", sent);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public ErasureResult erase(PersonId person, ErasureMode mode) {
        var sent = sent(person);
        var kept = sent.stream().map(AnswerView::keptUntil).max(Comparator.naturalOrder())
                .map(until -> new Kept(sent.size() + " answer(s) to the person's rights requests, with the files sent",
                        "DSR-7, RET-4: the answer sent is the proof that the right was honoured, kept for the civil "
                                + "limitation period from the answer (GDPR Art. 5(2); Civil Code art. 2224; register "
                                + "rule RIGHTS_REQUESTS)", until))
                .stream().toList();
        return new ErasureResult(SECTION, 0, 0, kept);
    }
    /**
     * The batch form (RET-3): this holder deletes nothing of a person (it only declares what it keeps, which
     * {@link #erase} and the inventory say): nothing to do for a batch.
     */
    @Override
    public ErasureResult eraseAll(List<PersonId> batch, ErasureMode mode) {
        return ErasureResult.nothing(SECTION);
    }


    private List<AnswerView> sent(PersonId person) {
        var ids = requests.ofPerson(person, addresses.emailAddresses(person)).stream()
                .map(RightsRequestRepository.StoredRequest::id).toList();
        return answers.ofRequests(ids);
    }

    /** An answer as the person's access package shows it. */
    public record ExportedAnswer(UUID requestId, String method, String letter, String recipient, Instant answeredAt,
            Instant linkExpiresAt, int downloads, Instant keptUntil, List<ExportedFile> files) {
    }

    /** A file sent, by name and fingerprint. */
    public record ExportedFile(String name, String mediaType, long size, String sha256) {
    }
}
