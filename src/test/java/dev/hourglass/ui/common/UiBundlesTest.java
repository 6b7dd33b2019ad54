package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The desktop's bundles are complete: English and German hold the same keys with the same {n} placeholders and no
 * empty text, and every key the FXML ({@code %key}) and the Java sources ({@code UiText.text("key")}) ask for is there.
 */
class UiBundlesTest {
    private static final Path RESOURCES = Path.of("src/main/resources/dev/hourglass/ui");
    private static final Path SOURCES = Path.of("src/main/java/dev/hourglass/ui");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern FXML_KEY = Pattern.compile("=\"%([^\"]+)\"");
    private static final Pattern JAVA_KEY = Pattern.compile("UiText\\.text\\(\\s*\"([^\"]+)\"");

    @Test
    void englishAndGermanHoldTheSameKeys() throws IOException {
        assertThat(load("ui_de.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("ui.properties").stringPropertyNames());
    }

    @Test
    void everyTextHasTheSamePlaceholdersInBothLanguages() throws IOException {
        Properties english = load("ui.properties");
        Properties german = load("ui_de.properties");
        TreeMap<String, String> different = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            if (german.containsKey(key)
                    && !placeholders(english.getProperty(key)).equals(placeholders(german.getProperty(key)))) {
                different.put(key, english.getProperty(key) + " | " + german.getProperty(key));
            }
        }
        assertThat(different).isEmpty();
    }

    @Test
    void aQuoteIsDoubledWhereATextTakesArguments() throws IOException {
        // MessageFormat reads a lone ' as the start of a quoted part and drops it: "channel's {0}" → "channels {0}"
        for (String bundle : List.of("ui.properties", "ui_de.properties")) {
            Properties texts = load(bundle);
            assertThat(texts.stringPropertyNames()).as(bundle).filteredOn(key -> {
                String text = texts.getProperty(key);
                return PLACEHOLDER.matcher(text).find()
                        && text.replace("''", "").replace("'{'", "").replace("'}'", "").contains("'");
            }).isEmpty();
        }
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String bundle : List.of("ui.properties", "ui_de.properties")) {
            Properties texts = load(bundle);
            assertThat(texts.stringPropertyNames()).as(bundle)
                    .filteredOn(key -> texts.getProperty(key).isBlank()).isEmpty();
        }
    }

    @Test
    void everyKeyTheFxmlAsksForIsInTheBundle() throws IOException {
        Set<String> keys = load("ui.properties").stringPropertyNames();
        Set<String> asked = keysIn(RESOURCES, ".fxml", FXML_KEY);
        assertThat(asked).hasSizeGreaterThan(100);
        assertThat(asked).filteredOn(key -> !keys.contains(key)).isEmpty();
    }

    @Test
    void everyKeyTheSourcesAskForIsInTheBundle() throws IOException {
        Set<String> keys = load("ui.properties").stringPropertyNames();
        Set<String> asked = keysIn(SOURCES, ".java", JAVA_KEY);
        assertThat(asked).hasSizeGreaterThan(100);
        // a literal ending in "." is the start of keys built at run time ("plan.line." + line.key())
        assertThat(asked).filteredOn(key -> key.endsWith(".")
                ? keys.stream().noneMatch(k -> k.startsWith(key)) : !keys.contains(key)).isEmpty();
    }

    @Test
    void aLanguageIsChosenFromThePickThenTheSystemThenEnglish() {
        assertThat(UiText.choose(Optional.of(Locale.GERMAN), Locale.US))
                .isEqualTo(Locale.GERMAN);
        assertThat(UiText.choose(Optional.empty(), Locale.GERMANY)).isEqualTo(Locale.GERMAN);
        assertThat(UiText.choose(Optional.empty(), Locale.FRANCE)).isEqualTo(Locale.ENGLISH);
        assertThat(UiText.nameOf(Locale.GERMAN)).isEqualTo("Deutsch");
        assertThat(UiText.nameOf(Locale.ENGLISH)).isEqualTo("English");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Set<String> keysIn(Path folder, String extension, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(extension)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts;
    }
}
