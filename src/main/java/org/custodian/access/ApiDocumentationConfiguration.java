package org.custodian.access;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the API's bearer-token authentication in the OpenAPI description, so that integrators see it and can use
 * «Authorize» in the Swagger UI.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentationConfiguration {

    static final String SCHEME = "apiToken";

    @Bean
    OpenApiCustomizer bearerTokenAuthentication() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP)
                    .scheme("bearer")
                    .description("An API token created by an administrator under Administration > API tokens."));
            openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
        };
    }
}
