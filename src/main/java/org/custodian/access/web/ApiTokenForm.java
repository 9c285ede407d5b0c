package org.custodian.access.web;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.custodian.access.Role;
import org.springframework.format.annotation.DateTimeFormat;

/** The new-token form: a name saying which system uses it, its roles and an optional last valid day. */
record ApiTokenForm(
        @NotBlank @Size(max = 80) @Pattern(regexp = "[A-Za-z0-9._-]*") String name,
        @NotEmpty Set<Role> roles,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {

    static ApiTokenForm empty() {
        return new ApiTokenForm("", Set.of(), null);
    }
}
