package org.custodian.audit.web;

import java.time.LocalDate;
import java.util.UUID;

import org.custodian.audit.AuditAction;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The viewer's filter form: person (name, e-mail, phone or id), record (any record's id), user, action, period.
 */
record AuditFilter(String person, String resourceId, String actor, AuditAction action,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    AuditFilter {
        person = blankToNull(person);
        resourceId = blankToNull(resourceId);
        actor = blankToNull(actor);
    }

    static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    boolean periodReversed() {
        return from != null && to != null && to.isBefore(from);
    }

    /** The person criterion when it is a person's id (the link of the person page), null otherwise. */
    String personId() {
        if (person == null) {
            return null;
        }
        try {
            return UUID.fromString(person).toString();
        }
        catch (IllegalArgumentException aName) {
            return null;
        }
    }

    /**
     * The filter as query parameters, for the pager and the export links (only the criteria given).
     */
    UriComponentsBuilder into(UriComponentsBuilder uri) {
        if (person != null) {
            uri.queryParam("person", person);
        }
        if (resourceId != null) {
            uri.queryParam("resourceId", resourceId);
        }
        if (actor != null) {
            uri.queryParam("actor", actor);
        }
        if (action != null) {
            uri.queryParam("action", action.name());
        }
        if (from != null) {
            uri.queryParam("from", from.toString());
        }
        if (to != null) {
            uri.queryParam("to", to.toString());
        }
        return uri;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
