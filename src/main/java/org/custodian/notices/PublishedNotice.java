package org.custodian.notices;

import java.time.Instant;
import java.util.Locale;

/**
 * A published version of the privacy notice (INF-1): what was shown to people from {@code publishedAt} until the next
 * version. Consents record its {@code version}.
 *
 * @param version     1, 2, 3 ...
 * @param publishedAt when it was published
 * @param publishedBy who published it
 * @param hash        SHA-256 of both texts, to prove the content was not changed afterwards
 * @param french      the notice in French
 * @param english     the notice in English
 */
public record PublishedNotice(int version, Instant publishedAt, String publishedBy, String hash,
        NoticeDocument french, NoticeDocument english) {

    /**
     * The notice in the reader's language: English for English readers, French otherwise.
     */
    public NoticeDocument in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? english : french;
    }
}
