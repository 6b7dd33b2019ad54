package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.io.BadInputException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The byte reading of UTF-8 CSV gives FastCSV's rows, line numbers included, at any buffer size. */
class Utf8CsvRowsTest {
    private static final TextEncoding UTF8 = new TextEncoding(StandardCharsets.UTF_8, 0, "UTF-8");
    /** Buffer sizes: refills in every place of a row, and one read for the whole file. */
    private static final int[] BUFFERS = {1, 2, 3, 5, 8, 13, 64, 1 << 20};

    @TempDir
    Path dir;

    /** Two parts whatever the load of the machine running the tests (see {@link SpareCore}). */
    @BeforeEach
    void readInTwoParts() {
        System.setProperty("hourglass.csv.parts", "2");
    }

    @AfterEach
    void chooseByLoadAgain() {
        System.clearProperty("hourglass.csv.parts");
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("rows.csv");
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /** Each row as "line:field|field…". */
    private static List<String> rows(RowSource source) throws BadInputException {
        List<String> rows = new ArrayList<>();
        for (CsvRow row = source.next(); row != null; row = source.next()) {
            rows.add(row.line() + ":" + String.join("|", row.fields()));
        }
        return rows;
    }

    private List<String> bytePath(String content, int buffer) throws Exception {
        try (Utf8CsvRows source = Utf8CsvRows.open(write(content), "rows.csv", "", UTF8, ',', buffer)) {
            return rows(source);
        }
    }

    private List<String> fastCsv(String content) throws Exception {
        try (CsvRows source = CsvRows.openFastCsv(write(content), "rows.csv", "", UTF8, ',')) {
            return rows(source);
        }
    }

    /** The rows at every buffer size, checked to be FastCSV's. */
    private List<String> read(String content) throws Exception {
        List<String> expected = fastCsv(content);
        for (int buffer : BUFFERS) {
            assertThat(bytePath(content, buffer)).as("buffer of %d bytes", buffer).isEqualTo(expected);
        }
        return expected;
    }

    @Test
    void quotedFieldsHoldSeparatorsDoubledQuotesAndLineBreaks() throws Exception {
        assertThat(read("id,name\n1,\"Smith, John\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,\"\"\n5,x\"y\n"))
                .containsExactly("1:id|name", "2:1|Smith, John", "3:2|say \"hi\"", "4:3|two\nlines", "6:4|",
                        "7:5|x\"y");
    }

    @Test
    void crlfAndLoneCrEndRowsAndCountOneLineEach() throws Exception {
        assertThat(read("a,b\r\n1,2\r\n\r\n3,\"x\r\ny\"\r\n4,5\r6,7\n"))
                .containsExactly("1:a|b", "2:1|2", "4:3|x\r\ny", "6:4|5", "7:6|7");
    }

    @Test
    void emptyFieldsStayAndLinesOfBlanksAreSkippedButCounted() throws Exception {
        // separators, spaces or an empty quoted field only: what a spreadsheet leaves under cleared rows, no row
        assertThat(read("a,b,c\n,,\n\n\n1,,3\n,\n \n\"\"\n4,5,6\n"))
                .containsExactly("1:a|b|c", "5:1||3", "9:4|5|6");
    }

    @Test
    void multiByteUtf8TextIsDecodedWhereverTheBufferEnds() throws Exception {
        assertThat(read("owner,team\nZoë Müller,東京\n\"Ørsted, Å\",🚀 launch\nplain,ascii\n"))
                .containsExactly("1:owner|team", "2:Zoë Müller|東京", "3:Ørsted, Å|🚀 launch", "4:plain|ascii");
    }

    @Test
    void aLastLineWithoutLineBreakIsARow() throws Exception {
        assertThat(read("a,b\n1,2")).containsExactly("1:a|b", "2:1|2");
        assertThat(read("a,b\n1,")).containsExactly("1:a|b", "2:1|");
        assertThat(read("a,b\n1,\"q\"")).containsExactly("1:a|b", "2:1|q");
        assertThat(read("a,b\n1,2\r")).containsExactly("1:a|b", "2:1|2");
    }

    @Test
    void rowsFastCsvReadsItsOwnWayAreHandedToFastCsvWithTheRowsBeforeThemKept() throws Exception {
        // text after a closing quote, a lone CR inside quotes, a quote left open at the end
        for (String odd : List.of("\"ab\"c,d\n", "\"a\rb\"\n9,9\n", "\"open,\n")) {
            String content = "a,b\n1,2\n" + odd + "3,4\n";
            List<String> expected = fastCsv(content);
            assertThat(expected).startsWith("1:a|b", "2:1|2");
            for (int buffer : BUFFERS) {
                assertThat(bytePath(content, buffer)).as("%s, buffer %d", odd, buffer).isEqualTo(expected);
            }
        }
    }

    @Test
    void theScannerLeavesSuchRowsToFastCsv() throws Exception {
        Path file = write("a,b\n\"ab\"c,d\n");
        try (FileChannel channel = FileChannel.open(file)) {
            Utf8RowScanner scanner = new Utf8RowScanner(channel, 0, 1, ',', 64);
            assertThat(scanner.next().fields()).containsExactly("a", "b");
            assertThatThrownBy(scanner::next).isInstanceOf(Utf8RowScanner.Unusual.class);
        }
    }

    @Test
    void bytesThatAreNotUtf8StopTheReadAtTheirLine() throws Exception {
        Path file = dir.resolve("bad.csv");
        byte[] head = "a,b\n1,2\nZo".getBytes(StandardCharsets.UTF_8);
        byte[] tail = ",3\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, content, 0, head.length);
        content[head.length] = (byte) 0xEB; // Windows-1252 ë
        System.arraycopy(tail, 0, content, head.length + 1, tail.length);
        Files.write(file, content);
        try (Utf8CsvRows source = Utf8CsvRows.open(file, "bad.csv", "", UTF8, ',', 4)) {
            assertThat(source.next().fields()).containsExactly("a", "b");
            assertThat(source.next().fields()).containsExactly("1", "2");
            assertThatThrownBy(source::next).isInstanceOf(BadInputException.class)
                    .hasMessage("bad.csv, line 3: not valid UTF-8 although the start of the file is; save the whole"
                            + " file in one encoding (UTF-8 is best)");
        }
    }

    /** Collects the second part's rows, to hand them on after the first part's. */
    private static final class Collecting implements PartReading<List<String>> {
        private final List<String> into;
        long linesBefore = -1;

        Collecting(List<String> into) {
            this.into = into;
        }

        @Override
        public List<String> newPiece() {
            return new ArrayList<>();
        }

        @Override
        public void read(List<String> part, CsvRow row) {
            part.add(row.line() + ":" + String.join("|", row.fields()));
        }

        @Override
        public void handOn(List<String> part, long before) {
            linesBefore = before;
            for (String row : part) {
                int colon = row.indexOf(':');
                into.add((Long.parseLong(row.substring(0, colon)) + before) + row.substring(colon));
            }
        }
    }

    private static List<String> inTwoParts(Path file, double from, Collecting[] used) throws Exception {
        List<String> rows = new ArrayList<>();
        Collecting second = new Collecting(rows);
        try (CsvFile csv = CsvFile.open(file, List.of("a", "b"), ImportMapping.defaults())) {
            csv.forEachRow(r -> rows.add(r.line() + ":" + String.join("|", r.fields())), second, from, 0);
        }
        used[0] = second;
        return rows;
    }

    private static List<String> inOnePart(Path file) throws Exception {
        List<String> rows = new ArrayList<>();
        try (CsvFile csv = CsvFile.open(file, List.of("a", "b"), ImportMapping.defaults())) {
            csv.forEachRow(r -> rows.add(r.line() + ":" + String.join("|", r.fields())));
        }
        return rows;
    }

    @Test
    void aSecondPartStartingAtARowKeepsItsLineNumbersAndOrder() throws Exception {
        String content = "a,b\n" + IntStream.rangeClosed(1, 40)
                .mapToObj(i -> i + ",\"v\n" + i + "\"").collect(Collectors.joining("\n")) + "\n";
        Path file = write(content);
        Collecting[] second = new Collecting[1];
        // 0.5 of the file lands in a quoted field: its line break is inside quotes, so the part does not start at a row
        List<String> expected = inOnePart(file);
        assertThat(expected).hasSize(40).contains("4:2|v\n2", "80:40|v\n40");
        for (double from = 0.05; from < 1; from += 0.05) {
            assertThat(inTwoParts(file, from, second)).as("second part from %.2f", from).isEqualTo(expected);
        }
    }

    @Test
    void aQuotedLineBreakAcrossTheSplitMakesTheFirstThreadReadOn() throws Exception {
        String content = "a,b\n1,\"" + "x".repeat(40) + "\n" + "y".repeat(40) + "\"\n2,3\n";
        Path file = write(content);
        Collecting[] second = new Collecting[1];
        double insideTheQuote = (content.indexOf('\n', 10) - 1) / (double) content.length();
        assertThat(inTwoParts(file, insideTheQuote, second)).isEqualTo(inOnePart(file))
                .containsExactly("2:1|" + "x".repeat(40) + "\n" + "y".repeat(40), "4:2|3");
        assertThat(second[0].linesBefore).as("the part read from inside the quote was not used").isEqualTo(-1);

        double atARow = content.indexOf("\n2,3") / (double) content.length();
        assertThat(inTwoParts(file, atARow, second)).containsExactly(
                "2:1|" + "x".repeat(40) + "\n" + "y".repeat(40), "4:2|3");
        assertThat(second[0].linesBefore).isEqualTo(3);
    }
}
