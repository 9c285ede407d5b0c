package org.custodian;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * French is the default language and English the second: both bundles of every module carry the
 * same keys, and every key a template uses exists.
 */
class MessageBundlesTests {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");

    @Test
    @DisplayName("every French bundle has an English twin with exactly the same keys")
    void frenchAndEnglishBundlesHaveTheSameKeys() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            var french = files.filter(path -> !path.getFileName().toString().contains("_")).toList();
            assertThat(french).isNotEmpty();
            for (var path : french) {
                var english = BUNDLES.resolve(path.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(english).as("English twin of %s", path).exists();
                assertThat(keys(english)).as("keys of %s", english).isEqualTo(keys(path));
            }
        }
    }

    @Test
    @DisplayName("every message key used by a template is defined")
    void templatesOnlyUseDefinedKeys() throws IOException {
        var defined = new HashSet<String>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (var path : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                defined.addAll(keys(path));
            }
        }
        var missing = new TreeSet<String>();
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (var template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                var matcher = TEMPLATE_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!defined.contains(matcher.group(1))) {
                        missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> keys(Path bundle) throws IOException {
        var properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
