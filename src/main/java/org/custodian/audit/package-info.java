/**
 * The access log (SEC-3): every access to personal data and every security event, kept append-only in a hash
 * chain sealed with a key held outside the database, so that an entry modified, deleted, inserted or rolled back is
 * found. Other modules write and read it through {@link org.custodian.audit.AuditLog} only, with an
 * {@link org.custodian.audit.AuditAction}; a change is logged only once its transaction commits. The chain is
 * verified by {@link org.custodian.audit.ChainVerifier}, anchored outside the database by signed checkpoints
 * ({@link org.custodian.audit.AuditCheckpoints}, mailed to the DPO through the
 * {@link org.custodian.audit.AuditCheckpointSigned} event) and purged past its own retention period
 * ({@link org.custodian.audit.AuditRetention}). The screen and the API let the DPO search and export it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "shared")
package org.custodian.audit;
