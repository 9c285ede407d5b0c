package org.custodian.contacts.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import org.custodian.contacts.Audience;
import org.custodian.contacts.Civility;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;

/**
 * The body of {@code POST} and {@code PUT /api/v1/persons}: every writable field. Any other property
 * (including the read-only {@code id} and {@code internalCode}) is refused.
 */
@Schema(name = "PersonRequest", description = "A person's writable fields (CON-1). Unknown properties, the read-only "
        + "id and internalCode, and card security codes (CON-6) are refused with 400.")
record PersonRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PersonType type,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Audience audience,
        Civility civility,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100, example = "Dupont") String lastName,
        @Schema(maxLength = 150, example = "Marie Claire") String firstNames,
        @Schema(maxLength = 254, example = "marie.dupont@example.com") String email,
        @Schema(maxLength = 30, example = "+33 6 00 00 12 34") String phone,
        @Schema(description = "In the past, at most 130 years ago", example = "1984-05-17") LocalDate birthDate,
        @Schema(maxLength = 500) String address,
        @Schema(description = "Required for PROFESSIONAL, refused for CONSUMER", maxLength = 200) String company,
        @Schema(description = "Refused for CONSUMER", maxLength = 150) String jobTitle,
        @Schema(description = "Never a card, social security or identity document number (CON-2)", maxLength = 40,
                example = "411DUPONT") String accountingCode,
        @Schema(description = "Never a card, social security or identity document number (CON-2)", maxLength = 100,
                example = "SHOP-2024-000123") String externalRef,
        @Schema(description = "Free text (CON-5): card numbers and NIRs refused; sensitive terms and insults flagged "
                + "for review", maxLength = 4000) String notes,
        @Schema(description = "A professional's sector of activity (PRO-2: what a prospecting message must relate "
                + "to, with the job title); refused for CONSUMER", maxLength = 100, example = "Restauration collective")
        String sector,
        @Schema(description = "Staff state that the e-mail address is a generic company address that identifies no "
                + "one (contact@, info@ …); refused for CONSUMER. Absent means false.") Boolean genericAddress,
        @Schema(description = "RET-1, PRO-6: the day the person's data was collected (from the old file when the "
                + "company moved to Custodian), never in the future; the 3-year prospecting clock of a prospect runs "
                + "from it. Absent: today for POST, unchanged for PUT", example = "2022-03-14") LocalDate collectedAt,
        @Schema(description = "PRO-6: the day of the last contact from the person, never in the future nor before "
                + "collectedAt, nor (PUT) before a contact recorded from the person; the contacts recorded later raise "
                + "it. Absent: none for POST, unchanged for PUT", example = "2024-11-02") LocalDate lastContactAt) {

    /** The JSON property names this request accepts. */
    static final Set<String> PROPERTIES = Arrays.stream(PersonRequest.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName)
            .collect(Collectors.toUnmodifiableSet());

    PersonData toData() {
        return new PersonData(type, audience, civility, lastName, firstNames, email, phone, birthDate, address,
                company, jobTitle, accountingCode, externalRef, notes, sector, Boolean.TRUE.equals(genericAddress),
                collectedAt, lastContactAt);
    }
}
