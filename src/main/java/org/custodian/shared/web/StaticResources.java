package org.custodian.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static files, served under their own paths only ({@code spring.web.resources.add-mappings=false}). Spring
 * Boot's default handler for {@code /**} made every link of every page ({@code @{/persons}} …) a static-resource
 * lookup: the resource chain that the WebJars locator enables tried each link in four class-path locations, each
 * miss searching every jar — most of the time of a page, and of the page after a sign-in (docs/benchmarks.md).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/");
        // Version-less paths (/webjars/htmx.org/dist/htmx.min.js), resolved once and cached by the chain.
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
