package org.custodian.register;

import java.util.Locale;

/**
 * A text of the register in French (the default) and English.
 *
 * @param fr the French text
 * @param en the English text
 */
public record LocalizedText(String fr, String en) {

    /**
     * The text in the reader's language: English for English readers, French otherwise; null when absent.
     */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null ? en : fr;
    }

    /**
     * Whether there is any text at all.
     */
    public boolean isPresent() {
        return fr != null && !fr.isBlank();
    }
}
