package org.custodian.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.custodian.shared.PersonId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClickLinksTests {

    private final ClickLinks links = new ClickLinks("test-only-campaign-link-key-0123".getBytes(StandardCharsets.UTF_8));
    private final UUID campaign = UUID.randomUUID();
    private final PersonId person = new PersonId(UUID.randomUUID());

    @Test
    @DisplayName("issue 9 §4 only the template's http(s) links go through the click redirect, not the unsubscribe link")
    void rewritesTemplateLinksOnly() {
        var template = "<a href=\"https://shop.example/a\">A</a> <a href=\"{{desinscription}}\">stop</a>"
                + " <a href=\"mailto:x@example.org\">m</a>";
        var targets = ClickLinks.targets(template);
        var composed = "<a href=\"https://shop.example/a\">A</a> <a href=\"https://c.example/p/unsubscribe/tok\">stop</a>"
                + " <a href=\"mailto:x@example.org\">m</a>";

        var rewritten = links.rewrite(composed, targets, campaign, person, "https://c.example");

        assertThat(targets).containsExactly("https://shop.example/a");
        assertThat(rewritten).doesNotContain("https://shop.example/a").contains("https://c.example/p/c/")
                .contains("href=\"https://c.example/p/unsubscribe/tok\"").contains("mailto:x@example.org");
    }

    @Test
    @DisplayName("issue 9 §4 a token holds no id in clear and opens to its campaign, person and link")
    void tokenRoundTrip() {
        var token = links.token(campaign, person, 3);

        assertThat(token).doesNotContain(campaign.toString().replace("-", "")).doesNotContain(person.toString());
        var click = links.open(token).orElseThrow();
        assertThat(click.campaign()).isEqualTo(campaign);
        assertThat(click.person()).isEqualTo(person);
        assertThat(click.index()).isEqualTo(3);
    }

    @Test
    @DisplayName("issue 9 §4 a forged or altered token is refused: the redirect is no open redirect")
    void refusesForgedTokens() {
        var token = links.token(campaign, person, 0);
        var altered = token.substring(0, 20) + (token.charAt(20) == 'A' ? 'B' : 'A') + token.substring(21);
        var otherKey = new ClickLinks("another-campaign-link-key-012345".getBytes(StandardCharsets.UTF_8));

        assertThat(links.open(altered)).isEmpty();
        assertThat(links.open("not-a-token")).isEmpty();
        assertThat(otherKey.open(token)).isEmpty();
    }
}
