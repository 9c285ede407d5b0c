package org.custodian.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DSR-3 — the font of the access package and the answer letter writes letters as they are stored. */
class DataFontTests {

    @Test
    @DisplayName("DSR-3 the documents' font applies no glyph substitution (the cost of most of the PDF's writing)")
    void noGlyphSubstitution() throws Exception {
        try (var document = new PDDocument()) {
            var font = (PDType0Font) DataFont.in(document);

            assertThat(font.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
        }
    }

    @Test
    @DisplayName("DSR-3 a text written in the documents' font is read back letter for letter, accents and other scripts included")
    void readBackWhole() throws Exception {
        var text = "Office fiche efflorescente — Héloïse Øster, Ζωή, Жанна";
        var out = new ByteArrayOutputStream();
        try (var document = new PDDocument()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(DataFont.in(document), 11);
                content.newLineAtOffset(50, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
        }

        try (var saved = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(saved).strip()).isEqualTo(text);
        }
    }
}
