package org.custodian.consent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProofOriginTests {

    @ParameterizedTest(name = "PRO-1 {0} is an IP address")
    @ValueSource(strings = {"203.0.113.9", "0.0.0.0", "255.255.255.255", "2001:db8::1", "::1", "::ffff:192.0.2.1",
            "fe80:0:0:0:0:0:0:1"})
    void addresses(String value) {
        assertThat(ProofOrigin.isIpAddress(value)).isTrue();
    }

    @ParameterizedTest(name = "PRO-1 {0} is not an IP address")
    @ValueSource(strings = {"<script>", "localhost", "example.com", "256.1.1.1", "1.2.3", "01.2.3.4", "1.2.3.4:80",
            "2001:db8::g", "fe80::1%eth0", ":", "", " 203.0.113.9"})
    void notAddresses(String value) {
        assertThat(ProofOrigin.isIpAddress(value)).isFalse();
    }

    @ParameterizedTest(name = "PRO-1 {0} is a source")
    @ValueSource(strings = {"https://boutique.example.com/checkout", "http://shop.example:8080/a?b=c", "checkout",
            "in-store", "mobile-app"})
    void sources(String value) {
        assertThat(ProofOrigin.isSource(value)).isTrue();
    }

    @ParameterizedTest(name = "PRO-1 {0} is not a source")
    @ValueSource(strings = {"<b>hi</b>", "javascript:alert(1)", "boutique.example.com/checkout", "ftp://x.example/",
            "https://user:pw@x.example/", "Checkout", "https:///nohost"})
    void notSources(String value) {
        assertThat(ProofOrigin.isSource(value)).isFalse();
    }

    @ParameterizedTest(name = "PRO-1 the Origin header {0} is refused as a source")
    @ValueSource(strings = {"<script>alert(1)</script>", "https://shop.example/page", "null", "checkout"})
    void notOrigins(String value) {
        assertThat(ProofOrigin.isOrigin(value)).isFalse();
    }
}
