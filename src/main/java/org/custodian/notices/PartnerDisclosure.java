package org.custodian.notices;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.custodian.register.PartnerView;
import org.springframework.context.MessageSource;

/**
 * What the partner box says about the partners (000 §6): their number, their sectors and the full list, so that people
 * can appreciate the consequences of their choice. Shown under the box and kept, word for word, with the proof.
 *
 * @param count    how many partners
 * @param sectors  their distinct sectors
 * @param partners the full list
 */
public record PartnerDisclosure(int count, List<String> sectors, List<PartnerView> partners) {

    static PartnerDisclosure of(List<PartnerView> partners) {
        var sectors = partners.stream().map(PartnerView::sector).filter(sector -> sector != null && !sector.isBlank())
                .distinct().sorted().toList();
        return new PartnerDisclosure(partners.size(), sectors, List.copyOf(partners));
    }

    /** The sentence shown under the partner box, in the form's language. */
    public String describe(MessageSource messages, Locale locale) {
        var list = partners.stream()
                .map(partner -> partner.sector() == null || partner.sector().isBlank() ? partner.name()
                        : partner.name() + " (" + partner.sector() + ")")
                .collect(Collectors.joining(", "));
        return messages.getMessage("notices.forms.partners.describe",
                new Object[] {count, String.join(", ", sectors), list}, locale);
    }
}
