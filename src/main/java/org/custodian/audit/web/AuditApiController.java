package org.custodian.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.custodian.audit.AuditCheckpoint;
import org.custodian.audit.AuditLog;
import org.custodian.audit.ChainVerification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Verification of the audit chain for monitoring and auditors (SEC-3).
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit log", description = "Integrity of the tamper-evident access log")
class AuditApiController {

    private final AuditLog auditLog;

    AuditApiController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @PostMapping("/verify")
    @PreAuthorize("hasAnyRole('DPO','ADMIN')")
    @Operation(summary = "Verify the audit chain, optionally against a checkpoint",
            description = "Walks every entry of the log and answers whether it is intact; when it is not, problem says "
                    + "what was found and firstBrokenEntry the sequence number of the first entry modified, deleted or "
                    + "inserted (null when the head row itself was deleted, reset or rewritten). With a body — the JSON "
                    + "of a checkpoint file, as written to the checkpoint directory or mailed to the DPO — it also "
                    + "reports a log rolled back below that checkpoint (ROLLED_BACK), rewritten since it "
                    + "(CHECKPOINT_MISMATCH), or a checkpoint not signed with this installation's key "
                    + "(CHECKPOINT_NOT_AUTHENTIC). The check is itself recorded in the log. Roles: DPO, ADMIN.")
    ChainVerification verify(@RequestBody(required = false) AuditCheckpoint checkpoint) {
        return checkpoint == null ? auditLog.verify() : auditLog.verify(checkpoint);
    }
}
