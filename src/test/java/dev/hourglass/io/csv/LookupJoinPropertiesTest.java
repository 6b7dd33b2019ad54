package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

/** Joining never drops, repeats or reorders a row, and every row gets the value of its key's first lookup row. */
class LookupJoinPropertiesTest {
    /** Spellings of a few keys, so rows and lookup rows meet across case, spaces and punctuation. */
    private static final List<String> KEYS = List.of("GTX Pro", "GTXPro", "gtx-pro", "MG Special", "mg special",
            "Zeta", "Q1", "", "  ");

    private final Path dir;

    LookupJoinPropertiesTest() throws IOException {
        dir = Files.createTempDirectory("lookup-join");
    }

    @AfterProperty
    void removeFiles() throws IOException {
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

    record Row(String key, String value) {
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<String> keys = Arbitraries.of(KEYS);
        // a value in every row: a line of blanks only is no row at all (the reader skips it)
        Arbitrary<String> values = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(4);
        return Combinators.combine(keys, values).as(Row::new).list().ofMaxSize(40);
    }

    @Property(tries = 150)
    void everyRowComesOutOnceInOrderWithItsKeysFirstLookupValue(@ForAll("rows") List<Row> export,
                                                                @ForAll("rows") List<Row> lookupRows)
            throws Exception {
        Path lookupFile = write("lookup.csv", "key,price", lookupRows);
        Path exportFile = write("export.csv", "key,own", export);
        Map<String, String> firstValue = new HashMap<>();
        for (Row row : lookupRows) {
            String key = LookupTable.matchKey(row.key());
            if (!key.isEmpty()) {
                firstValue.putIfAbsent(key, row.value());
            }
        }
        ImportMapping mapping = new ImportMapping(Map.of(), Map.of(), Map.of(), ImportMapping.defaults().stageSetup(),
                "", List.of(new Lookup(lookupFile, "key", "key", Map.of("price", "listPrice"), "")), DateFormats.none());

        List<String> seen = new ArrayList<>();
        long matched;
        long unmatched;
        try (CsvFile csv = CsvFile.open(exportFile, List.of("listPrice"), mapping)) {
            int price = csv.column("listPrice");
            csv.forEachRow(r -> seen.add(r.line() + "|" + r.string(0) + "|" + r.string(1) + "|" + r.string(price)));
            matched = csv.lookupReports().get(0).rowsMatched();
            unmatched = csv.lookupReports().get(0).rowsUnmatched();
        }

        List<String> expected = new ArrayList<>();
        long expectedMatched = 0;
        for (int i = 0; i < export.size(); i++) {
            Row row = export.get(i);
            String value = firstValue.get(LookupTable.matchKey(row.key()));
            expectedMatched += value == null ? 0 : 1;
            expected.add((i + 2) + "|" + row.key() + "|" + row.value() + "|" + (value == null ? "" : value));
        }
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(matched).isEqualTo(expectedMatched);
        assertThat(matched + unmatched).isEqualTo(export.size());
    }

    private Path write(String name, String header, List<Row> rows) throws IOException {
        StringBuilder text = new StringBuilder(header).append('\n');
        for (Row row : rows) {
            // quoted, so a blank key still makes a row of two fields
            text.append('"').append(row.key()).append("\",\"").append(row.value()).append("\"\n");
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
