package org.custodian.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit log ({@code custodian.audit.*}).
 *
 * @param hmacKey       key of the MAC chain ({@code CUSTODIAN_AUDIT_HMAC_KEY}); empty: a key file is used
 * @param keyFile       where the generated key lives when no key is configured
 * @param retention     how long entries are kept (CNIL deliberation 2021-122: 6 months to 1 year by default)
 * @param queueCapacity entries buffered in memory before callers wait for the writer
 * @param batchSize     most entries appended in one transaction
 * @param zone          time zone of the viewer's dates and of the CSV export
 * @param checkpointDirectory where the signed checkpoints of the chain are written, readable by their owner only:
 *                      a directory the DPO keeps and backs up apart from the database
 * @param checkpointMailTo the DPO's address that receives the daily checkpoint; empty: no mail. A setting, not
 *                      the organisation's DPO address in the database, so that whoever can write the database
 *                      cannot divert the checkpoints
 */
@ConfigurationProperties("custodian.audit")
record AuditProperties(
        String hmacKey,
        @DefaultValue("./data/audit-hmac.key") Path keyFile,
        @DefaultValue("365d") Duration retention,
        @DefaultValue("10000") int queueCapacity,
        @DefaultValue("500") int batchSize,
        @DefaultValue("Europe/Paris") ZoneId zone,
        @DefaultValue("./data/audit-checkpoints") Path checkpointDirectory,
        String checkpointMailTo) {
}
