package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No words written into the views: FXML attributes that show text are {@code %key}s, and the ui sources pass no
 * string literal with words to a control's text, a dialog, a column or a tooltip — they ask {@link UiText}.
 */
class NoHardCodedTextTest {
    private static final Path RESOURCES = Path.of("src/main/resources/dev/hourglass/ui");
    private static final Path SOURCES = Path.of("src/main/java/dev/hourglass/ui");
    private static final Pattern FXML_TEXT =
            Pattern.compile("\\s(text|promptText|title|header|label|accessibleText)=\"([^\"]*)\"");
    /** Calls and constructors whose string arguments a user reads. */
    private static final Pattern SHOWN = Pattern.compile("(?:\\.|\\b)(?:setText|setTitle|setHeaderText|setContentText"
            + "|setPromptText|setName|setLabel|setAccessibleText|setPlaceholderText|appendText|updateMessage"
            + "|Tables\\.tooltip|Tables\\.column|Dialogs\\.\\w+|ExportFiles\\.save|(?<![.\\w])icon"
            + "|(?<![.\\w])(?:error|warning|fail)|(?:message|status|warning|hint|notice|problem|summary|title|caption|note)\\w*\\.set"
            + "|new\\s+(?:Label|Button|MenuItem|Menu|Tooltip|Tab|TableColumn|CheckBox|RadioButton|ToggleButton"
            + "|CheckMenuItem|RadioMenuItem|Hyperlink|TitledPane|ButtonType|Text|Alert|TextInputDialog"
            + "|ExtensionFilter|FileChooser\\.ExtensionFilter|Placeholder))\\s*(?:<[^>(]*>)?\\s*\\(");
    /** Where a value is handed back: a return, a switch's arm or yield, a lambda's expression. */
    private static final Pattern RETURNED = Pattern.compile("\\breturn\\s|\\byield\\s|->");
    /** Words as a user reads them: two words with a space, or one capitalised word (not a code or a style class). */
    private static final Pattern SENTENCE = Pattern.compile("[A-Za-z]{2,}[^\\n]*\\s[^\\n]*[A-Za-z]{2,}|^[A-Z][a-z]{2,}\\W*$");
    private static final Pattern WORDS = Pattern.compile("[A-Za-z]{2,}");
    /** Handed back but never shown: a programming error's message (a plan row asked by an id the grid lacks). */
    private static final Set<String> RETURNED_NOT_SHOWN = Set.of("plan/PlanGrid.java: no row ");
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+");
    /** Not language: file patterns, the app's name in its own brand. */
    private static final Set<String> NOT_LANGUAGE = Set.of("Hourglass");

    @Test
    void fxmlShowsNoTextButKeys() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(RESOURCES, ".fxml")) {
            Matcher m = FXML_TEXT.matcher(Files.readString(file));
            while (m.find()) {
                if (!m.group(2).startsWith("%") && WORDS.matcher(m.group(2)).find()) {
                    found.add(RESOURCES.relativize(file) + ": " + m.group(0).strip());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void javaSourcesPassNoWordsToWhatTheUserReads() throws IOException {
        assertThat(wordsInSources(SHOWN, (source, m) -> literalsInCall(source, m.end() - 1),
                (file, literal) -> isLanguage(literal))).isEmpty();
    }

    /** A text handed back from a method or a switch is shown by whoever asked for it, so it is the user's too. */
    @Test
    void javaSourcesReturnNoWords() throws IOException {
        assertThat(wordsInSources(RETURNED, (source, m) -> literalsInStatement(source, m.end()),
                (file, literal) -> isReturnedWords(literal) && !RETURNED_NOT_SHOWN.contains(file + ": " + literal)))
                .isEmpty();
    }

    /** The literals at each place {@code at} finds in the ui sources that {@code words} takes for the user's words. */
    private static List<String> wordsInSources(Pattern at, BiFunction<String, Matcher, List<String>> literals,
                                               BiPredicate<Path, String> words) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(SOURCES, ".java")) {
            String source = withoutComments(Files.readString(file));
            Path name = SOURCES.relativize(file);
            Matcher m = at.matcher(source);
            while (m.find()) {
                for (String literal : literals.apply(source, m)) {
                    if (words.test(name, literal)) {
                        found.add(name + ": " + m.group().strip() + " \"" + literal + "\"");
                    }
                }
            }
        }
        return found;
    }

    @Test
    void theReturnScanFindsWordsInReturnsAndSwitchArms() {
        String source = "String a() { return \"No data\"; } String b(K k) { return switch (k) { case X -> \"Plan\";"
                + " default -> UiText.text(\"a.b\"); }; } String c() { return \"plan-total\"; }"
                + " String d() { return n == 1 ? \"\" : \"s\"; }";
        List<String> literals = new ArrayList<>();
        Matcher m = RETURNED.matcher(source);
        while (m.find()) {
            literalsInStatement(source, m.end()).stream()
                    .filter(NoHardCodedTextTest::isReturnedWords).forEach(literals::add);
        }
        assertThat(literals).containsExactly("No data", "Plan");
    }

    @Test
    void theScanFindsWordsInEachKindOfCall() {
        String source = "a.setText(\"Open\"); new Label(\"Name: \" + n); Tables.column(\"Closing ARR\", x); "
                + "b.setText(UiText.text(\"menu.open\")); new Label(\"×\");";
        List<String> literals = new ArrayList<>();
        Matcher m = SHOWN.matcher(source);
        while (m.find()) {
            literalsInCall(source, m.end() - 1).stream().filter(NoHardCodedTextTest::isLanguage).forEach(literals::add);
        }
        assertThat(literals).containsExactly("Open", "Name: ", "Closing ARR");
    }

    /** Words handed back, not a log line ({} placeholders), a CSS selector or a code. */
    private static boolean isReturnedWords(String literal) {
        return isLanguage(literal) && SENTENCE.matcher(literal).find() && !literal.contains("{}")
                && !literal.startsWith(".");
    }

    private static boolean isLanguage(String literal) {
        return WORDS.matcher(literal).find() && !KEY.matcher(literal).matches() && !NOT_LANGUAGE.contains(literal)
                && !literal.startsWith("*.") && !literal.startsWith("-fx-");
    }

    /** The string literals between the parenthesis at {@code open} and its partner. */
    private static List<String> literalsInCall(String source, int open) {
        return literals(source, open, true);
    }

    /**
     * The string literals from {@code from} to the end of the expression there: a semicolon, a comma or a closing
     * bracket outside any brackets opened after {@code from}, or a block's brace (a lambda with a body, a switch).
     */
    private static List<String> literalsInStatement(String source, int from) {
        return literals(source, from, false);
    }

    private static List<String> literals(String source, int from, boolean call) {
        List<String> literals = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                int end = i + 1;
                StringBuilder literal = new StringBuilder();
                while (end < source.length() && source.charAt(end) != '"') {
                    if (source.charAt(end) == '\\') {
                        literal.append(source.charAt(end++));
                    }
                    literal.append(source.charAt(end++));
                }
                literals.add(literal.toString());
                i = end;
            } else if (c == '\'') {
                i = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (c == '(' || !call && c == '[') {
                depth++;
            } else if (c == ')' || !call && c == ']') {
                if (--depth == 0 && call || depth < 0) {
                    break;
                }
            } else if (!call && depth == 0 && ";,{}".indexOf(c) >= 0) {
                break;
            }
        }
        return literals;
    }

    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }

    private static List<Path> files(Path folder, String extension) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(extension)).sorted().toList();
        }
    }
}
