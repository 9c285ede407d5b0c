package org.custodian.notices.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.custodian.consent.Channel;
import org.custodian.contacts.Audience;
import org.custodian.contacts.SensitiveCategory;
import org.custodian.shared.Violation;
import org.custodian.notices.BoxKind;
import org.custodian.notices.CollectionForms;
import org.custodian.notices.FieldChoice;
import org.custodian.notices.FormDefinition;
import org.custodian.notices.FormField;
import org.custodian.notices.FormSubmissionView;
import org.custodian.notices.FormSubmissions;
import org.custodian.notices.InvalidForm;
import org.custodian.notices.PartnerOffer;
import org.custodian.register.ActivityView;
import org.custodian.register.LegalBasis;
import org.custodian.register.ProcessingRegister;
import org.custodian.register.Recipients;
import org.custodian.shared.PageRequest;
import org.custodian.shared.PublicAddress;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The collection forms screens (INF-2): the list, the editor (what may be asked and offered follows from the
 * published notice and the register), and each form's page with its address, the code to embed it, its versions,
 * and opening or closing it.
 */
@Controller
@RequestMapping("/notices/forms")
@PreAuthorize(FormsController.EDIT)
class FormsController {

    static final String EDIT = "hasAnyRole('DPO','MARKETING')";
    private static final String INPUT = "input";

    private final CollectionForms forms;
    private final FormSubmissions submissions;
    private final Recipients recipients;
    private final ProcessingRegister register;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final PublicAddress publicAddress;

    FormsController(CollectionForms forms, FormSubmissions submissions, Recipients recipients,
            ProcessingRegister register, MessageSource messages,
            ITemplateEngine templates, PublicAddress publicAddress) {
        this.forms = forms;
        this.submissions = submissions;
        this.recipients = recipients;
        this.register = register;
        this.messages = messages;
        this.templates = templates;
        this.publicAddress = publicAddress;
    }

