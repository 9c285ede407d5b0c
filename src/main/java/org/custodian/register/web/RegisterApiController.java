package org.custodian.register.web;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.custodian.register.ActivityView;
import org.custodian.register.Art30Record;
import org.custodian.register.ControllerIdentityMissing;
import org.custodian.register.ExportFormat;
import org.custodian.register.ProcessingRegister;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The processing register over the API (REG-1), read-only.
 */
@RestController
@RequestMapping("/api/v1/register")
@PreAuthorize("hasAnyRole('DPO','ADMIN')")
@Tag(name = "Register", description = "The record of processing activities: purposes, legal bases, data, recipients, retention")
class RegisterApiController {

    private final ProcessingRegister register;
    private final Art30Record record;

    RegisterApiController(ProcessingRegister register, Art30Record record) {
        this.register = register;
        this.record = record;
    }

    @GetMapping("/activities")
    @Operation(summary = "List the processing activities",
            description = "Every activity with its legal bases, data categories, recipients and structured retention "
                    + "rules (ISO-8601 duration, trigger, end action; for the intermediate archive its period, start, "
                    + "reason and end; the standard's exact wording), and its deviations from the CNIL standard.")
    List<ActivityView> activities() {
        return register.activities();
    }

    @GetMapping("/activities/{code}")
    @Operation(summary = "Read one processing activity by its stable code")
    @ApiResponse(responseCode = "404", description = "No activity has this code")
    ActivityView activity(@PathVariable String code) {
        return register.activity(code);
    }

    @GetMapping("/export")
    @Operation(summary = "Export the Art. 30 record of processing activities",
            description = "Generates the record from the live register and the organisation settings, keeps it as a "
                    + "new version (its SHA-256 is in the X-Content-SHA256 header) and returns it as JSON, CSV or PDF.")
    ResponseEntity<byte[]> export(@Parameter(description = "json, csv or pdf") @RequestParam(defaultValue = "json") String format) {
        var chosen = Arrays.stream(ExportFormat.values())
                .filter(candidate -> candidate.name().equalsIgnoreCase(format))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "format must be json, csv or pdf"));
        return ExportController.download(record.export(chosen));
    }

    @ExceptionHandler(ControllerIdentityMissing.class)
    ResponseEntity<ProblemDetail> controllerMissing(ControllerIdentityMissing missing) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, missing.getMessage()));
    }
}
