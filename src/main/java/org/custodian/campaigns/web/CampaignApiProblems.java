package org.custodian.campaigns.web;

import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.custodian.campaigns.InvalidCampaign;
import org.custodian.contacts.SensitiveCategory;
import org.custodian.shared.Violation;
import org.custodian.shared.web.CheckedJsonBody;
import org.custodian.shared.web.FieldProblems;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * The campaigns API's refusals as RFC 9457 problem details naming each field, and the refusal of unknown JSON
 * properties — at the top and inside {@code audience}. A property naming a special category of data (health,
 * religion, political opinions …) is refused under CON-4 with a sentence that says why: no campaign may target on
 * sensitive data, whatever the field is called.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@RestControllerAdvice(assignableTypes = CampaignApiController.class)
class CampaignApiProblems extends RequestBodyAdviceAdapter {

    /** Words a sensitive filter would be named with, compared without case, spaces, dashes or underscores. */
    private static final Set<String> SENSITIVE_WORDS = sensitiveWords();

    private final FieldProblems problems;
    private final MessageSource messages;

    CampaignApiProblems(MessageSource messages) {
        this.messages = messages;
        this.problems = new FieldProblems(messages, URI.create("urn:custodian:problem:campaign-validation"),
                "campaigns.api.title", "campaigns.api.detail");
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType == CampaignApiRequest.class;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        var checked = CheckedJsonBody.read(input, CampaignApiRequest.PROPERTIES);
        var unknown = new ArrayList<>(checked.unknownProperties());
        unknown.addAll(unknownAudienceProperties(checked.body().body()));
        if (!unknown.isEmpty()) {
            throw new Refused(unknown);
        }
        return checked.body();
    }

    private static List<String> unknownAudienceProperties(byte[] body) {
        try {
            var audience = JsonMapper.shared().readTree(body).path("audience");
            if (!audience.isObject()) {
                return List.of();
            }
            return audience.propertyNames().stream()
                    .filter(name -> !CampaignApiRequest.Audience.PROPERTIES.contains(name))
                    .map(name -> "audience." + name).toList();
        } catch (JacksonException malformed) {
            return List.of();
        }
    }

    @ExceptionHandler(Refused.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail refused(Refused refused, Locale locale) {
        var unknown = messages.getMessage("campaigns.api.unknown", null, locale);
        var sensitive = messages.getMessage("campaigns.api.sensitive", null, locale);
        return problems.of(refused.names.stream()
                .map(name -> sensitive(name)
                        ? FieldProblems.error(name, "CON-4", sensitive)
                        : FieldProblems.error(name, "unknown-property", unknown))
                .toList(), locale);
    }

    @ExceptionHandler(InvalidCampaign.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalid(InvalidCampaign invalid, Locale locale) {
        return problems.violations(invalid.violations(), locale);
    }

    @ExceptionHandler(InvalidInput.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalidInput(InvalidInput invalid, Locale locale) {
        return problems.violations(invalid.violations, locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable, Locale locale) {
        return problems.unreadable(unreadable, "campaigns.api.format", locale);
    }

    /** Whether a property's last part names a sensitive category («health», «audience.religion», «sante» …). */
    static boolean sensitive(String property) {
        var name = property.substring(property.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_-]", "");
        return SENSITIVE_WORDS.stream().anyMatch(name::contains);
    }

    private static Set<String> sensitiveWords() {
        var words = Arrays.stream(SensitiveCategory.values()).filter(SensitiveCategory::isSpecialCategory)
                .map(category -> category.name().toLowerCase(Locale.ROOT).replace("_", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        // The words of the Art. 9 categories a client may use instead of ours, in English and French.
        words.addAll(List.of("sensitive", "sensible", "sante", "santé", "medical", "médical", "disability",
                "handicap", "politic", "politique", "ethnic", "ethnique", "race", "religio", "belief", "croyance",
                "syndica", "tradeunion", "sexual", "sexuel", "orientation", "genetic", "génétique", "biometric",
                "biométrique"));
        return Set.copyOf(words);
    }

    /** Properties the request does not accept, some perhaps naming sensitive data. */
    static final class Refused extends RuntimeException {

        private final transient List<String> names;

        Refused(List<String> names) {
            super("Refused properties " + names);
            this.names = List.copyOf(names);
        }
    }

    /** Values the API itself refuses (an unknown person type or audience). */
    static final class InvalidInput extends RuntimeException {

        private final transient List<Violation> violations;

        InvalidInput(List<Violation> violations) {
            super("Invalid campaign request");
            this.violations = List.copyOf(violations);
        }
    }
}
