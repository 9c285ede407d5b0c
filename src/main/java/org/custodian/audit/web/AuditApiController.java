package org.custodian.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.custodian.audit.AuditLog;
import org.custodian.audit.ChainVerification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
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
    @Operation(summary = "Verify the audit chain",
            description = "Walks the whole chain and answers whether it is intact; when it is not, firstBrokenEntry "
                    + "is the sequence number of the first entry that was modified or deleted. The check is itself "
                    + "recorded in the log. Roles: DPO, ADMIN.")
    ChainVerification verify() {
        return auditLog.verify();
    }
}
