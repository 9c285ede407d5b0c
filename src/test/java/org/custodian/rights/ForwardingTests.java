package org.custodian.rights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ForwardingTests {

    @Test
    @DisplayName("DSR-6 a processor's address is the e-mail address written in its contact, whatever surrounds it")
    void addressInContact() {
        assertThat(Forwarding.address("Service DPO <dpo@routeur.example>, 02 40 00 00 00"))
                .isEqualTo("dpo@routeur.example");
        assertThat(Forwarding.address("dpo@routeur.example")).isEqualTo("dpo@routeur.example");
    }

    @Test
    @DisplayName("DSR-6 a contact without an e-mail address means the recipient is told by other means")
    void noAddress() {
        assertThat(Forwarding.address("02 40 00 00 00, 1 rue du Port, Nantes")).isNull();
        assertThat(Forwarding.address(null)).isNull();
    }
}
