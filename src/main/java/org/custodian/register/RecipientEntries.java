package org.custodian.register;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the DPO enters for each kind of recipient (REG-4).
 */
public final class RecipientEntries {

    private RecipientEntries() {
    }

    /**
     * An internal service.
     *
     * @param name    the service
     * @param role    one of the Custodian roles
     * @param purpose what it uses the data for
     */
    public record InternalService(
            @NotBlank(message = "{register.recipients.name.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
            @NotBlank(message = "{register.recipients.role.required}") @Pattern(regexp = "ADMIN|DPO|SALES|MARKETING|SUPPORT|ACCOUNTING|ARCHIVIST", message = "{register.recipients.role.required}") String role,
            @NotBlank(message = "{register.recipients.purpose.required}") @Size(max = 1000, message = "{validation.tooLong}") String purpose) {
    }

    /**
     * A processor.
     *
     * @param name              the processor
     * @param service           what it does
     * @param contact           how to reach it
     * @param clauses           the Art. 28(3) clauses its contract contains
     * @param lastAudit         the last audit, not in the future
     * @param returnDestruction the return and destruction terms
     */
    public record Processor(
            @NotBlank(message = "{register.recipients.name.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
            @NotBlank(message = "{register.recipients.service.required}") @Size(max = 1000, message = "{validation.tooLong}") String service,
            @Size(max = 300, message = "{validation.tooLong}") String contact,
            Set<Art28Clause> clauses,
            @PastOrPresent(message = "{register.recipients.lastAudit.future}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastAudit,
            @NotBlank(message = "{register.recipients.returnDestruction.required}") @Size(max = 1000, message = "{validation.tooLong}") String returnDestruction) {
    }

    /**
     * A partner.
     *
     * @param name    its identity
     * @param sector  its sector
     * @param purpose the purpose of the transmission
     */
    public record Partner(
            @NotBlank(message = "{register.recipients.name.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
            @NotBlank(message = "{register.recipients.sector.required}") @Size(max = 200, message = "{validation.tooLong}") String sector,
            @NotBlank(message = "{register.recipients.purpose.required}") @Size(max = 1000, message = "{validation.tooLong}") String purpose) {
    }

    /**
     * A transfer outside the EU.
     *
     * @param recipient who receives the data
     * @param country   where
     * @param mechanism its Chapter V ground
     * @param detail    the reference of the decision, clauses or derogation
     */
    public record Transfer(
            @NotBlank(message = "{register.recipients.name.required}") @Size(max = 200, message = "{validation.tooLong}") String recipient,
            @NotBlank(message = "{register.recipients.country.required}") @Size(max = 100, message = "{validation.tooLong}") String country,
            @NotNull(message = "{register.recipients.mechanism.required}") TransferMechanism mechanism,
            @Size(max = 1000, message = "{validation.tooLong}") String detail) {
    }
}
