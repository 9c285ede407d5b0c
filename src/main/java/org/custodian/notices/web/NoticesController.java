package org.custodian.notices.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.custodian.notices.MissingItem;
import org.custodian.notices.NoticeIncomplete;
import org.custodian.notices.PrivacyNotices;
import org.custodian.register.ActivityView;
import org.custodian.register.ProcessingRegister;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The DPO's notice screen (INF-1): preview, what is missing with where to fix it, publishing, published versions,
 * and the legal mentions' own settings (INF-3).
 */
@Controller
@RequestMapping("/notices")
class NoticesController {

    private final PrivacyNotices notices;
    private final ProcessingRegister register;
    private final MessageSource messages;

    NoticesController(PrivacyNotices notices, ProcessingRegister register, MessageSource messages) {
        this.notices = notices;
        this.register = register;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('DPO','ADMIN')")
    String show(@RequestParam(name = "preview", defaultValue = "fr") String preview, Model model, Locale locale) {
        if (!model.containsAttribute("site")) {
            var site = notices.site();
            model.addAttribute("site", new SiteForm(site.publicationDirector(), site.hostingProvider()));
        }
        return page(preview, model, locale);
    }

    @PostMapping("/publish")
    @PreAuthorize("hasRole('DPO')")
    String publish(RedirectAttributes redirect) {
        try {
            var published = notices.publish();
            redirect.addFlashAttribute("published", published.version());
        } catch (NoticeIncomplete e) {
            redirect.addFlashAttribute("refused", true);
        }
        return "redirect:/notices";
    }

    @PostMapping("/site")
    @PreAuthorize("hasRole('DPO')")
    String site(@Valid @ModelAttribute("site") SiteForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page("fr", model, locale);
        }
        notices.updateSite(form.publicationDirector(), form.hostingProvider());
        redirect.addFlashAttribute("siteSaved", true);
        return "redirect:/notices";
    }

    private String page(String preview, Model model, Locale locale) {
        var previewLocale = "en".equals(preview) ? Locale.ENGLISH : Locale.FRENCH;
        var names = register.activities().stream()
                .collect(Collectors.toMap(ActivityView::code, Function.identity()));
        model.addAttribute("missing", notices.missing().stream().map(item -> row(item, names, locale)).toList());
        model.addAttribute("notice", notices.preview(previewLocale));
        model.addAttribute("previewLanguage", previewLocale.getLanguage());
        model.addAttribute("versions", notices.versions());
        return "notices/notices";
    }

    private MissingRow row(MissingItem item, Map<String, ActivityView> activities, Locale locale) {
        // Without arguments the bundle's text is taken as is, so only the per-activity items are formatted.
        var arguments = item.subject() == null ? null : new Object[] {activities.containsKey(item.subject())
                ? activities.get(item.subject()).name().in(locale) : item.subject()};
        return new MissingRow(messages.getMessage("notices.missing." + item.code(), arguments, locale), item.fixAt());
    }

    /** One line of the missing list: what, and the link to the screen where it is fixed. */
    record MissingRow(String text, String fixAt) {
    }

    /** The legal mentions' own settings. */
    record SiteForm(@Size(max = 200, message = "{validation.tooLong}") String publicationDirector,
            @Size(max = 500, message = "{validation.tooLong}") String hostingProvider) {
    }
}
