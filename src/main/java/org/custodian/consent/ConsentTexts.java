package org.custodian.consent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The exact texts shown next to consent boxes, stored once and referenced by their SHA-256, so that
 * thousands of proofs share one copy and none can be altered without its hash changing.
 */
@Repository
class ConsentTexts {

    private final JdbcClient jdbc;

    ConsentTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String store(String text, Instant at) {
        var hash = hash(text);
        var known = jdbc.sql("SELECT COUNT(*) FROM consent_text WHERE hash = ?").param(hash).query(Long.class).single();
        if (known == 0) {
            jdbc.sql("INSERT INTO consent_text (hash, text, first_seen_at) VALUES (?, ?, ?)")
                    .params(hash, text, Timestamp.from(at)).update();
        }
        return hash;
    }

    /** Stores each of these texts once (one query for those already known) and answers their hashes. */
    Map<String, String> storeAll(Collection<String> texts, Instant at) {
        var hashes = new HashMap<String, String>();
        texts.forEach(text -> hashes.put(text, hash(text)));
        if (hashes.isEmpty()) {
            return hashes;
        }
        var known = new HashSet<>(jdbc.sql("SELECT hash FROM consent_text WHERE hash IN (:hashes)")
                .param("hashes", new HashSet<>(hashes.values())).query(String.class).list());
        for (var entry : hashes.entrySet()) {
            if (known.add(entry.getValue())) {
                jdbc.sql("INSERT INTO consent_text (hash, text, first_seen_at) VALUES (?, ?, ?)")
                        .params(entry.getValue(), entry.getKey(), Timestamp.from(at)).update();
            }
        }
        return hashes;
    }

    String text(String hash) {
        return jdbc.sql("SELECT text FROM consent_text WHERE hash = ?").param(hash).query(String.class).single();
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
