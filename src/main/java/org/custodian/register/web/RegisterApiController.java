package org.custodian.register.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.custodian.register.ActivityView;
import org.custodian.register.ProcessingRegister;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The processing register over the API (REG-1), read-only.
 */
@RestController
@RequestMapping("/api/v1/register")
@PreAuthorize("hasAnyRole('DPO','ADMIN')")
@Tag(name = "Register", description = "The record of processing activities: purposes, legal bases, data, recipients, retention")
class RegisterApiController {

    private final ProcessingRegister register;

    RegisterApiController(ProcessingRegister register) {
        this.register = register;
    }

    @GetMapping("/activities")
    @Operation(summary = "List the processing activities",
            description = "Every activity with its legal bases, data categories, recipients and structured retention "
                    + "rules (ISO-8601 duration, trigger, end action), and its deviations from the CNIL standard.")
    List<ActivityView> activities() {
        return register.activities();
    }

    @GetMapping("/activities/{code}")
    @Operation(summary = "Read one processing activity by its stable code")
    @ApiResponse(responseCode = "404", description = "No activity has this code")
    ActivityView activity(@PathVariable String code) {
        return register.activity(code);
    }
}
