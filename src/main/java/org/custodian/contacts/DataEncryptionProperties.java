package org.custodian.contacts;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the key of the sensitive data comes from ({@code custodian.data.*}, SEC-5).
 *
 * @param encryptionKey Base64 of 32 random bytes ({@code CUSTODIAN_DATA_ENCRYPTION_KEY}); empty: the key file is used
 * @param keyFile       where the generated key lives when none is configured, next to the audit key by default
 */
@ConfigurationProperties("custodian.data")
record DataEncryptionProperties(String encryptionKey, @DefaultValue("./data/data-encryption.key") Path keyFile) {
}
