package org.custodian.campaigns;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.custodian.shared.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a batch's messages need to know of their persons, in one statement per batch (a read per person would cost a
 * million queries for a million-person campaign): the merge values, and for INF-4 the third party the data came
 * from — the source a staff member stated for the import that created the person ({@code import_job.source}).
 */
@Repository
class RecipientDetails {

    private final JdbcClient jdbc;

    RecipientDetails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<PersonId, Details> of(Collection<PersonId> persons) {
        var details = new HashMap<PersonId, Details>();
        if (persons.isEmpty()) {
            return details;
        }
        jdbc.sql("""
                        SELECT p.id, p.civility, p.last_name, p.first_names, j.source AS third_party
                        FROM person p
                        LEFT JOIN import_job j ON p.source = 'IMPORT' AND p.origin = CONCAT('import/', CAST(j.id AS VARCHAR))
                        WHERE p.id IN (:ids)""")
                .param("ids", persons.stream().map(PersonId::value).toList())
                .query((rs, row) -> details.put(new PersonId(rs.getObject("id", UUID.class)),
                        new Details(rs.getString("civility"), rs.getString("last_name"), rs.getString("first_names"),
                                rs.getString("third_party"))))
                .list();
        return details;
    }

    /**
     * @param thirdParty the source of the data when it came from a third party (INF-4), else null
     */
    record Details(String civility, String lastName, String firstNames, String thirdParty) {

        /** The merge values of the template, as {@link MergeFields#of} gives them for one person. */
        Map<String, String> mergeValues() {
            return Map.of(MergeFields.FIRST_NAMES, firstNames == null ? "" : firstNames, MergeFields.LAST_NAME,
                    lastName == null ? "" : lastName, MergeFields.CIVILITY, civility == null ? "" : switch (civility) {
                        case "MR" -> "Monsieur";
                        case "MS" -> "Madame";
                        default -> "";
                    });
        }
    }
}
