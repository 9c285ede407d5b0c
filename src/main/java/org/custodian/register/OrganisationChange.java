package org.custodian.register;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A change of the organisation settings, from the settings screen or the API.
 */
public record OrganisationChange(
        @NotBlank(message = "{organisation.name.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
        @NotBlank(message = "{organisation.address.required}") @Size(max = 500, message = "{validation.tooLong}") String address,
        @FrenchRegistrationNumber String registrationNumber,
        @NotBlank(message = "{organisation.dpoName.required}") @Size(max = 200, message = "{validation.tooLong}") String dpoName,
        @NotBlank(message = "{organisation.dpoEmail.required}") @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.tooLong}") String dpoEmail,
        @Pattern(regexp = "^$|^[+0-9 ().-]{6,30}$", message = "{validation.phone}") String dpoPhone,
        @NotBlank(message = "{organisation.rightsEmail.required}") @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.tooLong}") String rightsEmail,
        @Size(max = 500, message = "{validation.tooLong}") String rightsPostalAddress) {
}
