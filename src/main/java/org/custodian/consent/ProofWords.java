package org.custodian.consent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.custodian.shared.CurrentActor;
import org.custodian.shared.FormNames;
import org.custodian.shared.StaffNames;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A page of consent proofs in the user's words (issue 8 §2), for the consent panel and the proofs document: the form a
 * consent was given on by the title its visitors saw, « Lettre d'information » (version 3), never its address; who
 * recorded it by their full name. The forms' titles come from {@link FormNames}, the names from {@link StaffNames},
 * each in one lookup for all the records shown; a form Custodian does not hold is said in a sentence.
 */
@Component
public class ProofWords {

    /** The form of a consent recorded by a user on the person's page ({@code ConsentLedger}). */
    private static final String PERSON_PAGE = "person-page";
    /** The form of a consent that came with an import: {@code import/<job id>} ({@code imports.ImportRunner}). */
    private static final String IMPORT = "import/";
    /** The form of a consent a web shop sent: the token's actor, {@code api:<token name>}. */
    private static final String API = "api:";

    private final ObjectProvider<FormNames> forms;
    private final ObjectProvider<StaffNames> staff;
    private final MessageSource messages;

    ProofWords(ObjectProvider<FormNames> forms, ObjectProvider<StaffNames> staff, MessageSource messages) {
        this.forms = forms;
        this.staff = staff;
        this.messages = messages;
    }

    /**
     * The words for these records, looked up once for all of them.
     *
     * @param alsoNamed other logins to name with the recorders (who generates a proofs document)
     */
    public Said of(Collection<ConsentRecordView> records, Locale locale, String... alsoNamed) {
        var logins = new ArrayList<String>();
        records.forEach(record -> logins.add(record.recordedBy()));
        logins.addAll(Arrays.asList(alsoNamed));
        var titles = titles(records);
        var names = names(logins);
        var formWords = new HashMap<UUID, String>();
        var byWords = new HashMap<String, String>();
        for (var record : records) {
            if (record.formRef() != null) {
                formWords.put(record.id(), form(record, titles, locale));
            }
        }
        for (var login : logins) {
            if (login != null) {
                byWords.computeIfAbsent(login, by -> by(by, names, locale));
            }
        }
        return new Said(formWords, byWords);
    }

    /**
     * The words of a page of proofs.
     *
     * @param forms     each record's form in words, by the record's id; absent when the record names no form
     * @param recorders who recorded, in words, by login
     */
    public record Said(Map<UUID, String> forms, Map<String, String> recorders) {

        /** The form of this record in words, null when it names none. */
        public String form(ConsentRecordView record) {
            return forms.get(record.id());
        }

        /** Who recorded this record, in words. */
        public String by(ConsentRecordView record) {
            return by(record.recordedBy());
        }

        /** Who acted, in words, for one of the logins these words were made for. */
        public String by(String login) {
            return recorders.getOrDefault(login, login);
        }
    }

    private String form(ConsentRecordView record, Map<FormNames.Version, String> titles, Locale locale) {
        var ref = record.formRef();
        var version = record.formVersion();
        if (PERSON_PAGE.equals(ref)) {
            return message("consent.proof.form.personPage", locale);
        }
        if (ref.startsWith(IMPORT)) {
            return message("consent.proof.form.import", locale);
        }
        if (ref.startsWith(API)) {
            var token = ref.substring(API.length());
            return version == null ? message("consent.proof.form.api", locale, token)
                    : message("consent.proof.form.apiVersion", locale, token, version);
        }
        var title = titles.get(new FormNames.Version(ref, version));
        if (title != null) {
            return version == null ? message("consent.proof.form.named", locale, title)
                    : message("consent.proof.form.namedVersion", locale, title, version);
        }
        return version == null ? message("consent.proof.form.unknown", locale)
                : message("consent.proof.form.unknownVersion", locale, version);
    }

    private String by(String actor, Map<String, String> names, Locale locale) {
        if (names.containsKey(actor)) {
            return message("consent.proof.by.user", locale, names.get(actor), actor);
        }
        if (CurrentActor.SYSTEM.equals(actor)) {
            return message("consent.proof.by.system", locale);
        }
        if (CurrentActor.PUBLIC.equals(actor)) {
            return message("consent.proof.by.public", locale);
        }
        if (actor.startsWith(API)) {
            return message("consent.proof.by.api", locale, actor.substring(API.length()));
        }
        return actor;
    }

    private Map<FormNames.Version, String> titles(Collection<ConsentRecordView> records) {
        var lookup = forms.getIfAvailable();
        var versions = records.stream().filter(record -> isAForm(record.formRef()))
                .map(record -> new FormNames.Version(record.formRef(), record.formVersion())).distinct().toList();
        return lookup == null || versions.isEmpty() ? Map.of() : lookup.titles(versions);
    }

    private Map<String, String> names(Collection<String> actors) {
        var lookup = staff.getIfAvailable();
        var logins = actors.stream()
                .filter(by -> by != null && !CurrentActor.SYSTEM.equals(by) && !CurrentActor.PUBLIC.equals(by)
                        && !by.startsWith(API))
                .distinct().toList();
        return lookup == null || logins.isEmpty() ? Map.of() : lookup.of(logins);
    }

    private static boolean isAForm(String ref) {
        return ref != null && !PERSON_PAGE.equals(ref) && !ref.startsWith(IMPORT) && !ref.startsWith(API);
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
