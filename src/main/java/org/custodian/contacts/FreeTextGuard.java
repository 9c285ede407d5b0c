package org.custodian.contacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * CON-5 (seed 000 §5, "avoid free comment areas or strictly frame them"): a free text is refused when
 * it holds a payment card number or a NIR, and flagged for review when it holds terms of the special
 * categories of data (health, religion, politics, union membership, sexual orientation, ethnic origin)
 * or insults.
 *
 * <p>The word lists are resources ({@code contacts/review-terms/<category>_fr.txt} and {@code _en.txt}),
 * matched as whole words, ignoring case and accents, with plural forms in {@code s}/{@code x}. Every
 * input path (screens, API, CSV import) calls this guard.
 */
@Component
public class FreeTextGuard {

    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\d])\\d(?:[ .-]?\\d){12,18}(?![\\d])");
    private static final Pattern NIR_IN_TEXT = Pattern.compile(
            "(?<![\\dA-Za-z])[123478] ?\\d{2} ?\\d{2} ?(?:\\d{2}|2[AaBb]) ?\\d{3} ?\\d{3} ?\\d{2}(?![\\d])");

    private final Map<SensitiveCategory, Pattern> terms;

    /** Loads the shipped word lists. */
    public FreeTextGuard() {
        terms = new EnumMap<>(SensitiveCategory.class);
        for (var category : SensitiveCategory.values()) {
            terms.put(category, patternOf(load(category, "fr"), load(category, "en")));
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
