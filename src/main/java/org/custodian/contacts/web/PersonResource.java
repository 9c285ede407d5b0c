package org.custodian.contacts.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.custodian.contacts.Audience;
import org.custodian.contacts.Civility;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.PersonView;
import org.custodian.contacts.ReviewFlag;
import org.custodian.contacts.SensitiveCategory;

/** A person as the API returns it. */
@Schema(name = "Person")
record PersonResource(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "Generated") UUID id,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "Generated, random (CON-2)",
                example = "CUS-7K2M9X4P1Q") String internalCode,
        PersonType type,
        Audience audience,
        Civility civility,
        String lastName,
        String firstNames,
        String email,
        String phone,
        LocalDate birthDate,
        String address,
        String company,
        String jobTitle,
        String accountingCode,
        String externalRef,
        String notes,
        String sector,
        @Schema(description = "Staff state that the e-mail address is a generic company address") boolean genericAddress,
        @Schema(description = "Why the note is flagged for review (CON-5); empty when it is not") List<Flag> reviewFlags,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "RET-1, PRO-6: the day the person's data was collected") LocalDate collectedAt,
        @Schema(description = "The day of the last contact from the person (a request, a reply, a call, a visit, a "
                + "click; never an e-mail open), as stated or raised by the contacts recorded, or null (PRO-6)")
        LocalDate lastContactAt,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "The end of the commercial relationship: the "
                + "latest of the last purchase, a warranty end, a contract end and the last contact; null when none "
                + "is known (RET, PRO-6)") LocalDate relationshipEndAt) {

    static PersonResource of(PersonView person) {
        var d = person.data();
        return new PersonResource(person.id().value(), person.internalCode(), d.type(), d.audience(), d.civility(),
                d.lastName(), d.firstNames(), d.email(), d.phone(), d.birthDate(), d.address(), d.company(),
                d.jobTitle(), d.accountingCode(), d.externalRef(), d.notes(), d.sector(), d.genericAddress(),
                person.reviewFlags().stream().map(Flag::of).toList(), person.createdAt(), person.updatedAt(),
                person.collectedAt(), person.lastContactAt(), person.relationshipEndAt());
    }

    /** One category of sensitive terms found in the note. */
    @Schema(name = "ReviewFlag")
    record Flag(SensitiveCategory category, List<String> terms) {

        static Flag of(ReviewFlag flag) {
            return new Flag(flag.category(), flag.terms());
        }
    }

    /** One page of persons. */
    @Schema(name = "PersonPage")
    record Page(List<PersonResource> content, int page, int size,
            @Schema(description = "Exact when totalCapped is false; otherwise there are more than this") long totalElements,
            @Schema(description = "Pages known so far (see totalCapped)") int totalPages,
            @Schema(description = "Whether the total was counted only up to ten pages beyond this one") boolean totalCapped) {

        static Page of(org.custodian.shared.Page<PersonView> result) {
            return new Page(result.content().stream().map(PersonResource::of).toList(), result.page(), result.size(),
                    result.total(), result.totalPages(), result.totalCapped());
        }
    }
}
