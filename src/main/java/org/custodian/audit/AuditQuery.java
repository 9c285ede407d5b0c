package org.custodian.audit;

import java.time.LocalDate;
import java.util.List;

/**
 * A filter on the audit log; every criterion is optional and blank text counts as absent.
 *
 * @param resourceType the type of record ({@code person} ...), exact match
 * @param resourceId   the record's id, exact match ("who looked at this file?")
 * @param actor        part of the user or API token name, case-insensitive
 * @param action       the action
 * @param from         first day of the period, inclusive, in the audit log's time zone
 * @param to           last day of the period, inclusive, in the audit log's time zone
 * @param resourceIds  records of which any matches (the persons found by a search by name); null for no such
 *                     criterion, empty when the search found nobody (then no entry matches)
 * @param actorLogins  logins of the staff whose full name contains {@code actor}: an entry by one of them matches too
 *                     («Marchand» finds hugo's entries)
 */
public record AuditQuery(String resourceType, String resourceId, String actor, AuditAction action,
        LocalDate from, LocalDate to, List<String> resourceIds, List<String> actorLogins) {

    public AuditQuery {
        resourceType = blankToNull(resourceType);
        resourceId = blankToNull(resourceId);
        actor = blankToNull(actor);
        resourceIds = resourceIds == null ? null : List.copyOf(resourceIds);
        actorLogins = actorLogins == null ? List.of() : List.copyOf(actorLogins);
    }

    public AuditQuery(String resourceType, String resourceId, String actor, AuditAction action, LocalDate from,
            LocalDate to, List<String> resourceIds) {
        this(resourceType, resourceId, actor, action, from, to, resourceIds, null);
    }

    public AuditQuery(String resourceType, String resourceId, String actor, AuditAction action, LocalDate from,
            LocalDate to) {
        this(resourceType, resourceId, actor, action, from, to, null, null);
    }

    /**
     * Every entry.
     */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    /**
     * Every entry about one record, e.g. {@code forRecord("person", id)} for "who looked at this file?".
     */
    public static AuditQuery forRecord(String resourceType, String resourceId) {
        return new AuditQuery(resourceType, resourceId, null, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
