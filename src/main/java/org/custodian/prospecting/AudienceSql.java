package org.custodian.prospecting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PRO-2, CON-4 — an {@link AudienceFilter} as an SQL condition over {@code person p} left-joined to
 * {@code prospect_key k}, or over {@code prospect_summary s} which holds the same columns, with its named parameters:
 * type, audience, a product family bought, a postcode or department, created and last-contact ranges (days in the
 * organisation's time zone). Persons being erased are never part of an audience. Nothing here can name a sensitive
 * category.
 */
final class AudienceSql {

    /** {@code person p} left-joined to {@code prospect_key k}. */
    static final Columns PERSON = new Columns("p", "k", "p.id", true);
    /** {@code prospect_summary s}, which holds no person being erased. */
    static final Columns SUMMARY = new Columns("s", "s", "s.person_id", false);

    private AudienceSql() {
    }

    /**
     * Where the filtered columns are.
     *
     * @param person  the alias of the table with the person's type, audience and dates
     * @param keys    the alias of the table with the postcode and department
     * @param id      the person's id
     * @param erasing whether persons being erased are in the table (and must be left out)
     */
    record Columns(String person, String keys, String id, boolean erasing) {
    }

    /** The condition over {@link #PERSON}, its parameters added to {@code params} (names prefixed {@code aud_}). */
    static String condition(AudienceFilter filter, ZoneId zone, Map<String, Object> params) {
        return condition(filter, zone, params, PERSON);
    }

    /** The condition over {@code columns}, its parameters added to {@code params} (names prefixed {@code aud_}). */
    static String condition(AudienceFilter filter, ZoneId zone, Map<String, Object> params, Columns columns) {
        var p = columns.person() + ".";
        var k = columns.keys() + ".";
        var conditions = new ArrayList<String>();
        if (columns.erasing()) {
            conditions.add(p + "erasure_requested_at IS NULL");
        }
        if (!filter.types().isEmpty()) {
            conditions.add(p + "type IN (:aud_types)");
            params.put("aud_types", filter.types().stream().map(Enum::name).sorted().toList());
        }
        if (!filter.audiences().isEmpty()) {
            conditions.add(p + "audience IN (:aud_audiences)");
            params.put("aud_audiences", filter.audiences().stream().map(Enum::name).sorted().toList());
        }
        if (!filter.productFamiliesBought().isEmpty()) {
            conditions.add("EXISTS (SELECT 1 FROM person_purchase f WHERE f.person_id = " + columns.id()
                    + " AND f.product_family IN (:aud_families))");
            params.put("aud_families", filter.productFamiliesBought().stream().sorted().toList());
        }
        if (!filter.postcodePrefixes().isEmpty()) {
            var alternatives = new ArrayList<String>();
            var i = 0;
            for (var raw : filter.postcodePrefixes()) {
                var prefix = FrenchPostcode.prefix(raw);
                var name = "aud_postcode" + i++;
                if (FrenchPostcode.isCorsica(prefix)) {
                    alternatives.add(k + "department = :" + name);
                    params.put(name, prefix);
                } else {
                    alternatives.add(k + "postcode LIKE :" + name);
                    params.put(name, prefix + "%");
                }
            }
            conditions.add("(" + String.join(" OR ", alternatives) + ")");
        }
        if (filter.createdFrom() != null) {
            conditions.add(p + "created_at >= :aud_created_from");
            params.put("aud_created_from", startOf(filter.createdFrom(), zone));
        }
        if (filter.createdTo() != null) {
            conditions.add(p + "created_at < :aud_created_to");
            params.put("aud_created_to", startOf(filter.createdTo().plusDays(1), zone));
        }
        if (filter.lastContactFrom() != null) {
            conditions.add(p + "last_contact_at >= :aud_contact_from");
            params.put("aud_contact_from", filter.lastContactFrom());
        }
        if (filter.lastContactTo() != null) {
            conditions.add(p + "last_contact_at <= :aud_contact_to");
            params.put("aud_contact_to", filter.lastContactTo());
        }
        return conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions);
    }

    static Timestamp startOf(LocalDate day, ZoneId zone) {
        return Timestamp.from(day.atStartOfDay(zone).toInstant());
    }

    /**
     * The join of the persons' eligibility keys and of the generic-address list (GenericCompanyAddress's rule, as
     * {@code GenericAddresses.sqlCondition} writes it, as a join: a condition per row would probe the list once per
     * person; the length never negative, PostgreSQL evaluating both sides of the {@code AND}).
     */
    static final List<String> KEY_JOINS = List.of(
            "LEFT JOIN prospect_key k ON k.person_id = p.id",
            "LEFT JOIN generic_address_part g ON POSITION('@' IN p.email_key) > 1"
                    + " AND g.local_part = SUBSTRING(p.email_key FROM 1 FOR GREATEST(POSITION('@' IN p.email_key) - 1, 0))");
}
