package org.custodian.audit;

import java.io.PrintStream;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command line way to verify the log against a checkpoint the DPO kept (SEC-3):
 * {@code java -jar custodian.jar --spring.main.web-application-type=none --custodian.audit.verify-checkpoint=<file>}
 * prints the result and ends with status 0 when the log is intact and not rolled back below the checkpoint,
 * 3 otherwise — so that a script or a monitoring probe can act on it.
 */
@Component
@ConditionalOnProperty("custodian.audit.verify-checkpoint")
class CheckpointCommand implements ApplicationRunner {

    static final int TAMPERED = 3;

    private final AuditLog auditLog;
    private final AuditCheckpoints checkpoints;
    private final ConfigurableApplicationContext context;
    private final Path file;

    CheckpointCommand(AuditLog auditLog, AuditCheckpoints checkpoints, ConfigurableApplicationContext context,
            @Value("${custodian.audit.verify-checkpoint}") Path file) {
        this.auditLog = auditLog;
        this.checkpoints = checkpoints;
        this.context = context;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        var status = verify(System.out);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    /** Verifies, prints one line per finding, and answers the exit status. */
    int verify(PrintStream out) {
        var checkpoint = checkpoints.read(file);
        var result = auditLog.verify(checkpoint);
        out.println("Checkpoint " + file.toAbsolutePath() + ": entry " + checkpoint.sequence() + ", seal "
                + checkpoint.sealCount() + ", sealed at " + checkpoint.sealedAt());
        out.println((result.valid() ? "AUDIT LOG INTACT: " : "AUDIT LOG TAMPERED: ") + result.describe());
        return result.valid() ? 0 : TAMPERED;
    }
}