    @GetMapping
    @PreAuthorize(EDIT)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("result", forms.search(q, PageRequest.of(page, null)));
        model.addAttribute("canCreate", !forms.publishedPurposes().isEmpty());
        return "notices/forms";
    }

    @GetMapping("/new")
    @PreAuthorize(EDIT)
    String create(Model model, Locale locale) {
        var purposes = forms.publishedPurposes().stream().map(ActivityView::code)
                .filter("PROSPECTING"::equals).toList();
        var definition = new FormDefinition("", null, locale.getLanguage(), Audience.CONSUMER, purposes,
                List.of(new FieldChoice(FormField.FIRST_NAMES, false), new FieldChoice(FormField.LAST_NAME, true),
                        new FieldChoice(FormField.EMAIL, true)),
                List.of(), PartnerOffer.NONE, null, List.of(), List.of());
        return editor(FormEditor.of("", 0, definition), List.of(), model, locale);
    }

    @PostMapping
    @PreAuthorize(EDIT)
    String save(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
            RedirectAttributes redirect) {
        var editor = FormEditor.read(params);
        if (!"save".equals(params.getFirst("action"))) {
            return editor(editor, List.of(), model, locale);
        }
        try {
            var saved = editor.version() == 0 ? forms.create(editor.slug(), editor.definition())
                    : forms.update(editor.slug(), editor.version(), editor.definition());
            redirect.addFlashAttribute("saved", saved.version());
            return "redirect:/notices/forms/" + saved.slug();
        } catch (InvalidForm invalid) {
            return editor(editor, invalid.violations(), model, locale);
        }
    }

    @GetMapping("/{slug}")
    @PreAuthorize(EDIT)
    String show(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model,
            Locale locale) {
        var form = forms.get(slug);
        model.addAttribute("form", form);
        model.addAttribute("submissions", forms.submissions(slug, PageRequest.of(page, null))
                .map(submission -> new SubmissionRow(submission, submission.ticked().stream()
                        .map(ticked -> tickedInWords(ticked, locale)).toList())));
        model.addAttribute("purposeNames", form.definition().purposes().stream()
                .map(code -> register.activity(code).name().in(locale)).toList());
        model.addAttribute("versions", forms.versions(slug));
        var address = publicAddress.current();
        model.addAttribute("publicAddress", address.url() + "/p/forms/" + slug);
        model.addAttribute("publicAddressConfirmed", address.confirmed());
        if (form.active()) {
            model.addAttribute("htmlSnippet", htmlSnippet(slug));
        }
        return "notices/form";
    }

    @GetMapping("/{slug}/edit")
    @PreAuthorize(EDIT)
    String edit(@PathVariable String slug, Model model, Locale locale) {
        var form = forms.get(slug);
        return editor(FormEditor.of(slug, form.version(), form.definition()), List.of(), model, locale);
    }

    @PostMapping("/{slug}/open")
    @PreAuthorize(EDIT)
    String open(@PathVariable String slug, RedirectAttributes redirect) {
        forms.setActive(slug, true);
        redirect.addFlashAttribute("opened", true);
        return "redirect:/notices/forms/" + slug;
    }

    @PostMapping("/{slug}/close")
    @PreAuthorize(EDIT)
    String close(@PathVariable String slug, RedirectAttributes redirect) {
        forms.setActive(slug, false);
        redirect.addFlashAttribute("closed", true);
        return "redirect:/notices/forms/" + slug;
    }

    private String editor(FormEditor editor, List<Violation> violations, Model model, Locale locale) {
        var published = forms.publishedPurposes();
        var formLocale = editor.definition().locale();
        var rows = new ArrayList<BoxRow>();
        for (var activity : published) {
            if (!editor.definition().purposes().contains(activity.code())) {
                continue;
            }
            var consent = activity.bases().contains(LegalBasis.CONSENT);
            var opposition = activity.bases().contains(LegalBasis.LEGITIMATE_INTEREST);
            if (!consent && !opposition) {
                continue;
            }
            for (var channel : Channel.values()) {
                var kind = editor.kind(activity.code(), channel);
                rows.add(new BoxRow(activity.code(), activity.name().in(locale), channel, consent, opposition, kind,
                        text(editor, activity.code(), channel, kind, consent, formLocale)));
            }
        }
        var offer = editor.definition().partnerOffer();
        model.addAttribute("editor", editor);
        // The editor lists every reason a form is refused, each next to its part of the form as well.
        var binding = bind(editor, model);
        violations.forEach(violation -> binding.rejectValue(violation.field(), violation.messageKey(),
                describe(violation, locale), null));
        model.addAttribute("published", published);
        model.addAttribute("fields", FormField.values());
        model.addAttribute("rows", rows);
        model.addAttribute("partners", recipients.partners().size());
        model.addAttribute("sensitiveRows", sensitiveRows(editor, formLocale));
        model.addAttribute("partnerText", editor.definition().partnerText() != null ? editor.definition().partnerText()
                : offer == PartnerOffer.NONE ? "" : forms.suggestedPartnerText(offer, formLocale));
        return "notices/form-edit";
    }

    /**
     * The row's text as typed, or the suggested text for its kind when it is empty or still the suggestion for the
     * other kind (the editor switched a row from consent to opposition).
     */
    private String text(FormEditor editor, String purpose, Channel channel, String kind, boolean consent,
            Locale formLocale) {
        var typed = editor.texts().get(purpose + "." + channel);
        var chosen = "NONE".equals(kind) ? (consent ? BoxKind.CONSENT : BoxKind.OPPOSITION) : BoxKind.valueOf(kind);
        var other = chosen == BoxKind.CONSENT ? BoxKind.OPPOSITION : BoxKind.CONSENT;
        if (typed == null || typed.isBlank()
                || typed.equals(forms.suggestedText(other, purpose, channel, formLocale))) {
            return forms.suggestedText(chosen, purpose, channel, formLocale);
        }
        return typed;
    }

    /**
     * What the editor typed, by the names the form rules give their violations ({@code slug}, {@code title} ...),
     * and the result that ties each violation to its part of the form.
     */
    private static BindingResult bind(FormEditor editor, Model model) {
        var definition = editor.definition();
        var input = new LinkedHashMap<String, Object>();
        input.put("slug", editor.slug());
        input.put("version", editor.version());
        input.put("title", definition.title());
        input.put("introduction", definition.introduction());
        input.put("language", definition.language());
        input.put("audience", definition.audience());
        input.put("purposes", definition.purposes());
        input.put("partnerOffer", definition.partnerOffer());
        input.put("partnerText", definition.partnerText());
        input.put("embedOrigins", editor.origins());
        var binding = new MapBindingResult(input, INPUT);
        model.addAttribute(INPUT, input);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + INPUT, binding);
        return binding;
    }

    /** The arguments of a violation's message, field and box codes in words. */
    private Object[] describe(Violation violation, Locale locale) {
        return violation.arguments().stream().map(argument -> describe(argument, locale)).toArray();
    }

    /** Field and box codes in words, so that an error names what the editor sees. */
    private String describe(Object argument, Locale locale) {
        var text = String.valueOf(argument);
        for (var field : FormField.values()) {
            if (field.name().equals(text)) {
                return messages.getMessage("notices.forms.field." + field, null, locale);
            }
        }
        var parts = text.split(":");
        if (parts.length == 2) {
            for (var channel : Channel.values()) {
                if (channel.name().equals(parts[1])) {
                    return parts[0] + " · " + messages.getMessage("notices.forms.channel." + channel, null, locale);
                }
            }
        }
        return text;
    }

    /** One row per kind of sensitive data: asked or not, its question and the text of its consent box. */
    private List<SensitiveRow> sensitiveRows(FormEditor editor, Locale formLocale) {
        var rows = new ArrayList<SensitiveRow>();
        for (var category : SensitiveCategory.values()) {
            if (!category.isSpecialCategory()) {
                continue;
            }
            var question = editor.sensitive(category);
            rows.add(question != null ? new SensitiveRow(category, true, question.label(), question.consentText())
                    : new SensitiveRow(category, false, "",
                            forms.suggestedSensitiveText(category, formLocale)));
        }
        return rows;
    }

    /** {@code CONSENT:PROSPECTING:EMAIL} as "Consentement · Prospection commerciale · e-mail". */
    private String tickedInWords(String ticked, Locale locale) {
        var parts = ticked.split(":");
        if (parts.length != 3) {
            return messages.getMessage("notices.forms.partnerOffer", null, locale);
        }
        var purpose = register.activities().stream().filter(activity -> activity.code().equals(parts[1]))
                .map(activity -> activity.name().in(locale)).findFirst().orElse(parts[1]);
        return messages.getMessage("notices.forms.kind." + parts[0], null, locale) + " · " + purpose + " · "
                + messages.getMessage("notices.forms.channel." + parts[2], null, locale);
    }

    private String htmlSnippet(String slug) {
        var form = submissions.show(slug, null);
        var language = form.definition().language();
        var context = new Context(form.definition().locale());
        context.setVariable("form", form);
        var publicUrl = publicAddress.url();
        context.setVariable("action", publicUrl + "/p/forms/" + slug);
        context.setVariable("privacyUrl", publicUrl + "/p/privacy?lang=" + language
                + "&version=" + form.notice().noticeVersion());
        context.setVariable("values", Map.of());
        context.setVariable("ticked", List.of());

        return templates.process("notices/form-embed", context).strip();
    }

    /** A kind of sensitive data in the editor. */
    record SensitiveRow(SensitiveCategory category, boolean asked, String label, String consentText) {
    }

    /** A submission with its ticked boxes in words. */
    record SubmissionRow(FormSubmissionView submission, List<String> ticked) {
    }

    /**
     * One purpose × channel of the editor: which kinds of box the purpose's legal bases allow, and the chosen one.
     */
    record BoxRow(String purpose, String purposeName, Channel channel, boolean consentAllowed,
            boolean oppositionAllowed, String kind, String text) {

        public String key() {
            return purpose + "." + channel;
        }
    }
}
