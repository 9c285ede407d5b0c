package org.custodian.contacts.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The query parameters of the persons list and its export (CON-1), documented once for the OpenAPI description: the
 * handlers read them all from one map, so that filters contributed by other modules need no signature change.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(in = ParameterIn.QUERY, name = "q", description = "Search text: name, e-mail, company, codes; phone digits")
@Parameter(in = ParameterIn.QUERY, name = "type", schema = @Schema(allowableValues = {"CUSTOMER", "PROSPECT"}))
@Parameter(in = ParameterIn.QUERY, name = "audience", schema = @Schema(allowableValues = {"CONSUMER", "PROFESSIONAL"}))
@Parameter(in = ParameterIn.QUERY, name = "source", description = "How the person came into the file",
        schema = @Schema(allowableValues = {"IMPORT", "FORM", "API", "STAFF", "SYSTEM"}))
@Parameter(in = ParameterIn.QUERY, name = "createdFrom", description = "Created on or after this day (yyyy-MM-dd)",
        schema = @Schema(type = "string", format = "date"))
@Parameter(in = ParameterIn.QUERY, name = "createdTo", description = "Created on or before this day",
        schema = @Schema(type = "string", format = "date"))
@Parameter(in = ParameterIn.QUERY, name = "updatedFrom", description = "Last changed on or after this day",
        schema = @Schema(type = "string", format = "date"))
@Parameter(in = ParameterIn.QUERY, name = "updatedTo", description = "Last changed on or before this day",
        schema = @Schema(type = "string", format = "date"))
@Parameter(in = ParameterIn.QUERY, name = "consentEmail", description = "Consent state on the channel: given (active, "
        + "with proof, on at least one purpose), refused (withdrawn or objected on at least one purpose), none (no record)",
        schema = @Schema(allowableValues = {"given", "refused", "none"}))
@Parameter(in = ParameterIn.QUERY, name = "consentSms", description = "The same for SMS",
        schema = @Schema(allowableValues = {"given", "refused", "none"}))
@Parameter(in = ParameterIn.QUERY, name = "consentPhone", description = "The same for the phone",
        schema = @Schema(allowableValues = {"given", "refused", "none"}))
@Parameter(in = ParameterIn.QUERY, name = "consentPost", description = "The same for the post",
        schema = @Schema(allowableValues = {"given", "refused", "none"}))
@Parameter(in = ParameterIn.QUERY, name = "sort", description = "column[,asc|desc]: lastName (default), email, "
        + "internalCode, createdAt, updatedAt", example = "lastName,desc")
@Parameter(in = ParameterIn.QUERY, name = "page", description = "Zero-based page number (the list only)",
        schema = @Schema(type = "integer", minimum = "0"))
@Parameter(in = ParameterIn.QUERY, name = "size", description = "Page size, 1 to 200 (default 25; the list only)",
        schema = @Schema(type = "integer", minimum = "1", maximum = "200"))
@interface ListParameters {
}
