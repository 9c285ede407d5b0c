package org.custodian.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.simplejavamail.utils.mail.dkim.Canonicalization;
import org.simplejavamail.utils.mail.dkim.DkimMessage;
import org.simplejavamail.utils.mail.dkim.DkimSigner;
import org.simplejavamail.utils.mail.dkim.SigningAlgorithm;

/**
 * The DKIM signature of outgoing messages (PRO-5, RFC 6376), covering the RFC 8058 headers {@code List-Unsubscribe}
 * and {@code List-Unsubscribe-Post} besides From, To, Subject and the body: the large mailbox providers require both
 * DKIM and a signed one-click unsubscribe from bulk senders. The key is read once; a signer is made per message
 * because the library's signer keeps digest state and the dispatcher delivers from several threads.
 */
final class DkimSigning {

    static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
    static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";

    private final String domain;
    private final String selector;
    private final RSAPrivateKey key;

    DkimSigning(String domain, String selector, RSAPrivateKey key) {
        this.domain = domain;
        this.selector = selector;
        this.key = key;
    }

    /** The signing the properties configure, or null when no DKIM domain is set. */
    static DkimSigning of(MailProperties.Dkim dkim) {
        if (!dkim.configured()) {
            return null;
        }
        if (dkim.selector() == null || dkim.selector().isBlank() || dkim.privateKeyFile() == null) {
            throw new IllegalStateException(
                    "custodian.mail.dkim.domain is set: custodian.mail.dkim.selector and private-key-file are required");
        }
        return new DkimSigning(dkim.domain().strip(), dkim.selector().strip(), readKey(Path.of(dkim.privateKeyFile())));
    }

    /** A copy of the message that writes itself signed. */
    MimeMessage sign(MimeMessage message) throws MessagingException {
        var signer = new DkimSigner(domain, selector, key);
        signer.setHeaderCanonicalization(Canonicalization.RELAXED);
        signer.setBodyCanonicalization(Canonicalization.RELAXED);
        signer.setSigningAlgorithm(SigningAlgorithm.SHA256_WITH_RSA);
        signer.setCheckDomainKey(false);
        signer.addHeaderToSign(LIST_UNSUBSCRIBE);
        signer.addHeaderToSign(LIST_UNSUBSCRIBE_POST);
        message.saveChanges();
        return new DkimMessage(message, signer);
    }

    static RSAPrivateKey readKey(Path file) {
        try {
            var bytes = Files.readAllBytes(file);
            var text = new String(bytes, StandardCharsets.US_ASCII);
            if (text.contains("-----BEGIN PRIVATE KEY-----")) {
                bytes = Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "").strip());
            } else if (text.contains("-----BEGIN RSA PRIVATE KEY-----")) {
                throw new IllegalStateException(file + " is a PKCS#1 key: convert it with "
                        + "openssl pkcs8 -topk8 -nocrypt -in dkim.key -out dkim.pem");
            }
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(bytes));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the DKIM private key " + file, e);
        }
    }
}
