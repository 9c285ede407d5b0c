package org.custodian.notices;

import java.util.List;

/**
 * The short notice under a collection form (INF-2, 003: information "à deux niveaux"): who collects, for which
 * purposes on which legal basis, who receives the data, how long it is kept, how to exercise one's rights and
 * complain to the CNIL, with a link to the full notice. Drawn from the published version the form was published
 * with, so that it never says something that notice does not.
 *
 * @param noticeVersion the published version it is drawn from
 * @param controller    who collects
 * @param purposes      the form's purposes, each with its bases, recipients and retention
 * @param rightsEmail   where to write to exercise one's rights
 * @param dpoEmail      the data protection officer's address
 */
public record FirstLevelNotice(int noticeVersion, String controller, List<Purpose> purposes,
        String rightsEmail, String dpoEmail) {

    /**
     * One purpose in a few words.
     *
     * @param name       the purpose
     * @param bases      its legal bases, each named once
     * @param recipients its categories of recipients
     * @param retention  its retention rules in words
     * @param provision  whether giving the data is required and what happens if not (Art. 13(2)(e))
     */
    public record Purpose(String name, List<String> bases, List<String> recipients, List<String> retention,
            String provision) {
    }

    /**
     * The first level of the published notice for a form's purposes, in the form's language.
     */
    public static FirstLevelNotice of(PublishedNotice published, FormDefinition form) {
        var notice = published.in(form.locale());
        var purposes = notice.purposes().stream().filter(purpose -> form.purposes().contains(purpose.code()))
                .map(purpose -> new Purpose(purpose.name(),
                        purpose.bases().stream().map(NoticeDocument.Basis::label).distinct().toList(),
                        purpose.recipients(), purpose.retention(), purpose.provision()))
                .toList();
        return new FirstLevelNotice(published.version(), notice.controller().name(), purposes,
                notice.rights().email(), notice.dpo().email());
    }
}
