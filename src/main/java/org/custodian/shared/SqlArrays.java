package org.custodian.shared;

import java.util.Collection;
import java.util.UUID;

import org.springframework.jdbc.support.SqlArrayValue;

/**
 * A batch of keys as one SQL array parameter, for {@code WHERE person_id = ANY(:ids)}. An {@code IN (:ids)} list of
 * a batch of 2,000 persons is 2,000 parameters that PostgreSQL parses and plans at every statement: 20 ms a statement
 * against 7 ms with one array (docs/benchmarks.md, "Retention sweep"), on the thirty statements of each batch that the
 * retention sweep runs. H2 takes the same SQL.
 */
public final class SqlArrays {

    private SqlArrays() {
    }

    /** The ids as a {@code uuid[]}. */
    public static SqlArrayValue uuids(Collection<UUID> ids) {
        return new SqlArrayValue("uuid", ids.toArray());
    }

    /** The persons' ids as a {@code uuid[]}. */
    public static SqlArrayValue persons(Collection<PersonId> persons) {
        return new SqlArrayValue("uuid", persons.stream().map(PersonId::value).toArray());
    }

    /** The texts as a {@code varchar[]}. */
    public static SqlArrayValue texts(Collection<String> texts) {
        return new SqlArrayValue("varchar", texts.toArray());
    }
}
