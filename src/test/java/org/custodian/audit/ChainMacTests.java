package org.custodian.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChainMacTests {

    private static final Instant AT = Instant.parse("2026-11-23T10:15:30.123456Z");
    private final ChainMac macs = new ChainMac("unit-test-key-0123456789abcdef01".getBytes(StandardCharsets.UTF_8));

    private String mac(String previous, long sequence, Instant at, String actor, String resourceId) {
        return macs.entryMac(previous, sequence, at, actor, "READ", "person", resourceId, "support", null);
    }

    @Test
    @DisplayName("SEC-3 the same entry always gets the same MAC")
    void isDeterministic() {
        assertThat(mac(ChainMac.GENESIS, 1, AT, "sales", "42")).isEqualTo(mac(ChainMac.GENESIS, 1, AT, "sales", "42"))
                .hasSize(64);
    }

    @Test
    @DisplayName("SEC-3 changing the sequence, the time, a field or the previous MAC changes the MAC")
    void coversEveryField() {
        var original = mac(ChainMac.GENESIS, 1, AT, "sales", "42");
        assertThat(mac(ChainMac.GENESIS, 2, AT, "sales", "42")).isNotEqualTo(original);
        assertThat(mac(ChainMac.GENESIS, 1, AT.plusNanos(1000), "sales", "42")).isNotEqualTo(original);
        assertThat(mac(ChainMac.GENESIS, 1, AT, "sale", "42")).isNotEqualTo(original);
        assertThat(mac("1".repeat(64), 1, AT, "sales", "42")).isNotEqualTo(original);
    }

    @Test
    @DisplayName("SEC-3 moving characters from one field to the next changes the MAC")
    void fieldBoundariesCount() {
        assertThat(mac(ChainMac.GENESIS, 1, AT, "sales4", "2")).isNotEqualTo(mac(ChainMac.GENESIS, 1, AT, "sales", "42"));
    }

    @Test
    @DisplayName("SEC-3 the timestamp is serialised as seconds and six digits of microseconds")
    void serialisesMicroseconds() {
        assertThat(ChainMac.timestamp(Instant.parse("2026-11-23T10:15:30.000042Z"))).isEqualTo("1795428930.000042");
        assertThat(ChainMac.timestamp(Instant.parse("2026-11-23T10:15:30Z"))).isEqualTo("1795428930.000000");
    }

    @Test
    @DisplayName("SEC-3 another key gives another MAC")
    void dependsOnTheKey() {
        var other = new ChainMac("another-key-0123456789abcdef0123".getBytes(StandardCharsets.UTF_8));
        assertThat(other.entryMac(ChainMac.GENESIS, 1, AT, "sales", "READ", "person", "42", "support", null))
                .isNotEqualTo(mac(ChainMac.GENESIS, 1, AT, "sales", "42"));
    }

    @Test
    @DisplayName("SEC-3 the head seal covers the last entry and the anchor")
    void sealCoversTheHead() {
        var seal = macs.seal(10, "a".repeat(64), 3, "b".repeat(64), 7, AT);
        assertThat(macs.seal(11, "a".repeat(64), 3, "b".repeat(64), 7, AT)).isNotEqualTo(seal);
        assertThat(macs.seal(10, "a".repeat(64), 4, "b".repeat(64), 7, AT)).isNotEqualTo(seal);
        assertThat(new ChainHead(10, "a".repeat(64), 3, "b".repeat(64), 7, AT, seal).sealedBy(macs)).isTrue();
        assertThat(new ChainHead(10, "a".repeat(64), 2, "b".repeat(64), 7, AT, seal).sealedBy(macs)).isFalse();
    }

    @Test
    @DisplayName("SEC-3 the head seal covers its counter and its time, so an older head cannot pass for a newer one")
    void sealCoversTheCounterAndTime() {
        var seal = macs.seal(10, "a".repeat(64), 3, "b".repeat(64), 7, AT);

        assertThat(new ChainHead(10, "a".repeat(64), 3, "b".repeat(64), 8, AT, seal).sealedBy(macs)).isFalse();
        assertThat(new ChainHead(10, "a".repeat(64), 3, "b".repeat(64), 7, AT.plusSeconds(1), seal).sealedBy(macs))
                .isFalse();
        assertThat(new ChainHead(10, "a".repeat(64), 3, "b".repeat(64), 7, null, seal).sealedBy(macs)).isFalse();
    }

    @Test
    @DisplayName("SEC-3 a head sealed before it had a counter is recognised once, to be upgraded")
    void legacySealIsRecognised() {
        var legacy = macs.legacySeal(10, "a".repeat(64), 3, "b".repeat(64));

        assertThat(new ChainHead(10, "a".repeat(64), 3, "b".repeat(64), 0, null, legacy).sealedBeforeCounter(macs))
                .isTrue();
        assertThat(new ChainHead(10, "a".repeat(64), 3, "b".repeat(64), 0, null, legacy).sealedBy(macs)).isFalse();
        assertThat(new ChainHead(10, "a".repeat(64), 3, "b".repeat(64), 2, AT, legacy).sealedBeforeCounter(macs))
                .isFalse();
    }

    @Test
    @DisplayName("SEC-3 a checkpoint verifies with the key, and any change to it or another key is refused")
    void checkpointSignature() {
        var head = new ChainHead(10, "a".repeat(64), 3, "b".repeat(64), 7, AT, "c".repeat(64));
        var checkpoint = AuditCheckpoint.of(head, macs);
        var otherKey = new ChainMac("another-key-0123456789abcdef0123".getBytes(StandardCharsets.UTF_8));

        assertThat(checkpoint.signedBy(macs)).isTrue();
        assertThat(checkpoint.signedBy(otherKey)).isFalse();
        assertThat(new AuditCheckpoint(9, 7, AT, "a".repeat(64), checkpoint.signature()).signedBy(macs)).isFalse();
        assertThat(new AuditCheckpoint(10, 6, AT, "a".repeat(64), checkpoint.signature()).signedBy(macs)).isFalse();
    }
}
