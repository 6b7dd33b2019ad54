package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.io.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/** For any CSV text, the byte reading and FastCSV give the same rows on the same lines. */
class Utf8CsvRowsPropertiesTest {
    private static final TextEncoding UTF8 = new TextEncoding(StandardCharsets.UTF_8, 0, "UTF-8");
    private final Path dir;

    Utf8CsvRowsPropertiesTest() throws IOException {
        dir = Files.createTempDirectory("utf8-rows");
    }

    @BeforeProperty
    void readInTwoParts() {
        System.setProperty("hourglass.csv.parts", "2"); // whatever the load of the machine (see SpareCore)
    }

    @AfterProperty
    void removeFiles() throws IOException {
        System.clearProperty("hourglass.csv.parts");
        try (var files = Files.list(dir)) {
            files.forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Files.delete(dir);
    }

    /** Text made mostly of what CSV gives meaning to: separators, quotes, line breaks, blanks, multi-byte letters. */
    @Provide
    Arbitrary<String> csvText() {
        Arbitrary<String> pieces = Arbitraries.of(",", ",", "\"", "\"", "\"\"", "\n", "\n", "\r\n", "\r", " ", "a", "bc",
                "12", "ë", "東京", "🚀", ";", "\t", "\"x,y\"", "\"p\nq\"");
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("rows.csv");
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static List<String> rows(RowSource source) {
        List<String> rows = new ArrayList<>();
        try {
            for (CsvRow row = source.next(); row != null; row = source.next()) {
                rows.add(row.line() + ":" + row.fieldCount() + ":" + String.join("|", row.fields()));
            }
        } catch (BadInputException e) {
            rows.add("error: " + e.getMessage());
        }
        return rows;
    }

    @Property(tries = 1000)
    void theByteReadingGivesFastCsvsRows(@ForAll("csvText") String text, @ForAll @IntRange(min = 1, max = 40) int buffer)
            throws IOException {
        Path file = write(text);
        List<String> fastCsv;
        try (CsvRows source = CsvRows.openFastCsv(file, "rows.csv", "", UTF8, ',')) {
            fastCsv = rows(source);
        }
        try (Utf8CsvRows source = Utf8CsvRows.open(file, "rows.csv", "", UTF8, ',', buffer)) {
            assertThat(rows(source)).isEqualTo(fastCsv);
        }
    }

    @Property(tries = 300)
    void readingInTwoPartsGivesTheRowsOfOne(@ForAll("csvText") String body, @ForAll @IntRange(min = 1, max = 99) int percent,
                                           @ForAll @IntRange(min = 1, max = 4) int rowsAPiece)
            throws IOException, BadInputException {
        Path file = write("a,b\n" + body + "\nz,z\n");
        List<String> one = new ArrayList<>();
        try (CsvFile csv = CsvFile.open(file, List.of("a", "b"), ImportMapping.defaults())) {
            csv.forEachRow(r -> one.add(r.line() + ":" + String.join("|", r.fields())));
        }
        List<String> two = new ArrayList<>();
        try (CsvFile csv = CsvFile.open(file, List.of("a", "b"), ImportMapping.defaults())) {
            csv.forEachRow(r -> two.add(r.line() + ":" + String.join("|", r.fields())), new PartReading<List<String>>() {
                @Override
                public List<String> newPiece() {
                    return new ArrayList<>();
                }

                @Override
                public void read(List<String> part, CsvRow row) {
                    part.add(row.line() + "\u0000" + String.join("|", row.fields()));
                }

                @Override
                public int rowsAPiece() {
                    return rowsAPiece; // pieces handed on while the part is read, and a part that ends after some
                }

                @Override
                public void handOn(List<String> part, long linesBefore) {
                    for (String row : part) {
                        int cut = row.indexOf('\u0000');
                        two.add((Long.parseLong(row.substring(0, cut)) + linesBefore) + ":" + row.substring(cut + 1));
                    }
                }
            }, percent / 100.0, 0);
        }
        assertThat(two).isEqualTo(one);
    }
}
