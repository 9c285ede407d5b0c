package org.custodian.register.web;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.custodian.register.Art28Clause;
import org.custodian.register.RecipientEntries;
import org.custodian.register.RecipientNotFound;
import org.custodian.register.RecipientType;
import org.custodian.register.Recipients;
import org.custodian.register.TransferMechanism;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The recipients of the register (REG-4): the DPO and the administrator read them; the DPO maintains them.
 */
@Controller
@RequestMapping("/register/recipients")
class RecipientsController {

    static final List<String> ROLES = List.of("ADMIN", "DPO", "SALES", "MARKETING", "SUPPORT", "ACCOUNTING", "ARCHIVIST");

    private final Recipients recipients;

    RecipientsController(Recipients recipients) {
        this.recipients = recipients;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('DPO','ADMIN')")
    String list(Model model) {
        model.addAttribute("internalServices", recipients.internalServices());
        model.addAttribute("processors", recipients.processors());
        model.addAttribute("partners", recipients.partners());
        model.addAttribute("transfers", recipients.transfers());
        model.addAttribute("allClauses", Art28Clause.values());
        return "register/recipients";
    }

    @GetMapping("/{slug}/new")
    @PreAuthorize("hasRole('DPO')")
    String create(@PathVariable String slug, Model model) {
        var type = RecipientType.ofSlug(slug);
        Object form = switch (type) {
            case INTERNAL_SERVICES -> new RecipientEntries.InternalService(null, null, null);
            case PROCESSORS -> new RecipientEntries.Processor(null, null, null, EnumSet.noneOf(Art28Clause.class), null, null);
            case PARTNERS -> new RecipientEntries.Partner(null, null, null);
            case TRANSFERS -> new RecipientEntries.Transfer(null, null, null, null);
        };
        return formPage(type, null, form, model);
    }

    @GetMapping("/{slug}/{id}")
    @PreAuthorize("hasRole('DPO')")
    String edit(@PathVariable String slug, @PathVariable long id, Model model) {
        var type = RecipientType.ofSlug(slug);
        Supplier<RecipientNotFound> missing = () -> RecipientNotFound.forId(type, id);
        Object form = switch (type) {
            case INTERNAL_SERVICES -> recipients.internalServices().stream().filter(s -> s.id() == id).findFirst()
                    .map(s -> new RecipientEntries.InternalService(s.name(), s.role(), s.purpose())).orElseThrow(missing);
            case PROCESSORS -> recipients.processors().stream().filter(p -> p.id() == id).findFirst()
                    .map(p -> new RecipientEntries.Processor(p.name(), p.service(), p.contact(), p.clauses(),
                            p.lastAudit(), p.returnDestruction())).orElseThrow(missing);
            case PARTNERS -> recipients.partners().stream().filter(p -> p.id() == id).findFirst()
                    .map(p -> new RecipientEntries.Partner(p.name(), p.sector(), p.purpose())).orElseThrow(missing);
            case TRANSFERS -> recipients.transfers().stream().filter(t -> t.id() == id).findFirst()
                    .map(t -> new RecipientEntries.Transfer(t.recipient(), t.country(), t.mechanism(), t.detail()))
                    .orElseThrow(missing);
        };
        return formPage(type, id, form, model);
    }

    @PostMapping("/internal-services")
    @PreAuthorize("hasRole('DPO')")
    String saveInternalService(@RequestParam(required = false) Long id,
            @Valid @ModelAttribute("form") RecipientEntries.InternalService form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formPage(RecipientType.INTERNAL_SERVICES, id, form, model);
        }
        recipients.saveInternalService(id, form);
        return saved(redirect);
    }

    @PostMapping("/processors")
    @PreAuthorize("hasRole('DPO')")
    String saveProcessor(@RequestParam(required = false) Long id,
            @Valid @ModelAttribute("form") RecipientEntries.Processor form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formPage(RecipientType.PROCESSORS, id, form, model);
        }
        recipients.saveProcessor(id, form);
        return saved(redirect);
    }

    @PostMapping("/partners")
    @PreAuthorize("hasRole('DPO')")
    String savePartner(@RequestParam(required = false) Long id,
            @Valid @ModelAttribute("form") RecipientEntries.Partner form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formPage(RecipientType.PARTNERS, id, form, model);
        }
        recipients.savePartner(id, form);
        return saved(redirect);
    }

    @PostMapping("/transfers")
    @PreAuthorize("hasRole('DPO')")
    String saveTransfer(@RequestParam(required = false) Long id,
            @Valid @ModelAttribute("form") RecipientEntries.Transfer form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formPage(RecipientType.TRANSFERS, id, form, model);
        }
        recipients.saveTransfer(id, form);
        return saved(redirect);
    }

    @PostMapping("/{slug}/{id}/delete")
    @PreAuthorize("hasRole('DPO')")
    String delete(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        recipients.remove(RecipientType.ofSlug(slug), id);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/register/recipients";
    }

    private static String saved(RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", true);
        return "redirect:/register/recipients";
    }

    private static String formPage(RecipientType type, Long id, Object form, Model model) {
        model.addAttribute("type", type);
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("roles", ROLES);
        model.addAttribute("allClauses", Art28Clause.values());
        model.addAttribute("mechanisms", TransferMechanism.values());
        return "register/recipient-form";
    }
}
