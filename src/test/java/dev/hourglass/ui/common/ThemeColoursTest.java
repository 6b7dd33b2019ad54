package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Colours come from the theme (hourglass.css on AtlantaFX's looked-up colours), so the dark theme never shows a light
 * theme's colour: no Java or FXML of the desktop writes one.
 */
class ThemeColoursTest {
    private static final Pattern LITERAL_COLOUR = Pattern.compile(
            "#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b"
                    + "|\\b(?:rgba?|hsla?)\\s*\\("
                    + "|\\bColor\\s*\\.\\s*(?:web|rgb|hsb|color|gray|grayRgb|[A-Z][A-Z_]+)\\b"
                    + "|-fx-[a-z-]*(?:color|fill|stroke)\\s*:\\s*(?:white|black|red|green|blue|gray|grey|yellow|orange)\\b");

    @Test
    void noViewCodeOrLayoutWritesAColourOfItsOwn() throws IOException {
        List<String> found = new ArrayList<>();
        found.addAll(literalColours(Path.of("src/main/java/dev/hourglass/ui"), ".java"));
        found.addAll(literalColours(Path.of("src/main/resources/dev/hourglass/ui"), ".fxml"));
        assertThat(found).isEmpty();
    }

    @Test
    void thePatternFindsEachWayOfWritingAColour() {
        for (String line : List.of("Color.web(\"#dbeafe\")", "\"-fx-background-color: rgba(9, 105, 218, 0.5)\"",
                "\"-fx-fill: #1a7f37;\"", "Color.WHITE", "\"-fx-stroke: white;\"", "textFill=\"#abc\"")) {
            assertThat(LITERAL_COLOUR.matcher(line).find()).as(line).isTrue();
        }
        assertThat(LITERAL_COLOUR.matcher("\"-fx-fill: -color-success-fg; -fx-stroke: -color-bg-default;\"").find())
                .isFalse();
        assertThat(LITERAL_COLOUR.matcher("robot.lookup(\"#views\")").find()).isFalse();
    }

    private static List<String> literalColours(Path folder, String extension) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(extension)).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher colour = LITERAL_COLOUR.matcher(lines.get(i));
                    if (colour.find()) {
                        found.add(file + ":" + (i + 1) + ": " + colour.group());
                    }
                }
            }
        }
        return found;
    }
}
