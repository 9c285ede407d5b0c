package org.custodian.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.custodian.rights.AccessPackageTable.Cell;
import org.custodian.shared.PersonId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccessPackageRowsTests {

    private static final AccessPackageRows.Words WORDS = new AccessPackageRows.Words() {
        @Override
        public String field(String name) {
            return name.equals("lastName") ? "Nom" : AccessPackageRows.humanised(name);
        }

        @Override
        public String constant(Enum<?> value) {
            return value == Colour.RED ? "rouge" : value.name();
        }

        @Override
        public String yes() {
            return "oui";
        }

        @Override
        public String no() {
            return "non";
        }

        @Override
        public String none() {
            return "—";
        }
    };

    private final AccessPackageRows rows = new AccessPackageRows(Locale.FRENCH, ZoneId.of("Europe/Paris"), WORDS);

    enum Colour { RED, BLUE }

    record Proof(String text, String ip) {
    }

    record Change(String field, String before, String after) {
    }

    record Person(PersonId id, String lastName, LocalDate birthDate, Instant recordedAt, boolean opposed,
            Colour colour, Proof proof, List<Change> changes, List<String> terms, java.util.Map<String, String> headers,
            String notes) {
    }

    private final PersonId id = new PersonId(UUID.fromString("7f8e1c2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b"));
    private final String longNote = "Très long texte ".repeat(400) + "fin";

    private Person person() {
        var headers = new LinkedHashMap<String, String>();
        headers.put("List-Unsubscribe", "<https://example.org/u/abc>");
        return new Person(id, "Dupont", LocalDate.of(1980, 2, 29), Instant.parse("2026-03-01T09:05:07Z"), true,
                Colour.RED, new Proof("J'accepte", "203.0.113.9"), List.of(new Change("email", null, "a@b.fr"),
                        new Change("phone", "06", "07")), List.of("santé", "religion"), headers, longNote);
    }

    private List<String> texts(AccessPackageTable table) {
        return table.rows().get(0).stream().map(Cell::text).toList();
    }

    @Test
    @DisplayName("DSR-3 every component of a record is a column, a nested record's components columns of their own")
    void everyComponentIsAColumn() {
        var table = rows.table("people", "Personnes", List.of(person()));

        assertThat(table.columns()).containsExactly("Id", "Nom", "Birth date", "Recorded at", "Opposed", "Colour",
                "Proof › Text", "Proof › Ip", "Changes", "Terms", "Headers", "Notes");
    }

    @Test
    @DisplayName("DSR-3 values are written in the reader's language: dates, times in the zone, yes/no, constants")
    void valuesInTheReadersLanguage() {
        var cells = texts(rows.table("people", "Personnes", List.of(person())));

        assertThat(cells).containsSubsequence(id.toString(), "Dupont", "29 février 1980", "1 mars 2026, 10:05:07",
                "oui", "rouge", "J'accepte", "203.0.113.9");
    }

    @Test
    @DisplayName("DSR-3 a list of records inside a record is a table in its cell, with every value")
    void nestedListIsATable() {
        var cell = rows.table("people", "Personnes", List.of(person())).rows().get(0).get(8);

        assertThat(cell.table().columns()).containsExactly("Field", "Before", "After");
        assertThat(cell.table().rows()).extracting(row -> row.stream().map(Cell::text).toList())
                .containsExactly(List.of("email", "—", "a@b.fr"), List.of("phone", "06", "07"));
    }

    @Test
    @DisplayName("DSR-3 lists of values and maps are written one item per line")
    void listsAndMapsOnePerLine() {
        var cells = texts(rows.table("people", "Personnes", List.of(person())));

        assertThat(cells.get(9)).isEqualTo("santé\nreligion");
        assertThat(cells.get(10)).isEqualTo("List-Unsubscribe : <https://example.org/u/abc>");
    }

    @Test
    @DisplayName("DSR-3 a long text is written in full, never shortened")
    void longTextInFull() {
        var cells = texts(rows.table("people", "Personnes", List.of(person())));

        assertThat(cells.get(11)).isEqualTo(longNote).hasSizeGreaterThan(6000);
    }

    @Test
    @DisplayName("DSR-3 a null value is an empty cell, a null nested record still gives its columns, empty")
    void nullsAreEmptyCells() {
        var empty = new Person(id, "Martin", null, null, false, null, null, List.of(), List.of(), java.util.Map.of(),
                null);

        var table = rows.table("people", "Personnes", List.of(empty));

        assertThat(table.columns()).contains("Proof › Text", "Proof › Ip");
        assertThat(table.rows().get(0)).filteredOn(Cell::empty).hasSize(9).allMatch(cell -> cell.text().equals("—"));
    }

    @Test
    @DisplayName("DSR-3 a kind with few short fields is shown side by side, one record per line; others one table each")
    void layoutByWidth() {
        var narrow = rows.table("changes", "Changements", List.of(new Change("email", "a", "b")));
        var wide = rows.table("people", "Personnes", List.of(person()));

        assertThat(narrow.sideBySide()).isTrue();
        assertThat(wide.sideBySide()).isFalse();
    }

    @Test
    @DisplayName("DSR-3 a name no translation gives is made readable")
    void humanisedNames() {
        assertThat(AccessPackageRows.humanised("formVersion")).isEqualTo("Form version");
        assertThat(AccessPackageRows.humanised("soft_opt_in_evidence")).isEqualTo("Soft opt in evidence");
        assertThat(AccessPackageRows.humanised("IMPORT_WITHOUT_PROOF")).isEqualTo("Import without proof");
    }
}
