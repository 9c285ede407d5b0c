package org.custodian.rights;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.shared.StaffDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DSR-1 — who handles a request: a member of staff with the role DPO or SUPPORT (customer service), to whom the
 * reminders of its deadline go ({@link DeadlineReminders}). The eligible staff come from the accounts' module through
 * {@link StaffDirectory}; a request nobody handles has its reminders sent to the DPO.
 */
@Service
public class RequestAssignments {

    /** The roles that may be assigned a request. */
    static final List<String> ROLES = List.of("DPO", "SUPPORT");

    private final RightsRequestRepository repository;
    private final ObjectProvider<StaffDirectory> directory;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    RequestAssignments(RightsRequestRepository repository, ObjectProvider<StaffDirectory> directory, JdbcClient jdbc,
            AuditLog audit, Clock clock) {
        this.repository = repository;
        this.directory = directory;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The staff a request may be assigned to (enabled accounts with the role DPO or SUPPORT), by name. */
    public List<StaffDirectory.Member> eligible() {
        var lookup = directory.getIfAvailable();
        return lookup == null ? List.of() : lookup.withAnyRole(ROLES);
    }

    /** The enabled DPO accounts: who is reminded of a request nobody handles, without a DPO address in the settings. */
    List<StaffDirectory.Member> dpos() {
        var lookup = directory.getIfAvailable();
        return lookup == null ? List.of() : lookup.withAnyRole(List.of("DPO"));
    }

    /** The login of the member of staff the request is assigned to, if any. */
    @Transactional(readOnly = true)
    public Optional<String> assignee(UUID id) {
        return jdbc.sql("SELECT assigned_to FROM rights_request WHERE id = ?").param(id).query(String.class)
                .optional().or(() -> {
                    repository.find(id).orElseThrow(() -> RightsRequestNotFound.forId(id));
                    return Optional.empty();
                });
    }

    /**
     * Assigns the request to {@code login}, or to nobody when it is blank. Audited as a change of the request.
     *
     * @throws InvalidRightsRequest on {@code assignee} when the login is no enabled DPO or customer-service account
     */
    @Transactional
    public void assign(UUID id, String login) {
        repository.lock(id).orElseThrow(() -> RightsRequestNotFound.forId(id));
        var who = login == null || login.isBlank() ? null : login.strip();
        if (who != null && eligible().stream().noneMatch(member -> member.login().equals(who))) {
            throw new InvalidRightsRequest(List.of(InvalidRightsRequest.violation("assignee",
                    "assignee.notEligible")));
        }
        jdbc.sql("UPDATE rights_request SET assigned_to = ?, updated_at = ? WHERE id = ?")
                .params(who, Timestamp.from(clock.instant()), id).update();
        audit.personalData(AuditAction.UPDATE, RightsRequests.RESOURCE, id.toString(), null,
                who == null ? "assigned to nobody" : "assigned to " + who);
    }
}
