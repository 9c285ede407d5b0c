package org.custodian.rights;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.custodian.shared.PersonId;
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
 * What was done to carry out the rights requests about a person (DSR-5, RET-4): the action records name the person by
 * id and by how they were matched, never by a value of theirs. An erasure keeps them: they are the proof that the
 * person's right was honoured (the erasure request itself among them), kept with the request for the civil
 * limitation period, as {@link RightsDataHolder} keeps the request.
 */
@Component
class ExecutionDataHolder implements PersonalDataHolder {

    static final String SECTION = "rights-execution";

    private final ExecutionRepository repository;

    ExecutionDataHolder(ExecutionRepository repository) {
        this.repository = repository;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<HeldData> inventory() {
        var rule = "with the request: until it is answered, then five years as proof (civil limitation period, "
                + "register rule RIGHTS_REQUESTS; RET-4)";
        return List.of(
                new HeldData("rights_request_action", List.of("the person's id, how they were matched to the "
                        + "request, what was done to carry it out, when and by whom"), "RIGHTS_REQUESTS", rule),
                new HeldData("rights_request_kept", List.of("what an erasure kept, why and until when (no values)"),
                        "RIGHTS_REQUESTS", rule));
    }

    @Override
    @Transactional(readOnly = true)
    public SubjectExport export(PersonId person) {
        var actions = repository.actionsOf(person).stream()
                .map(action -> new ExportedAction(action.requestId(), action.kind().name(), action.done(),
                        action.doneAt()))
                .toList();
        return SubjectExport.of(SECTION).with("actions", actions);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public ErasureResult erase(PersonId person, ErasureMode mode) {
        var actions = repository.actionsOf(person);
        if (actions.isEmpty()) {
            return ErasureResult.nothing(SECTION);
        }
        var latest = actions.stream().map(ExecutedAction::doneAt).max(Instant::compareTo).orElseThrow();
        return new ErasureResult(SECTION, 0, 0, List.of(new Kept(actions.size()
                + " record(s) of what was done to carry out the person's rights requests (no values of theirs)",
                "RET-4: the proof that the person's right was honoured is kept with the request for the limitation "
                        + "period (GDPR Art. 5(2); Civil Code art. 2224; register rule RIGHTS_REQUESTS)",
                latest.atZone(java.time.ZoneOffset.UTC).plus(RightsDataHolder.LIMITATION_PERIOD).toInstant())));
    }
    /**
     * The batch form (RET-3): this holder deletes nothing of a person (it only declares what it keeps, which
     * {@link #erase} and the inventory say): nothing to do for a batch.
     */
    @Override
    public ErasureResult eraseAll(List<PersonId> batch, ErasureMode mode) {
        return ErasureResult.nothing(SECTION);
    }


    /** A carried-out request as the person's access package shows it. */
    public record ExportedAction(UUID request, String kind, String done, Instant doneAt) {
    }
}
