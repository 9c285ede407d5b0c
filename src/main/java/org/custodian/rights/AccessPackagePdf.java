package org.custodian.rights;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The access package as a document a company sends (DSR-3): HTML from the Thymeleaf template
 * {@code rights/access-package}, turned into PDF by openhtmltopdf as the register's Art. 30 record is. The values are
 * set in {@link DataFont}, so that a name in any Latin, Greek or Cyrillic script is printed as it is stored.
 */
@Component
class AccessPackagePdf {

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final ZoneId zone;

    AccessPackagePdf(ITemplateEngine templates, MessageSource messages,
            @Value("${custodian.time-zone:Europe/Paris}") ZoneId zone) {
        this.templates = templates;
        this.messages = messages;
        this.zone = zone;
    }

    byte[] render(AccessPackage gathered, Locale locale) {
        var out = new ByteArrayOutputStream();
        try (var document = new PDDocument()) {
            new PdfRendererBuilder().useFastMode()
                    .usePDDocument(document)
                    .useFont(new PDFontSupplier(DataFont.in(document)), DataFont.FAMILY)
                    .withHtmlContent(html(gathered, locale), null)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The document's HTML, before it is laid out in pages. */
    String html(AccessPackage gathered, Locale locale) {
        var words = new AccessPackageWords(messages, locale);
        var rows = new AccessPackageRows(locale, zone, words);
        var sections = gathered.sections().stream()
                .map(section -> new SectionView(section.section(), words.section(section.section()),
                        section.records().entrySet().stream()
                                .map(kind -> rows.table(kind.getKey(), words.kind(kind.getKey()), kind.getValue()))
                                .toList()))
                .toList();
        var retention = gathered.retention().stream()
                .map(rule -> new RetentionView(words.section(rule.section()), rule.table(),
                        words.tableContents(rule.table(), rule.dataCategories()),
                        words.retention(rule.table(), rule.rule())))
                .toList();
        var context = new Context(locale);
        var metadata = gathered.metadata();
        context.setVariable("meta", metadata);
        context.setVariable("generatedAt", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(metadata.generatedAt()));
        context.setVariable("zone", zone.getId());
        context.setVariable("sections", sections);
        context.setVariable("recordCount", gathered.recordCount());
        context.setVariable("retention", retention);
        return templates.process("rights/access-package", context);
    }

    /** One holder's part of the document. */
    record SectionView(String section, String title, List<AccessPackageTable> tables) {

        public int records() {
            return tables.stream().mapToInt(table -> table.rows().size()).sum();
        }
    }

    /** One line of "what we keep and for how long". */
    record RetentionView(String section, String table, String contents, String rule) {
    }
}
