package org.custodian.audit.web;

import java.time.LocalDate;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The viewer's filter form: record (person or other record id), user, action, period.
 */
record AuditFilter(String resourceId, String actor, AuditAction action,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    AuditQuery query() {
        return new AuditQuery(null, resourceId, actor, action, from, to);
    }

    boolean periodReversed() {
        return from != null && to != null && to.isBefore(from);
    }

    /**
     * The filter as query parameters, for the pager and the export links (only the criteria given).
     */
    UriComponentsBuilder into(UriComponentsBuilder uri) {
        var query = query();
        if (query.resourceId() != null) {
            uri.queryParam("resourceId", query.resourceId());
        }
        if (query.actor() != null) {
            uri.queryParam("actor", query.actor());
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
}
