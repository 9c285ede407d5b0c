package org.custodian.contacts.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.custodian.contacts.ContactKind;
import org.custodian.contacts.InvalidPersonData;
import org.custodian.contacts.PersonContacts;
import org.custodian.contacts.ProductFamilies;
import org.custodian.contacts.ProductFamily;
import org.custodian.contacts.Purchases;
import org.custodian.contacts.PurchaseData;
import org.custodian.shared.PersonId;
import org.custodian.shared.Violation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The purchases-and-contacts panel of the person page (RET, PRO-2, PRO-6): the person's purchases and contracts with
 * the facts of each sale, the contacts from the person, and for sales and customer service the forms that record
 * them. Served as an htmx fragment that the person page loads; a plain form post comes back to the person page.
 */
@Controller
@RequestMapping("/persons/{id}/relationship")
class RelationshipPanelController {

    static final String PURPOSE = "customer-relationship/screen";
    /** What staff record on the page: a click in a message is recorded by the tracking of campaign links. */
    private static final List<ContactKind> STAFF_KINDS = Arrays.stream(ContactKind.values())
            .filter(kind -> kind != ContactKind.CLICK).toList();

    private final Purchases purchases;
    private final PersonContacts contacts;
    private final ProductFamilies families;

    RelationshipPanelController(Purchases purchases, PersonContacts contacts, ProductFamilies families) {
        this.purchases = purchases;
        this.contacts = contacts;
        this.families = families;
    }

    @GetMapping
    @PreAuthorize(Roles.READ)
    String panel(@PathVariable PersonId id, Model model) {
        return show(id, model);
    }

    @PostMapping("/purchases")
    @PreAuthorize(Roles.WRITE)
    String recordPurchase(@PathVariable PersonId id, @ModelAttribute("purchaseForm") PurchaseForm form,
            BindingResult binding, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var data = form.toData(binding);
        if (!binding.hasErrors()) {
            try {
                purchases.record(id, data);
                model.addAttribute("notice", "relationship.purchases.recorded");
                model.addAttribute("purchaseForm", PurchaseForm.empty());
            } catch (InvalidPersonData invalid) {
                reject(invalid.violations(), binding, PurchaseForm::field);
            }
        }
        if (htmx == null && !binding.hasErrors()) {
            return "redirect:/persons/" + id;
        }
        return show(id, model);
    }

    @PostMapping("/contacts")
    @PreAuthorize(Roles.WRITE)
    String recordContact(@PathVariable PersonId id, @ModelAttribute("contactForm") ContactForm form,
            BindingResult binding, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var date = form.date(binding);
        var kind = form.kind(binding);
        if (!binding.hasErrors()) {
            try {
                contacts.record(id, date, kind);
                model.addAttribute("notice", "relationship.contacts.recorded");
                model.addAttribute("contactForm", ContactForm.empty());
            } catch (InvalidPersonData invalid) {
                reject(invalid.violations(), binding, ContactForm::field);
            }
        }
        if (htmx == null && !binding.hasErrors()) {
            return "redirect:/persons/" + id;
        }
        return show(id, model);
    }

    private String show(PersonId id, Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("purchases", purchases.of(id, PURPOSE));
        model.addAttribute("contacts", contacts.of(id, PURPOSE));
        var all = families.list();
        model.addAttribute("familyNames", all.stream()
                .collect(java.util.stream.Collectors.toMap(ProductFamily::code, ProductFamily::name)));
        model.addAttribute("offeredFamilies", all.stream().filter(family -> !family.retired()).toList());
        model.addAttribute("contactKinds", STAFF_KINDS);
        if (!model.containsAttribute("purchaseForm")) {
            model.addAttribute("purchaseForm", PurchaseForm.empty());
        }
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", ContactForm.empty());
        }
        return "contacts/relationship :: panel";
    }

    /** One message per field, on the form's own field names. */
    private static void reject(List<Violation> violations, BindingResult binding,
            java.util.function.UnaryOperator<String> field) {
        for (var violation : violations) {
            var name = field.apply(violation.field());
            if (!binding.hasFieldErrors(name)) {
                binding.rejectValue(name, violation.messageKey(), violation.arguments().toArray(), null);
            }
        }
    }

    /** The purchase form as the browser sends it; dates as text so that an unreadable one is a field message. */
    record PurchaseForm(String purchaseDate, String productFamily, String warrantyEnd, String contractEnd,
            Boolean emailCollectedAtSale, Boolean oppositionOffered, Boolean opposed) {

        static PurchaseForm empty() {
            return new PurchaseForm(null, null, null, null, false, false, false);
        }

        PurchaseData toData(BindingResult binding) {
            return new PurchaseData(date("purchaseDate", purchaseDate, binding), productFamily,
                    date("warrantyEnd", warrantyEnd, binding), date("contractEnd", contractEnd, binding),
                    emailCollectedAtSale, oppositionOffered, opposed);
        }

        /** The form's field for a field of the facade. */
        static String field(String name) {
            return "date".equals(name) ? "purchaseDate" : name;
        }
    }

    /** The contact form as the browser sends it. */
    record ContactForm(String contactDate, String contactKind) {

        static ContactForm empty() {
            return new ContactForm(null, null);
        }

        LocalDate date(BindingResult binding) {
            return RelationshipPanelController.date("contactDate", contactDate, binding);
        }

        ContactKind kind(BindingResult binding) {
            if (contactKind == null || contactKind.isBlank()) {
                return null;
            }
            return STAFF_KINDS.stream().filter(kind -> kind.name().equals(contactKind)).findFirst().orElseGet(() -> {
                binding.rejectValue("contactKind", "person.error.required");
                return null;
            });
        }

        static String field(String name) {
            return switch (name) {
                case "date" -> "contactDate";
                case "kind" -> "contactKind";
                default -> name;
            };
        }
    }

    private static LocalDate date(String field, String text, BindingResult binding) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            binding.rejectValue(field, "person.error.date");
            return null;
        }
    }
}
