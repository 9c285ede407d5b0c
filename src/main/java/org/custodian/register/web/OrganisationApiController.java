package org.custodian.register.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.custodian.register.Organisation;
import org.custodian.register.OrganisationChange;
import org.custodian.register.OrganisationSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation settings over the API (REG-5).
 */
@RestController
@RequestMapping("/api/v1/organisation")
@PreAuthorize("hasAnyRole('DPO','ADMIN')")
@Tag(name = "Organisation", description = "The controller's identity, its DPO and the address for rights requests")
class OrganisationApiController {

    private final OrganisationSettings settings;

    OrganisationApiController(OrganisationSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    @Operation(summary = "Read the organisation settings")
    Organisation get() {
        return settings.current();
    }

    @PutMapping
    @Operation(summary = "Replace the organisation settings")
    Organisation put(@Valid @RequestBody OrganisationChange change) {
        return settings.update(change);
    }
}
