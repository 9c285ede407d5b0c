package org.custodian;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.custodian.shared.personaldata.HeldData;
import org.custodian.shared.personaldata.PersonalDataHolder;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * DSR-5, RET-2: every table of the schema that can hold a person of the file — a {@code person_id}, an e-mail or a
 * phone column — is answered for by a module's personal-data holder, so that no access request or erasure can
 * forget it. The schema is read live, after every migration.
 */
@IntegrationTest
class PersonalDataInventoryIntegrationTests {

    /** Columns that hold a person or a way to reach one. */
    private static final Pattern PERSONAL = Pattern.compile("person_id|.*e_?mail.*|.*phone.*|recipient");

    /** Tables whose such columns do not hold persons of the customer file, each with the reason. */
    private static final Map<String, String> NOT_DATA_SUBJECTS = Map.of(
            "staff_user", "the staff's own accounts (access module): users of Custodian, not persons of the file",
            "organisation", "the controller's own contact points (DPO, rights address), published in the notice",
            "register_transfer", "the recipient of a transfer outside the EU: an organisation, not a person");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<PersonalDataHolder> holders;

    @Test
    @DisplayName("DSR-5 RET-2 every table with a person_id, e-mail or phone column belongs to a personal-data holder")
    void everyPersonalTableHasAHolder() {
        var declared = holders.stream().flatMap(holder -> holder.inventory().stream()).map(HeldData::table)
                .toList();

        assertThat(personalTables()).isNotEmpty().allSatisfy(table ->
                assertThat(declared).as("holder answering for table %s", table).contains(table));
    }

    @Test
    @DisplayName("DSR-5 each table is answered for by one holder only, and every table a holder declares exists")
    void inventoriesMatchTheSchema() {
        var declared = holders.stream().flatMap(holder -> holder.inventory().stream()).map(HeldData::table)
                .toList();

        assertThat(declared).doesNotHaveDuplicates();
        assertThat(tables()).containsAll(declared);
    }

    @Test
    @DisplayName("DSR-5 each table left out, with its reason, still has such a column (the list does not rot)")
    void exclusionsAreCurrent() {
        assertThat(tablesWithPersonalColumns()).containsAll(NOT_DATA_SUBJECTS.keySet());
    }

    private TreeSet<String> personalTables() {
        var tables = tablesWithPersonalColumns();
        tables.removeAll(NOT_DATA_SUBJECTS.keySet());
        return tables;
    }

    private TreeSet<String> tablesWithPersonalColumns() {
        var tables = new TreeSet<String>();
        // A view stores nothing: it reads tables that are answered for (consent_current reads consent_record).
        jdbc.sql("SELECT c.table_name, c.column_name FROM information_schema.columns c"
                        + " JOIN information_schema.tables t ON t.table_schema = c.table_schema"
                        + " AND t.table_name = c.table_name"
                        + " WHERE LOWER(c.table_schema) = 'public' AND t.table_type <> 'VIEW'")
                .query((rs, row) -> List.of(rs.getString(1).toLowerCase(Locale.ROOT),
                        rs.getString(2).toLowerCase(Locale.ROOT)))
                .list().stream()
                .filter(column -> PERSONAL.matcher(column.get(1)).matches())
                .forEach(column -> tables.add(column.get(0)));
        return tables;
    }

    private List<String> tables() {
        return jdbc.sql("SELECT LOWER(table_name) FROM information_schema.tables WHERE LOWER(table_schema) = 'public'")
                .query(String.class).list();
    }
}
