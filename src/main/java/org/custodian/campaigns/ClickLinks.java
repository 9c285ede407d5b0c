package org.custodian.campaigns;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.custodian.shared.PersonId;

/**
 * The click links of a campaign's HTML body (PRO-6: a click is a contact from the person, issue 9 §4). Each link of
 * the author's template to an http(s) address becomes {@code /p/c/<token>}, whose token is the campaign, the person and
 * the link's number among the template's links, encrypted and authenticated (AES-GCM): no id in clear, and a forged or
 * altered token is refused. The redirect goes only to an address that is in the campaign's template, so the link can
 * be no open redirect. Links with merge fields and the unsubscribe and preference links are left as they are: the
 * latter must work without Custodian's redirect, and their use is not a click.
 */
final class ClickLinks {

    private static final Pattern HREF = Pattern.compile("href\\s*=\\s*\"(https?://[^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int PAYLOAD_BYTES = 16 + 16 + 2;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    ClickLinks(byte[] key) {
        this.key = new SecretKeySpec(key, 0, 32, "AES");
    }

    /** The template's links a click may lead to, numbered in order of first appearance. */
    static List<String> targets(String templateHtml) {
        var targets = new LinkedHashSet<String>();
        if (templateHtml != null) {
            var matcher = HREF.matcher(templateHtml);
            while (matcher.find()) {
                if (!matcher.group(1).contains("{{")) {
                    targets.add(matcher.group(1));
                }
            }
        }
        return new ArrayList<>(targets);
    }

    /** The composed HTML body with the template's links going through {@code <base>/p/c/<token>}. */
    String rewrite(String html, List<String> targets, UUID campaign, PersonId person, String base) {
        var matcher = HREF.matcher(html);
        var rewritten = new StringBuilder();
        while (matcher.find()) {
            var index = targets.indexOf(matcher.group(1));
            var replacement = index < 0 ? matcher.group()
                    : "href=\"" + base + "/p/c/" + token(campaign, person, index) + "\"";
            matcher.appendReplacement(rewritten, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(rewritten);
        return rewritten.toString();
    }

    String token(UUID campaign, PersonId person, int index) {
        var payload = ByteBuffer.allocate(PAYLOAD_BYTES).putLong(campaign.getMostSignificantBits())
                .putLong(campaign.getLeastSignificantBits()).putLong(person.value().getMostSignificantBits())
                .putLong(person.value().getLeastSignificantBits()).putShort((short) index).array();
        var nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            var sealed = cipher.doFinal(payload);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a click link", e);
        }
    }

    /** What a token says, or empty when it is not one this key sealed (forged, altered, truncated). */
    Optional<Click> open(String token) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length != NONCE_BYTES + PAYLOAD_BYTES + TAG_BITS / 8) {
            return Optional.empty();
        }
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            var payload = ByteBuffer.wrap(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES));
            return Optional.of(new Click(new UUID(payload.getLong(), payload.getLong()),
                    new PersonId(new UUID(payload.getLong(), payload.getLong())), payload.getShort()));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    /** A click on link number {@code index} of {@code campaign}'s template, in the message to {@code person}. */
    record Click(UUID campaign, PersonId person, int index) {
    }
}
