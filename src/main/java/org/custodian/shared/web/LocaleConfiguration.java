package org.custodian.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Staff screens are in French by default, English on request ({@code ?lang=en}), the choice kept in
 * the staff session. The public pages ({@code /p/**}) have no session and set no cookie: they follow
 * the visitor's browser language, or {@code ?lang=} on the page itself.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    private static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);
    private static final String PUBLIC_PAGE_LOCALE = LocaleConfiguration.class.getName() + ".PUBLIC_PAGE_LOCALE";

    @Bean
    LocaleResolver localeResolver() {
        var staff = new SessionLocaleResolver();
        staff.setDefaultLocale(Locale.FRENCH);
        var visitors = new AcceptHeaderLocaleResolver();
        visitors.setSupportedLocales(SUPPORTED);
        visitors.setDefaultLocale(Locale.FRENCH);
        return new ByAudience(staff, visitors);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor).excludePathPatterns("/p/**");
    }

    private record ByAudience(SessionLocaleResolver staff, AcceptHeaderLocaleResolver visitors)
            implements LocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            if (!isPublic(request)) {
                return staff.resolveLocale(request);
            }
            if (request.getAttribute(PUBLIC_PAGE_LOCALE) instanceof Locale fixed) {
                return fixed;
            }
            var requested = request.getParameter("lang");
            return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(requested)).findFirst()
                    .orElseGet(() -> visitors.resolveLocale(request));
        }

        /**
         * On a public page the locale is set for this request only (nothing is stored, no cookie): a page written in
         * one language, such as a collection form whose boxes carry the exact text in that language, fixes it.
         */
        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            if (isPublic(request)) {
                request.setAttribute(PUBLIC_PAGE_LOCALE, locale);
            } else {
                staff.setLocale(request, response, locale);
            }
        }

        private static boolean isPublic(HttpServletRequest request) {
            return request.getRequestURI().startsWith(request.getContextPath() + "/p/");
        }
    }
}
