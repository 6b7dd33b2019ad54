package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.io.BadInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvEncodingTest {
    private static final List<String> FIELDS = List.of("customer", "month", "mrr");
    private static final String TEXT = "Customer;Month;MRR\r\nCafé Zürich;2020-01;1200,5 €\r\nŁódź;2020-02;10\r\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[]... parts) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.write(part);
        }
        Path file = dir.resolve(name);
        Files.write(file, all.toByteArray());
        return file;
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static List<String> read(Path file) throws BadInputException {
        try (CsvFile csv = CsvFile.open(file, FIELDS, ImportMapping.defaults())) {
            List<String> rows = new ArrayList<>();
            rows.add(String.join("|", csv.header()));
            csv.forEachRow(r -> rows.add(r.line() + ":" + String.join("|", r.fields())));
            // the encoding's sentence only (the amount column's reading is ColumnDetectionTest's)
            rows.add(String.join(" ", Detection.english(csv.detections()).stream().filter(d -> d.contains(": read as ")).toList()));
            return rows;
        }
    }

    @Test
    void utf16LittleAndBigEndianWithAByteOrderMark() throws Exception {
        List<String> expected = List.of("Customer|Month|MRR", "2:Café Zürich|2020-01|1200,5 €", "3:Łódź|2020-02|10");
        assertThat(read(write("le.csv", bytes(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE))))
                .startsWith(expected.toArray(String[]::new))
                .endsWith("le.csv: read as UTF-16 LE (byte order mark).");
        assertThat(read(write("be.csv", bytes(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE))))
                .startsWith(expected.toArray(String[]::new))
                .endsWith("be.csv: read as UTF-16 BE (byte order mark).");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsToldByItsZeroBytes() throws Exception {
        assertThat(read(write("tab.txt", "customer\tmrr\nAcme\t5\n".getBytes(StandardCharsets.UTF_16LE))))
                .containsExactly("customer|mrr", "2:Acme|5",
                        "tab.txt: read as UTF-16 LE (no byte order mark; told by its zero bytes).");
    }

    @Test
    void utf8WithAndWithoutAByteOrderMark() throws Exception {
        assertThat(read(write("bom.csv", bytes(0xEF, 0xBB, 0xBF), TEXT.getBytes(StandardCharsets.UTF_8))))
                .containsExactly("Customer|Month|MRR", "2:Café Zürich|2020-01|1200,5 €", "3:Łódź|2020-02|10",
                        "bom.csv: read as UTF-8 (with a byte order mark).");
        assertThat(read(write("plain.csv", TEXT.getBytes(StandardCharsets.UTF_8))))
                .endsWith(""); // plain UTF-8 is what everyone expects: no sentence
    }

    @Test
    void windows1252FromExcelsSaveAsCsvIsReadAsSuch() throws Exception {
        Charset windows = Charset.forName("windows-1252");
        String text = "Customer;Month;MRR\r\nCafé Zürich;2020-01;1200,5 €\r\n";
        assertThat(read(write("excel.csv", text.getBytes(windows)))).containsExactly(
                "Customer|Month|MRR", "2:Café Zürich|2020-01|1200,5 €",
                "excel.csv: read as Windows-1252, as it is not valid UTF-8 (line 2, byte 24).");
    }

    @Test
    void anAsciiStartIsNotTakenAsProofOfUtf8() throws Exception {
        StringBuilder text = new StringBuilder("customer,mrr\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("Customer ").append(i).append(",10\n");
        }
        text.append("Société Générale,20\n");
        List<String> rows = read(write("late.csv", text.toString().getBytes(Charset.forName("windows-1252"))));
        assertThat(rows.get(rows.size() - 2)).isEqualTo("20002:Société Générale|20");
        assertThat(rows.get(rows.size() - 1))
                .isEqualTo("late.csv: read as Windows-1252, as it is not valid UTF-8 (line 20002, byte "
                        + (text.indexOf("é") + 1) + ").");
    }

    @Test
    void bytesWindows1252DoesNotDefineAreReplacedAndReportedByLine() throws Exception {
        Path file = write("excel.csv", "customer,mrr\nCaf".getBytes(StandardCharsets.US_ASCII), bytes(0xE9),
                ",1\nA".getBytes(StandardCharsets.US_ASCII), bytes(0x81), "B,2\nC,3\nD".getBytes(StandardCharsets.US_ASCII),
                bytes(0x8D), ",4\nE".getBytes(StandardCharsets.US_ASCII), bytes(0x90), ",5\n".getBytes(StandardCharsets.US_ASCII));
        try (CsvFile csv = CsvFile.open(file, FIELDS, ImportMapping.defaults())) {
            List<String> customers = new ArrayList<>();
            csv.forEachRow(r -> customers.add(r.string(0)));
            assertThat(customers).containsExactly("Café", "A\uFFFDB", "C", "D\uFFFD", "E\uFFFD");
            assertThat(Detection.english(csv.detections())).contains(
                    "excel.csv, line 3: bytes that are not Windows-1252 text were replaced (\uFFFD); so were bytes on 2 more lines.");
        }
    }

    @Test
    void invalidUtf8AfterTheSampleStopsWithTheLine() throws Exception {
        StringBuilder text = new StringBuilder("customer,mrr\nCafé,1\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("Customer ").append(i).append(",10\n");
        }
        Path file = write("mixed.csv", text.toString().getBytes(StandardCharsets.UTF_8),
                "Soci\u00e9t\u00e9,20\n".getBytes(Charset.forName("windows-1252")));
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage("mixed.csv, line 20003: not valid UTF-8 although the start of the file is; save the"
                        + " whole file in one encoding (UTF-8 is best)");
    }

    @Test
    void aSheetAskedOfACsvFileIsSaidNotToBeUsed() throws Exception {
        Path file = write("ledger.csv", "customer,month,mrr\nAcme,2020-01,5\n".getBytes(StandardCharsets.UTF_8));
        try (CsvFile csv = CsvFile.open(file, FIELDS, ImportMapping.defaults().withSheet("Ledger"))) {
            assertThat(Detection.english(csv.detections())).containsExactly(
                    "ledger.csv is a CSV file, which has no sheets: the sheet 'Ledger' was not used.");
        }
    }

    @Test
    void utf8ValidationTellsTheFirstBadByteAndForgivesACutOffEnd() {
        assertThat(TextEncoding.firstInvalidUtf8("añb€".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
        assertThat(TextEncoding.firstInvalidUtf8(bytes('a', 0xE9, 'b'))).isEqualTo(1);
        assertThat(TextEncoding.firstInvalidUtf8(bytes('a', 0xC0, 0x80))).isEqualTo(1);
        assertThat(TextEncoding.firstInvalidUtf8(bytes('a', 0xE2, 0x82))).isEqualTo(-1);
        assertThat(TextEncoding.firstInvalidUtf8(bytes(0xED, 0xA0, 0x80))).isZero();
    }
}
