package org.custodian.contacts.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.custodian.contacts.Audience;
import org.custodian.contacts.Civility;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.PersonView;
import org.custodian.contacts.Persons;
import org.custodian.shared.CsvWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Component;

/**
 * CON-1: the export of a selection of the persons list, for the screen and the API: CSV ({@code ;}-separated, UTF-8
 * with a byte-order mark, every cell guarded against formulas: {@link CsvWriter}) or JSON (an array of objects), both
 * streamed row by row to the response as the database streams them, and audited once with the filters and the count.
 * The note is left out: a list export serves prospecting and mailing, not the follow-up of one person.
 */
@Component
class PersonExport {

    /** The formats an export can take, named as in the {@code format} parameter. */
    enum Format {
        CSV("text/csv", "csv"), JSON("application/json", "json");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        static Format of(String name) {
            return "json".equalsIgnoreCase(name) ? JSON : CSV;
        }
    }

    private static final String[] HEADER = {"internalCode", "type", "audience", "civility", "lastName", "firstNames",
        "email", "phone", "birthDate", "address", "company", "jobTitle", "accountingCode", "externalRef", "createdAt",
        "updatedAt"};

    private final Persons persons;
    private final DateTimeFormatter timestamps;

    PersonExport(Persons persons, @Value("${custodian.time-zone:Europe/Paris}") ZoneId zone) {
        this.persons = persons;
        this.timestamps = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    }

    /** Writes the selection to the response as a file to download, and audits it. */
    void write(PersonListQuery query, Format format, String purpose, HttpServletResponse response) throws IOException {
        response.setContentType(format.contentType);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("persons." + format.extension).build().toString());
        try (var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            if (format == Format.CSV) {
                csv(query, purpose, out);
            } else {
                json(query, purpose, out);
            }
        }
    }

    private void csv(PersonListQuery query, String purpose, Writer out) {
        var csv = CsvWriter.start(out, HEADER);
        persons.export(query.criteria(), query.sort(), "CSV", purpose, person -> {
            var d = person.data();
            csv.row(person.internalCode(), d.type(), d.audience(), d.civility(), d.lastName(), d.firstNames(),
                    d.email(), d.phone(), d.birthDate(), d.address(), d.company(), d.jobTitle(), d.accountingCode(),
                    d.externalRef(), timestamps.format(person.createdAt()), timestamps.format(person.updatedAt()));
        });
        csv.flush();
    }

    private void json(PersonListQuery query, String purpose, Writer out) {
        var mapper = JsonMapper.shared();
        var first = new boolean[] {true};
        try {
            out.write('[');
            persons.export(query.criteria(), query.sort(), "JSON", purpose, person -> {
                try {
                    out.write(first[0] ? "\n" : ",\n");
                    first[0] = false;
                    out.write(mapper.writeValueAsString(Row.of(person)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.write("\n]\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One person of a JSON export: the fields of the CSV, with the id. */
    record Row(UUID id, String internalCode, PersonType type, Audience audience, Civility civility, String lastName,
            String firstNames, String email, String phone, LocalDate birthDate, String address, String company,
            String jobTitle, String accountingCode, String externalRef, Instant createdAt, Instant updatedAt) {

        static Row of(PersonView person) {
            var d = person.data();
            return new Row(person.id().value(), person.internalCode(), d.type(), d.audience(), d.civility(),
                    d.lastName(), d.firstNames(), d.email(), d.phone(), d.birthDate(), d.address(), d.company(),
                    d.jobTitle(), d.accountingCode(), d.externalRef(), person.createdAt(), person.updatedAt());
        }
    }
}
