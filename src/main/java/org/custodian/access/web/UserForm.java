package org.custodian.access.web;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.custodian.access.NewUser;
import org.custodian.access.Role;

/** The new-account form; the password is generated, never typed by the administrator. */
record UserForm(
        @NotBlank @Size(min = 2, max = 60) @Pattern(regexp = "[A-Za-z0-9._-]*") String username,
        @NotBlank @Size(max = 120) String displayName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotEmpty Set<Role> roles) {

    static UserForm empty() {
        return new UserForm("", "", "", Set.of());
    }

    NewUser command() {
        return new NewUser(username, displayName, email, roles);
    }
}
