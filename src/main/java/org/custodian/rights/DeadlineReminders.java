package org.custodian.rights;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodian.mail.Mailer;
import org.custodian.mail.OutgoingMail;
import org.custodian.register.OrganisationSettings;
import org.custodian.shared.PublicAddress;
import org.custodian.shared.StaffDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * DSR-1 — the reminders of the deadlines: a mail to whoever handles a request ({@link RequestAssignments}; when
 * nobody does, the DPO's address of the organisation's settings, or else every DPO account) {@code
 * custodian.rights.remind-before} (7 days) before its deadline, and once more when it is late. At most one of each per
 * deadline value: a row of {@code rights_reminder} (request, deadline, kind) is written before the mail, so that a run
 * on another node, or a second run, sends nothing twice, while a deadline moved by a pause or an extension gets its own
 * reminder. Requests waiting for the person are skipped: their deadline is paused. The mail names the right, the dates
 * and the link to the request, never the requester.
 */
@Component
class DeadlineReminders {

    enum Kind {
        BEFORE, LATE
    }

    private static final Locale LOCALE = Locale.FRENCH;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", LOCALE);

    private final RightsRequests requests;
    private final RequestAssignments assignments;
    private final OrganisationSettings organisation;
    private final Mailer mailer;
    private final MessageSource messages;
    private final PublicAddress publicAddress;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Period before;

    DeadlineReminders(RightsRequests requests, RequestAssignments assignments, OrganisationSettings organisation,
            Mailer mailer, MessageSource messages, PublicAddress publicAddress, JdbcClient jdbc, Clock clock,
            @Value("${custodian.rights.remind-before:P7D}") Period before) {
        this.requests = requests;
        this.assignments = assignments;
        this.organisation = organisation;
        this.mailer = mailer;
        this.messages = messages;
        this.publicAddress = publicAddress;
        this.jdbc = jdbc;
        this.clock = clock;
        this.before = before;
    }

    private record Due(UUID id, RightsKind kind, LocalDate receivedOn, LocalDate deadline, String assignedTo) {
    }

    /** Mails the reminders due today. */
    @Scheduled(fixedDelayString = "${custodian.rights.reminder-delay:PT1H}",
            initialDelayString = "${custodian.rights.reminder-initial-delay:PT2M}")
    @SchedulerLock(name = "rights-deadline-reminders")
    @Transactional
    public void remind() {
        var today = requests.today();
        var due = jdbc.sql("SELECT r.id, r.kind, r.received_on, r.deadline, r.assigned_to FROM rights_request r"
                        + " WHERE r.status = 'RECEIVED' AND r.deadline <= ?"
                        + " AND NOT EXISTS (SELECT 1 FROM rights_reminder m WHERE m.request_id = r.id"
                        + " AND m.deadline = r.deadline AND m.kind = CASE WHEN r.deadline < ? THEN 'LATE' ELSE 'BEFORE'"
                        + " END) ORDER BY r.deadline, r.id")
                .params(today.plus(before), today)
                .query((rs, row) -> new Due(rs.getObject("id", UUID.class), RightsKind.valueOf(rs.getString("kind")),
                        rs.getDate("received_on").toLocalDate(), rs.getDate("deadline").toLocalDate(),
                        rs.getString("assigned_to")))
                .list();
        if (due.isEmpty()) {
            return;
        }
        var eligible = assignments.eligible();
        var fallback = fallback();
        for (var request : due) {
            var kind = request.deadline().isBefore(today) ? Kind.LATE : Kind.BEFORE;
            var to = recipients(request.assignedTo(), eligible, fallback);
            if (to.isEmpty()) {
                continue;
            }
            var recorded = jdbc.sql("INSERT INTO rights_reminder (request_id, deadline, kind, sent_to, sent_at)"
                            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(request.id(), request.deadline(), kind.name(), String.join(", ", to),
                            Timestamp.from(clock.instant()))
                    .update();
            if (recorded == 1) {
                var ids = new ArrayList<UUID>();
                for (var address : to) {
                    ids.add(mailer.send(mail(address, request, kind, today)));
                }
                jdbc.sql("UPDATE rights_reminder SET mail_id = ? WHERE request_id = ? AND deadline = ? AND kind = ?")
                        .params(ids.get(0), request.id(), request.deadline(), kind.name()).update();
            }
        }
    }

    /** The assignee when still eligible, with an address; otherwise {@code fallback}. */
    private static List<String> recipients(String assignedTo, List<StaffDirectory.Member> eligible,
            List<String> fallback) {
        return eligible.stream().filter(member -> member.login().equals(assignedTo))
                .map(StaffDirectory.Member::email).filter(DeadlineReminders::present).findFirst()
                .map(List::of).orElse(fallback);
    }

    /** The DPO's address of the organisation's settings; otherwise the addresses of every DPO account. */
    private List<String> fallback() {
        var dpo = organisation.current().dpoEmail();
        if (present(dpo)) {
            return List.of(dpo.strip());
        }
        return assignments.dpos().stream().map(StaffDirectory.Member::email).filter(DeadlineReminders::present)
                .distinct().toList();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private OutgoingMail mail(String to, Due request, Kind kind, LocalDate today) {
        var key = "rights.reminder.mail." + kind.name().toLowerCase(Locale.ROOT);
        var right = messages.getMessage("rights.kind.sentence." + request.kind(), null, LOCALE);
        var days = Math.abs(ChronoUnit.DAYS.between(today, request.deadline()));
        var link = publicAddress.url() + "/rights/" + request.id();
        return OutgoingMail.text(to, messages.getMessage(key + ".subject",
                        new Object[] {request.deadline().format(DATE)}, LOCALE),
                messages.getMessage(key + ".body", new Object[] {right, request.receivedOn().format(DATE),
                        request.deadline().format(DATE), days, link}, LOCALE),
                "rights-reminder");
    }
}
