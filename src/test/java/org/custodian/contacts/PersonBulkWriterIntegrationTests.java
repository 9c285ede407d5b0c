package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.custodian.contacts.PersonImportSupport.ImportBatch;
import org.custodian.contacts.PersonImportSupport.Row;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@WithMockUser(username = "sam", roles = "SALES")
class PersonBulkWriterIntegrationTests {

    @Autowired
    PersonBulkWriter writer;

    @Autowired
    TimeOrderedIds ids;

    @Autowired
    Persons persons;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final String tag = "BW" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    @DisplayName("CON-2 CON-10 an internal code already stored, or twice in a batch, is drawn again instead of failing the batch")
    void collidingCodesAreDrawnAgain() {
        var stored = persons.create(data(tag + "-0"));
        // A code drawn twice within the batch: its second row must get a fresh one.
        var duplicate = "CUS-" + tag.substring(2, 8).toUpperCase() + "DUPE";
        var rows = List.of(row(stored.internalCode(), tag + "-1"), row(duplicate, tag + "-2"),
                row(duplicate, tag + "-3"));

        new TransactionTemplate(transactions).executeWithoutResult(status ->
                writer.create(rows, new ImportBatch(UUID.randomUUID(), "sam", Instant.now())));

        var codes = jdbc.sql("SELECT internal_code FROM person WHERE external_ref LIKE ?").param(tag + "%")
                .query(String.class).list();
        assertThat(codes).hasSize(4).doesNotHaveDuplicates().contains(stored.internalCode(), duplicate);
        for (var ref : List.of(tag + "-1", tag + "-2", tag + "-3")) {
            var row = jdbc.sql("SELECT internal_code, search_text FROM person WHERE external_ref = ?").param(ref)
                    .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
            assertThat(row.get(1)).contains(row.get(0).toLowerCase());
        }
    }

    private Row row(String code, String ref) {
        // as PersonImportSupport#check leaves a row: its day of collection known (RET-1)
        return PersonImportSupport.row(ids.next(), code, data(ref).withDates(LocalDate.of(2021, 6, 1), null), List.of());
    }

    private static PersonData data(String ref) {
        return new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Collision", null, null, null, null, null,
                null, null, null, ref, null);
    }
}
