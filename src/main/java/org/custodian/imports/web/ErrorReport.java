package org.custodian.imports.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.custodian.imports.Imports;
import org.springframework.context.MessageSource;

/** The CSV download of an error report, for the API and the screens. */
final class ErrorReport {

    private ErrorReport() {
    }

    static void write(Imports imports, UUID id, MessageSource messages, Locale locale, HttpServletResponse response)
            throws IOException {
        var headings = List.of("row", "field", "rule", "message").stream()
                .map(column -> messages.getMessage("import.report." + column, null, locale)).toList();
        imports.get(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"");
        imports.writeErrors(id, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), headings);
    }
}
