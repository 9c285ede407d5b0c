package org.custodian.rights;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font of the rights module's documents (the access package, the answer letter): Liberation Sans, which PDFBox
 * ships on the class path of every installation, so that a name in any Latin, Greek or Cyrillic script is printed as
 * it is stored. Its bytes are read once; each document parses them and embeds the subset its text uses.
 *
 * <p>The font's glyph substitutions (its OpenType GSUB table) are turned off. PDFBox applies them to every string it
 * writes, building a pattern matcher each time: measured on the access package (docs/benchmarks.md), that was about
 * 60 % of the time to write a ten-page document of tables. A Latin text needs none of them, and a ligature would
 * write two letters as one glyph that copy and paste or a screen reader cannot read back.
 */
final class DataFont {

    /** The family name the templates use. */
    static final String FAMILY = "Liberation Sans";

    private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] BYTES = read();

    private DataFont() {
    }

    /** The font for this document, embedded as the subset its text uses when the document is saved. */
    static PDFont in(PDDocument document) {
        try {
            var font = new TTFParser().parse(new RandomAccessReadBuffer(BYTES));
            font.setEnableGsub(false);
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read() {
        try (var in = DataFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's font " + RESOURCE + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
