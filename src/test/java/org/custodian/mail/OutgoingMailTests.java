package org.custodian.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutgoingMailTests {

    @Test
    @DisplayName("SEC-4 a header value carrying a line break is refused (no header injection)")
    void refusesHeaderInjection() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMail("lea@example.org", "Hello", "Body",
                null, Map.of("List-Unsubscribe", "<https://x.example/u>\r\nBcc: victim@example.org"), "test"));
    }

    @Test
    @DisplayName("SEC-4 a subject carrying a line break is refused")
    void refusesMultiLineSubject() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OutgoingMail.text("lea@example.org", "Hi\nBcc: x@example.org", "Body", "test"));
    }

    @Test
    @DisplayName("an address without a domain is refused")
    void refusesInvalidRecipient() {
        assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMail.text("lea", "Hello", "Body", "test"));
    }

    @Test
    @DisplayName("a message without category is filed as general")
    void defaultsTheCategory() {
        assertThat(OutgoingMail.text("lea@example.org", "Hello", "Body", null).category()).isEqualTo("general");
    }
}
