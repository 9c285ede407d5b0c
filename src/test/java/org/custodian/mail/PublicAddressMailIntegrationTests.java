package org.custodian.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.custodian.audit.AuditLog;
import org.custodian.shared.PublicAddress;
import org.custodian.shared.PublicAddressConfirmed;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 8 §2 with {@code CUSTODIAN_PUBLIC_URL} unset: the address derived from an administrator's request is not
 * trusted for mails until confirmed. The application under test has its address configured, so these tests build
 * their own {@link PublicAddress} (unset) and {@link Mailer} over the same outbox, with an SMTP transport that records.
 */
@IntegrationTest
class PublicAddressMailIntegrationTests {

    private static final String DERIVED = "http://10.20.30.40:8080";
    private static final String CONFIRMED = "https://clients.example.fr";

    @Autowired
    MailOutbox outbox;

    @Autowired
    AuditLog audit;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    private final List<UUID> delivered = new ArrayList<>();
    private PublicAddress address;
    private Mailer mailer;
    private MailDispatcher dispatcher;

    @BeforeEach
    void unsetAddress() {
        jdbc.sql("DELETE FROM public_address").update();
        jdbc.sql("DELETE FROM mail_message WHERE status = 'AWAITING_ADDRESS'").update();
        var properties = new MailProperties("no-reply@example.org", 3, Duration.ofMinutes(1), Duration.ofDays(90));
        dispatcher = new MailDispatcher(outbox, mail -> delivered.add(mail.id()), properties, clock, Runnable::run);
        var mailers = new Mailer[1];
        address = new PublicAddress("", jdbc, clock, event -> {
            if (event instanceof PublicAddressConfirmed confirmed) {
                mailers[0].on(confirmed);
            }
        });
        mailer = new Mailer(outbox, dispatcher, event -> {
        }, audit, clock, address);
        mailers[0] = mailer;
    }

    @AfterEach
    void forgetAddress() {
        jdbc.sql("DELETE FROM public_address").update();
    }

    @Test
    @DisplayName("the first administrator's request proposes the address, unconfirmed; later requests do not change it")
    void derivedFromTheFirstAdministratorsRequest() {
        assertThat(address.current().confirmed()).isFalse();

        address.deriveFrom(DERIVED + "/");
        address.deriveFrom("http://other-host:9090");

        assertThat(address.current()).isEqualTo(new PublicAddress.Current(DERIVED, false, false));
    }

    @Test
    @DisplayName("a mail with a link to the unconfirmed address waits, with its reason; a mail without a link leaves")
    void mailWithALinkWaitsForTheConfirmation() {
        address.deriveFrom(DERIVED);

        var withLink = mailer.send(OutgoingMail.text(to(), "Confirmez", "Cliquez : " + DERIVED + "/p/consents/confirm/abc",
                "consent-confirmation"));
        var withoutLink = mailer.send(OutgoingMail.text(to(), "Bonjour", "Pas de lien ici.", "test"));

        assertThat(outbox.find(withLink).orElseThrow().status()).isEqualTo(MailStatus.AWAITING_ADDRESS);
        assertThat(outbox.find(withoutLink).orElseThrow().status()).isEqualTo(MailStatus.QUEUED);
        dispatcher.dispatch(withLink);
        assertThat(delivered).doesNotContain(withLink);
    }

    @Test
    @DisplayName("once an administrator confirms a corrected address, the waiting mail leaves with its link corrected")
    void confirmationReleasesTheMailWithCorrectedLinks() {
        address.deriveFrom(DERIVED);
        var id = mailer.send(OutgoingMail.text(to(), "Confirmez", "Cliquez : " + DERIVED + "/p/consents/confirm/abc",
                "consent-confirmation"));

        address.confirm(CONFIRMED + "/", "admin");
        dispatcher.dispatch(id);

        assertThat(address.current()).isEqualTo(new PublicAddress.Current(CONFIRMED, true, false));
        assertThat(delivered).containsExactly(id);
        var sent = outbox.find(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(MailStatus.SENT);
        assertThat(sent.text()).contains(CONFIRMED + "/p/consents/confirm/abc").doesNotContain(DERIVED);
    }

    @Test
    @DisplayName("a configured address (CUSTODIAN_PUBLIC_URL) is confirmed by definition and never derived")
    void configuredAddressIsConfirmed() {
        var configured = new PublicAddress("https://crm.example.fr/", jdbc, clock, event -> {
        });

        configured.deriveFrom(DERIVED);

        assertThat(configured.current()).isEqualTo(new PublicAddress.Current("https://crm.example.fr", true, true));
        assertThat(address.current().url()).isNotEqualTo(DERIVED);
    }

    @Test
    @DisplayName("only complete http(s) addresses without query or fragment are accepted")
    void onlyCompleteAddresses() {
        assertThat(PublicAddress.valid("https://clients.example.fr/crm")).isTrue();
        assertThat(PublicAddress.valid("clients.example.fr")).isFalse();
        assertThat(PublicAddress.valid("ftp://clients.example.fr")).isFalse();
        assertThat(PublicAddress.valid("https://clients.example.fr/?x=1")).isFalse();
        assertThat(PublicAddress.valid("https://user@clients.example.fr")).isFalse();
    }

    private static String to() {
        return "awaiting-" + UUID.randomUUID() + "@example.org";
    }
}
