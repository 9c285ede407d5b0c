package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BinaryCopyTests {

    @Test
    @DisplayName("CON-10 texts are sent as their UTF-8 bytes after their length, whatever the script")
    void texts() {
        for (var text : new String[] {"", "Martin", "Éloïse Œuvre-Ça", "日本語", "emoji 😀 ok", "quote \" , ; \\ \n end"}) {
            var bytes = BinaryCopy.fields().add(text).bytes();
            var expected = text.getBytes(StandardCharsets.UTF_8);
            assertThat(ByteBuffer.wrap(bytes).getInt()).isEqualTo(expected.length);
            assertThat(Arrays.copyOfRange(bytes, 4, bytes.length)).isEqualTo(expected);
        }
        assertThat(BinaryCopy.fields().add("a\uD800b").bytes()).isEqualTo(new byte[] {0, 0, 0, 3, 'a', '?', 'b'});
    }

    @Test
    @DisplayName("CON-10 null, UUIDs, dates and timestamps take PostgreSQL's binary forms")
    void otherValues() {
        var id = UUID.fromString("0193a5f2-1234-7abc-8def-0123456789ab");
        var tuple = ByteBuffer.wrap(BinaryCopy.tuple(4).add(null).add(id).add(LocalDate.of(2000, 1, 3))
                .add(Instant.parse("1999-12-31T23:59:59.000001Z")).bytes());

        assertThat(tuple.getShort()).isEqualTo((short) 4);
        assertThat(tuple.getInt()).isEqualTo(-1);
        assertThat(tuple.getInt()).isEqualTo(16);
        assertThat(new UUID(tuple.getLong(), tuple.getLong())).isEqualTo(id);
        assertThat(tuple.getInt()).isEqualTo(4);
        assertThat(tuple.getInt()).isEqualTo(2);
        assertThat(tuple.getInt()).isEqualTo(8);
        assertThat(tuple.getLong()).isEqualTo(-999_999L);
        assertThat(tuple.hasRemaining()).isFalse();
        assertThat(BinaryCopy.HEADER).hasSize(19);
    }
}
