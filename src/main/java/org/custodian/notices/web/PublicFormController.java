package org.custodian.notices.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.custodian.notices.FormAnswers;
import org.custodian.notices.FormField;
import org.custodian.notices.FormNotFound;
import org.custodian.notices.FormSubmissions;
import org.custodian.notices.InvalidSubmission;
import org.custodian.notices.NoticeNotPublished;
import org.custodian.notices.PublicForm;
import org.custodian.notices.Visitor;
import org.custodian.shared.web.ContentSecurityPolicy;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A collection form on the public site (INF-2): shown in its own language with the first-level notice, in a frame of
 * the sites it names or on its own page, and submitted by visitors, with no account and no cookie. The same handler
 * takes the plain HTML copy of the form that a site pastes into its own pages.
 */
@Controller
@RequestMapping("/p/forms/{slug}")
@PreAuthorize("permitAll()")
class PublicFormController {

    private static final String ANSWERS = "answers";

    private final FormSubmissions submissions;

    PublicFormController(FormSubmissions submissions) {
        this.submissions = submissions;
    }

    @GetMapping
    String show(@PathVariable String slug, @RequestParam(required = false) Integer version, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        var form = submissions.show(slug, version);
        present(form, model, request, response);
        model.addAttribute("form", form);
        bind(new LinkedHashMap<>(), model);
        model.addAttribute("ticked", List.of());
        return "notices/public-form";
    }

    @PostMapping
    String submit(@PathVariable String slug, @RequestParam MultiValueMap<String, String> params, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        var version = params.getFirst("formVersion");
        var answers = new FormAnswers(version != null && version.matches("[0-9]{1,9}") ? Integer.valueOf(version)
                : null, values(params), params.getOrDefault("consent", List.of()),
                params.getOrDefault("opposition", List.of()), params.containsKey("partners"), sensitive(params),
                params.getOrDefault("sensitiveConsent", List.of()));
        var form = submissions.show(slug, answers.formVersion());
        present(form, model, request, response);
        try {
            var receipt = submissions.submit(slug, answers, new Visitor(request.getRemoteAddr(),
                    request.getHeader(HttpHeaders.USER_AGENT), foreignOrigin(request)));
            return "redirect:/p/forms/" + slug + "/thanks" + (receipt.confirmationRequired() ? "?confirm=1" : "");
        } catch (InvalidSubmission invalid) {
            var values = new LinkedHashMap<String, Object>(answers.values());
            answers.sensitive().forEach((key, value) -> values.put("sensitive." + key, value));
            var binding = bind(values, model);
            // One message per field, the first the rules give: what to correct first.
            for (var violation : invalid.violations()) {
                if (!binding.hasFieldErrors(violation.field())) {
                    binding.rejectValue(violation.field(), violation.messageKey(), violation.arguments().toArray(),
                            null);
                }
            }
            var ticked = new ArrayList<String>();
            answers.consents().forEach(value -> ticked.add("consent:" + value));
            answers.oppositions().forEach(value -> ticked.add("opposition:" + value));
            if (answers.partners()) {
                ticked.add("partners");
            }
            answers.sensitiveConsents().forEach(key -> ticked.add("sensitive:" + key));
            model.addAttribute("form", form);
            model.addAttribute("ticked", ticked);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "notices/public-form";
        }
    }

    @GetMapping("/thanks")
    String thanks(@PathVariable String slug, @RequestParam(defaultValue = "0") int confirm, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        var form = submissions.show(slug, null);
        present(form, model, request, response);
        model.addAttribute("form", form);
        model.addAttribute("confirm", confirm == 1);
        return "notices/public-form-thanks";
    }

    @ExceptionHandler(FormNotFound.class)
    ModelAndView notFound() {
        var page = new ModelAndView("notices/public-form-unavailable", Map.of("reason", "closed"));
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }

    @ExceptionHandler(NoticeNotPublished.class)
    ModelAndView noNotice() {
        var page = new ModelAndView("notices/public-form-unavailable", Map.of("reason", "notice"));
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }

    /**
     * The visitor's answers as typed, by parameter name ({@code email}, {@code sensitive.HEALTH}), and the result that
     * ties each refusal of the submission to its field; the form's fragment reads both.
     */
    private static BindingResult bind(Map<String, Object> values, Model model) {
        var binding = new MapBindingResult(values, ANSWERS);
        model.addAttribute(ANSWERS, values);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + ANSWERS, binding);
        return binding;
    }

    /**
     * The form speaks its own language (its boxes' exact text is in it) and may be framed only by the sites it names.
     */
    private static void present(PublicForm form, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("embeddable", !form.definition().embedOrigins().isEmpty());
        RequestContextUtils.getLocaleResolver(request).setLocale(request, response, form.definition().locale());
        response.setHeader("Content-Security-Policy",
                ContentSecurityPolicy.framedBy(form.definition().embedOrigins()));
    }

    private static Map<String, String> values(MultiValueMap<String, String> params) {
        var values = new LinkedHashMap<String, String>();
        for (var field : FormField.values()) {
            var value = params.getFirst(field.parameter());
            if (value != null) {
                values.put(field.parameter(), value);
            }
        }
        return values;
    }

    /** The answers to sensitive questions, sent as {@code sensitive.HEALTH} and so on. */
    private static Map<String, String> sensitive(MultiValueMap<String, String> params) {
        var answers = new LinkedHashMap<String, String>();
        params.forEach((name, values) -> {
            if (name.startsWith("sensitive.") && !values.isEmpty()) {
                answers.put(name.substring("sensitive.".length()), values.get(0));
            }
        });
        return answers;
    }

    /** The site a copy of the form was posted from, when it is not this one: kept as the consent's source. */
    private static String foreignOrigin(HttpServletRequest request) {
        var origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || "null".equals(origin)) {
            return null;
        }
        var own = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort());
        return origin.equalsIgnoreCase(own) ? null : origin;
    }
}
