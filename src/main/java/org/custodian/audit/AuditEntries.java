package org.custodian.audit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reading the log for people: filtered, newest first.
 */
@Component
class AuditEntries {

    private static final String COLUMNS = "sequence_no, occurred_at, actor, action, resource_type, resource_id, "
            + "purpose, detail, previous_mac, mac";

    private static final int EXPORT_FETCH_SIZE = 1000;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final ZoneId zone;

    AuditEntries(JdbcClient jdbc, DataSource dataSource, AuditProperties properties) {
        this.jdbc = jdbc;
        // A fetch size makes PostgreSQL stream an export in slices instead of loading a year of log at once.
        var template = new JdbcTemplate(dataSource);
        template.setFetchSize(EXPORT_FETCH_SIZE);
        this.streaming = JdbcClient.create(template);
        this.zone = properties.zone();
    }

    Page<AuditEntryView> search(AuditQuery query, PageRequest page) {
        var where = where(query);
        var total = jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        var params = new ArrayList<>(where.params());
        params.add(page.size());
        params.add(page.offset());
        var content = jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry" + where.sql()
                        + " ORDER BY sequence_no DESC LIMIT ? OFFSET ?")
                .params(params)
                .query(AuditChainStore::entry)
                .list()
                .stream()
                .map(StoredEntry::view)
                .toList();
        return new Page<>(content, page.page(), page.size(), total);
    }

    /**
     * Streams every matching entry, newest first, without holding them all in memory.
     */
    void each(AuditQuery query, Consumer<AuditEntryView> sink) {
        var where = where(query);
        RowCallbackHandler handler = rs -> sink.accept(AuditChainStore.entry(rs, 0).view());
        streaming.sql("SELECT " + COLUMNS + " FROM audit_entry" + where.sql() + " ORDER BY sequence_no DESC")
                .params(where.params())
                .query(handler);
    }

    private Where where(AuditQuery query) {
        var conditions = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (query.resourceType() != null) {
            conditions.add("resource_type = ?");
            params.add(query.resourceType());
        }
        if (query.resourceId() != null) {
            conditions.add("resource_id = ?");
            params.add(query.resourceId());
        }
        if (query.resourceIds() != null) {
            if (query.resourceIds().isEmpty()) {
                conditions.add("1 = 0");
            } else {
                conditions.add("resource_id IN (" + String.join(", ", Collections.nCopies(query.resourceIds().size(), "?"))
                        + ")");
                params.addAll(query.resourceIds());
            }
        }
        if (query.actor() != null) {
            var named = query.actorLogins().isEmpty() ? ""
                    : " OR actor IN (" + String.join(", ", Collections.nCopies(query.actorLogins().size(), "?")) + ")";
            conditions.add("(LOWER(actor) LIKE ? ESCAPE '\\'" + named + ")");
            params.add("%" + escapeLike(query.actor().toLowerCase(Locale.ROOT)) + "%");
            params.addAll(query.actorLogins());
        }
        if (query.action() != null) {
            conditions.add("action = ?");
            params.add(query.action().name());
        }
        if (query.from() != null) {
            conditions.add("occurred_at >= ?");
            params.add(AuditChainStore.utc(query.from().atStartOfDay(zone).toInstant()));
        }
        if (query.to() != null) {
            conditions.add("occurred_at < ?");
            params.add(AuditChainStore.utc(query.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        var sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new Where(sql, params);
    }

    /**
     * Those of these ids whose record was deleted or erased (a person's deletion is recorded as such), in one query
     * on the resource index.
     */
    Set<String> deleted(Collection<String> resourceIds, Collection<String> resourceTypes) {
        if (resourceIds.isEmpty()) {
            return Set.of();
        }
        var ids = List.copyOf(new LinkedHashSet<>(resourceIds));
        var types = List.copyOf(resourceTypes);
        var params = new ArrayList<Object>(ids);
        params.add(AuditAction.DELETE.name());
        params.addAll(types);
        return Set.copyOf(jdbc.sql("SELECT DISTINCT resource_id FROM audit_entry WHERE resource_id IN ("
                        + String.join(", ", Collections.nCopies(ids.size(), "?")) + ") AND action = ? AND resource_type IN ("
                        + String.join(", ", Collections.nCopies(types.size(), "?")) + ")")
                .params(params)
                .query(String.class)
                .list());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private record Where(String sql, List<Object> params) {
    }
}
