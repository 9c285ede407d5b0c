package org.custodian.rights;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.custodian.register.Organisation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The answer letter as a PDF (DSR-7): the organisation as sender, the requester, the date, the subject and the
 * letter the DPO wrote, with the list of the files it comes with; template {@code rights/answer-letter}, laid out by
 * openhtmltopdf in {@link DataFont} as the access package is.
 */
@Component
class AnswerLetterPdf {

    private final ITemplateEngine templates;
    private final MessageSource messages;

    AnswerLetterPdf(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    byte[] render(Organisation organisation, String recipient, LocalDate date, String subject, String letter,
            List<String> files, Locale locale) {
        var context = new Context(locale);
        context.setVariable("organisation", organisation);
        context.setVariable("recipient", recipient);
        context.setVariable("date", messages.getMessage("rights.answer.pdf.date",
                new Object[] {date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))},
                locale));
        context.setVariable("subject", subject);
        context.setVariable("letter", letter);
        context.setVariable("files", files);
        var out = new ByteArrayOutputStream();
        try (var document = new PDDocument()) {
            new PdfRendererBuilder().useFastMode()
                    .usePDDocument(document)
                    .useFont(new PDFontSupplier(DataFont.in(document)), DataFont.FAMILY)
                    .withHtmlContent(templates.process("rights/answer-letter", context), null)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
