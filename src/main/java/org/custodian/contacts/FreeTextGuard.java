package org.custodian.contacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * CON-5 (seed 000 §5, "avoid free comment areas or strictly frame them"): a free text is refused when
 * it holds a payment card number or a NIR, and flagged for review when it holds terms of the special
 * categories of data (health, religion, politics, union membership, sexual orientation, ethnic origin),
 * insults, or a number that may be a NIR, a card or an identity document number without it being certain
 * (CON-2: a NIR without its key or with a wrong key, a card number failing the Luhn check, the number of an
 * identity card, passport, residence permit or driving licence named as such).
 *
 * <p>The word lists are resources ({@code contacts/review-terms/<category>_fr.txt} and {@code _en.txt}),
 * matched as whole words, ignoring case and accents, with plural forms in {@code s}/{@code x}. Every
 * input path (screens, API, CSV import) calls this guard.
 */
@Component
class FreeTextGuard {

    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\d])\\d(?:[ ./-]?\\d){12,18}(?![\\d])");
    private static final Pattern NIR_IN_TEXT = Pattern.compile(
            "(?<![\\dA-Za-z])[123478] ?\\d{2} ?\\d{2} ?(?:\\d{2}|2[AaBb]) ?\\d{3} ?\\d{3}(?: ?\\d{2})?(?![\\d])");
    /**
     * The name of an identity document followed, within a few words, by a number of 5 characters or more with at
     * least 4 digits: "titre de séjour n° 7503123456", "passeport 18AB12345", "driving licence no. 880692310285".
     */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("(?iu)(?<![\\p{L}])(?:titres? de s[ée]jour|cartes? de s[ée]jour"
            + "|permis de conduire|passeports?|cartes? (?:nationale )?d.identit[ée]|CNI|num[ée]ro (?:d.)?[ée]tranger|AGDREF"
            + "|residence (?:permit|card)|driv(?:ing|er.?s) licen[cs]e|passport|identity card|ID card)"
            + "[^\\p{L}\\d]{0,12}(?:(?:n[°o]|num[ée]ro|number|no)[^\\p{L}\\d]{0,5})?(?=[A-Za-z\\d]{0,4}\\d{4})[A-Za-z\\d][A-Za-z\\d ]{4,}");
    /** The free-text fields of a person besides the note, by API name. */
    private static final List<Map.Entry<String, Function<PersonData, String>>> TEXT_FIELDS = List.of(
            Map.entry("lastName", PersonData::lastName), Map.entry("firstNames", PersonData::firstNames),
            Map.entry("address", PersonData::address), Map.entry("company", PersonData::company),
            Map.entry("jobTitle", PersonData::jobTitle));

    private final Map<SensitiveCategory, Pattern> terms;

    /** Loads the shipped word lists. */
    public FreeTextGuard() {
        terms = new EnumMap<>(SensitiveCategory.class);
        for (var category : SensitiveCategory.values()) {
            if (category != SensitiveCategory.SUSPECTED_IDENTIFIER) {
                terms.put(category, patternOf(load(category, "fr"), load(category, "en")));
            }
        }
    }

    /** Reviews a free text; an empty or null text is clean. */
    public FreeTextReview review(String text) {
        if (text == null || text.isBlank()) {
            return new FreeTextReview(List.of(), List.of());
        }
        var refusals = new LinkedHashSet<IdentifierGuard.Kind>();
        var digitRuns = DIGIT_RUN.matcher(text);
        while (digitRuns.find()) {
            if (IdentifierGuard.luhn(IdentifierGuard.digitsOf(digitRuns.group()))) {
                refusals.add(IdentifierGuard.Kind.PAYMENT_CARD);
            }
        }
        var nirs = NIR_IN_TEXT.matcher(text);
        while (nirs.find()) {
            if (IdentifierGuard.isNir(nirs.group().toUpperCase(Locale.ROOT))) {
                refusals.add(IdentifierGuard.Kind.SOCIAL_SECURITY_NUMBER);
            }
        }
        var folded = Text.fold(text);
        var flags = new ArrayList<ReviewFlag>();
        if (!suspicions(text).isEmpty()) {
            flags.add(new ReviewFlag(SensitiveCategory.SUSPECTED_IDENTIFIER, List.of("notes")));
        }
        terms.forEach((category, pattern) -> {
            var found = new LinkedHashSet<String>();
            var matcher = pattern.matcher(folded);
            while (matcher.find()) {
                found.add(text.substring(matcher.start(), matcher.end()).toLowerCase(Locale.ROOT));
            }
            if (!found.isEmpty()) {
                flags.add(new ReviewFlag(category, List.copyOf(found)));
            }
        });
        return new FreeTextReview(List.copyOf(refusals), flags);
    }

    /**
     * Reviews a person's data: the note as {@link #review(String)} does, plus, in every other text field and
     * identifier, the numbers that cannot be refused for sure but look like a NIR, a card or an identity document
     * number (CON-2): the person is flagged for review, with the names of the fields to check.
     */
    public FreeTextReview review(PersonData data) {
        var notes = review(data.notes());
        var fields = new ArrayList<String>();
        if (notes.flags().stream().anyMatch(flag -> flag.category() == SensitiveCategory.SUSPECTED_IDENTIFIER)) {
            fields.add("notes");
        }
        for (var field : TEXT_FIELDS) {
            var value = field.getValue().apply(data);
            if (value != null && !suspicions(value).isEmpty()) {
                fields.add(field.getKey());
            }
        }
        if (IdentifierGuard.suspect(data.accountingCode()).isPresent()) {
            fields.add("accountingCode");
        }
        if (IdentifierGuard.suspect(data.externalRef()).isPresent()) {
            fields.add("externalRef");
        }
        if (fields.isEmpty()) {
            return notes;
        }
        var flags = new ArrayList<ReviewFlag>();
        notes.flags().stream().filter(flag -> flag.category() != SensitiveCategory.SUSPECTED_IDENTIFIER).forEach(flags::add);
        flags.add(new ReviewFlag(SensitiveCategory.SUSPECTED_IDENTIFIER, fields));
        return new FreeTextReview(notes.refusals(), flags);
    }

    /**
     * CON-2, CON-5: the numbers of a text that look like a NIR (without its key, or with a wrong one), a card number
     * failing the Luhn check, or an identity document number named as such; the certain ones are refusals instead.
     */
    static Set<IdentifierGuard.Suspicion> suspicions(String text) {
        var found = EnumSet.noneOf(IdentifierGuard.Suspicion.class);
        // every suspicion needs 4 digits at least: most names and addresses are dismissed without a pattern
        if (text == null || IdentifierGuard.digitsOf(text).length() < 4) {
            return found;
        }
        var digitRuns = DIGIT_RUN.matcher(text);
        while (digitRuns.find()) {
            IdentifierGuard.suspect(digitRuns.group()).ifPresent(found::add);
        }
        var nirs = NIR_IN_TEXT.matcher(text);
        while (nirs.find()) {
            IdentifierGuard.suspect(nirs.group()).ifPresent(found::add);
        }
        if (DOCUMENT_NUMBER.matcher(text).find()) {
            found.add(IdentifierGuard.Suspicion.IDENTITY_DOCUMENT);
        }
        return found;
    }

    private static Pattern patternOf(List<String> french, List<String> english) {
        var alternatives = new LinkedHashSet<String>();
        alternatives.addAll(french);
        alternatives.addAll(english);
        var regex = alternatives.stream()
                .map(Text::fold)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(term -> Pattern.quote(term).replace("-", "\\E[\\s-]?\\Q").replace(" ", "\\E[\\s'-]+\\Q"))
                .collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?:s|x|es)?(?![\\p{L}\\p{N}])"));
        return Pattern.compile(regex);
    }

    private static List<String> load(SensitiveCategory category, String language) {
        var name = "/contacts/review-terms/" + category.resourceName() + "_" + language + ".txt";
        try (InputStream in = FreeTextGuard.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing word list " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
