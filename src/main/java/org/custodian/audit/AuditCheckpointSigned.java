package org.custodian.audit;

/**
 * A checkpoint of the audit chain was signed and is to be mailed to the DPO (SEC-3); the mail module sends
 * it. It carries the DPO's configured address and the checkpoint — a seal, no personal data of the file.
 *
 * @param to         the DPO's address ({@code custodian.audit.checkpoint-mail-to})
 * @param checkpoint the checkpoint, also written to the checkpoint directory
 * @param json       the checkpoint as its file holds it, to attach or paste back for verification
 */
public record AuditCheckpointSigned(String to, AuditCheckpoint checkpoint, String json) {
}
