package org.custodian.campaigns.web;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/campaigns}.
 */
@Schema(name = "CampaignRequest", description = "A campaign draft and its template (PRO-5). Both bodies must carry "
        + "{{desinscription}}; the merge fields are {{prenom}}, {{nom}}, {{civilite}}, {{desinscription}} and "
        + "{{preferences}}. The sender's identity and the opposition sentence are added by Custodian. Unknown "
        + "properties are refused with 400; a filter on sensitive data is refused naming CON-4.")
record CampaignApiRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, example = "Salons de jardin 2026")
        String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = "EMAIL", example = "EMAIL")
        String channel,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = "PROSPECTING",
                description = "The register's activity", example = "PROSPECTING") String purpose,
        @Schema(description = "The product family it promotes (GET /api/v1/product-families); the soft opt-in "
                + "holds for the same family only", example = "JARDIN") String productFamily,
        @ArraySchema(arraySchema = @Schema(description = "Professions and sectors its subject relates to: a "
                + "professional is reached without consent only when their job or sector matches one (PRO-2)"),
                schema = @Schema(example = "achats")) List<String> professions,
        @Schema(description = "Who it looks at; omitted: the whole file") Audience audience,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 300,
                example = "{{prenom}}, nos salons de jardin") String subject,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                example = "<p>Bonjour {{prenom}},</p><p><a href=\"{{desinscription}}\">Se désinscrire</a></p>")
        String html,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                example = "Bonjour {{prenom}},\nSe désinscrire : {{desinscription}}") String text,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, example = "Maison Lumière")
        String senderName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 254,
                example = "offres@maison-lumiere.example") String senderAddress) {

    /** The JSON property names this request accepts; any other is refused. */
    static final Set<String> PROPERTIES = names(CampaignApiRequest.class);

    static Set<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The audience filters: the file's ordinary data only (CON-4). Empty or absent filters select everyone. */
    @Schema(name = "CampaignAudience")
    record Audience(
            @ArraySchema(schema = @Schema(allowableValues = {"PROSPECT", "CUSTOMER"})) List<String> types,
            @ArraySchema(schema = @Schema(allowableValues = {"CONSUMER", "PROFESSIONAL"})) List<String> audiences,
            @ArraySchema(arraySchema = @Schema(description = "Product families of which the person bought one"),
                    schema = @Schema(example = "JARDIN")) List<String> productFamiliesBought,
            @ArraySchema(arraySchema = @Schema(description = "Postcodes or their beginning (a department)"),
                    schema = @Schema(example = "75")) List<String> postcodes,
            LocalDate createdFrom,
            LocalDate createdTo,
            LocalDate lastContactFrom,
            LocalDate lastContactTo) {

        static final Set<String> PROPERTIES = names(Audience.class);
    }
}
