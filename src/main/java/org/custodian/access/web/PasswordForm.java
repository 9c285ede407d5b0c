package org.custodian.access.web;

import jakarta.validation.constraints.NotBlank;

/** The change-password form. */
record PasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword, @NotBlank String confirmation) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }
}
