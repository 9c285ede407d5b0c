package org.custodian.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The MACs of the audit chain (SEC-3): each entry's MAC is HMAC-SHA256(key, previous MAC ‖ canonical
 * serialisation of its fields, sequence and timestamp included), the chain head carries a seal over
 * its own fields, and checkpoints kept outside the database carry a signature. The serialisation prefixes
 * every field with its length, so that moving characters from one field to the next changes the MAC.
 */
final class ChainMac {

    static final String GENESIS = "0".repeat(64);
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    ChainMac(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    String entryMac(String previousMac, long sequence, Instant occurredAt, String actor, String action,
            String resourceType, String resourceId, String purpose, String detail) {
        var canonical = new StringBuilder(256).append(previousMac).append('|');
        field(canonical, Long.toString(sequence));
        field(canonical, timestamp(occurredAt));
        field(canonical, actor);
        field(canonical, action);
        field(canonical, resourceType);
        field(canonical, resourceId);
        field(canonical, purpose);
        field(canonical, detail);
        return hmac(canonical.toString());
    }

    /**
     * The head's seal: its counter and time are inside, so that an old head row cannot pass for the current one
     * once this node or a checkpoint has seen a later seal.
     */
    String seal(long lastSequence, String lastMac, long anchorSequence, String anchorMac, long sealCount,
            Instant sealedAt) {
        var canonical = new StringBuilder("head2|");
        field(canonical, Long.toString(lastSequence));
        field(canonical, lastMac);
        field(canonical, Long.toString(anchorSequence));
        field(canonical, anchorMac);
        field(canonical, Long.toString(sealCount));
        field(canonical, timestamp(sealedAt));
        return hmac(canonical.toString());
    }

    /** The seal of heads written before migration V23, checked once to upgrade them. */
    String legacySeal(long lastSequence, String lastMac, long anchorSequence, String anchorMac) {
        var canonical = new StringBuilder("head|");
        field(canonical, Long.toString(lastSequence));
        field(canonical, lastMac);
        field(canonical, Long.toString(anchorSequence));
        field(canonical, anchorMac);
        return hmac(canonical.toString());
    }

    /** The signature of a checkpoint: only a holder of the key can make one the application accepts. */
    String checkpointSignature(long sequence, long sealCount, Instant sealedAt, String headMac) {
        var canonical = new StringBuilder("checkpoint1|");
        field(canonical, Long.toString(sequence));
        field(canonical, Long.toString(sealCount));
        field(canonical, timestamp(sealedAt));
        field(canonical, headMac);
        return hmac(canonical.toString());
    }

    static boolean same(String expected, String actual) {
        return actual != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                actual.getBytes(StandardCharsets.US_ASCII));
    }

    /** Seconds and microseconds since the epoch: the precision both databases keep. */
    static String timestamp(Instant instant) {
        var micros = Integer.toString(instant.getNano() / 1000);
        return instant.getEpochSecond() + "." + "000000".substring(micros.length()) + micros;
    }

    private static void field(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append("-;");
        }
        else {
            canonical.append(value.length()).append(':').append(value).append(';');
        }
    }

    private String hmac(String canonical) {
        var mac = macs.get();
        return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
