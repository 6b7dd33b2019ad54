package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.io.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {
    private static final List<String> FIELDS = List.of("customer", "month", "mrr");

    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> rows(CsvFile csv) throws BadInputException {
        List<String> rows = new ArrayList<>();
        csv.forEachRow(r -> rows.add(r.line() + ":" + String.join("|", r.fields())));
        return rows;
    }

    @Test
    void readsSemicolonsWithABomQuotesAndBlankLines() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Customer;Month;MRR\n\n\"Acme; Inc.\";2020-01;\"1200.5\"\n\"Say \"\"hi\"\"\";2020-02;10\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        try (CsvFile csv = CsvFile.open(write("ledger.csv", all), FIELDS, ImportMapping.defaults())) {
            assertThat(csv.column("customer")).isZero();
            assertThat(csv.column("mrr")).isEqualTo(2);
            assertThat(rows(csv)).containsExactly("3:Acme; Inc.|2020-01|1200.5", "4:Say \"hi\"|2020-02|10");
        }
    }

    @Test
    void estimatesTheRowsFromTheLengthOfTheFirstLines() throws Exception {
        StringBuilder text = new StringBuilder("customer,month,mrr\n");
        for (int i = 0; i < 20_000; i++) {
            text.append(String.format("Customer %08d with a much longer name than most customers have,2020-01,%20d\n", i, i));
        }
        try (CsvFile csv = CsvFile.open(write("ledger.csv", text.toString()), FIELDS, ImportMapping.defaults())) {
            assertThat(csv.estimatedRows()).isBetween(19_000L, 21_000L);
        }
        try (CsvFile csv = CsvFile.open(write("one-line.csv", "customer,month,mrr"), FIELDS, ImportMapping.defaults())) {
            assertThat(csv.estimatedRows()).isZero();
        }
    }

    @Test
    void detectsCommaAndTabSeparators() throws Exception {
        assertThat(CsvRows.detectSeparator(write("a.csv", "a,b;c,d\n1,2,3\n"))).isEqualTo(',');
        assertThat(CsvRows.detectSeparator(write("b.csv", "a\tb\tc\n"))).isEqualTo('\t');
        assertThat(CsvRows.detectSeparator(write("c.csv", "\"x,y\";b;c\n"))).isEqualTo(';');
    }

    @Test
    void matchesColumnsIgnoringCaseSpacesAndUnderscoresAndThroughRenames() throws Exception {
        Path file = write("deals.csv", "Close Date,close_amount,Account Owner\n2020-01-01,5,Ann\n");
        try (CsvFile csv = CsvFile.open(file, List.of("closeDate", "amount", "owner"),
                ImportMapping.ofColumns(Map.of("close_amount", "amount", "Account Owner", "owner")))) {
            assertThat(csv.column("closeDate")).isZero();
            assertThat(csv.column("amount")).isEqualTo(1);
            assertThat(csv.column("owner")).isEqualTo(2);
        }
    }

    @Test
    void aMissingColumnNamesTheFileTheColumnAndTheHeader() throws Exception {
        Path file = write("ledger.csv", "customer,period,mrr\nA,2020-01,5\n");
        try (CsvFile csv = CsvFile.open(file, FIELDS, ImportMapping.defaults())) {
            assertThatThrownBy(() -> csv.requireColumns(FIELDS))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage("ledger.csv, line 1: missing column 'month' (the header has: customer, period, mrr)");
        }
    }

    @Test
    void anEmptyOrMissingFileIsABadInputWithItsName() throws Exception {
        Path empty = write("empty.csv", "");
        assertThatThrownBy(() -> CsvFile.open(empty, FIELDS, ImportMapping.defaults()))
                .hasMessage("empty.csv: the file is empty (no header row)");
        assertThatThrownBy(() -> CsvFile.open(dir.resolve("nope.csv"), FIELDS, ImportMapping.defaults()))
                .hasMessage("nope.csv: no such file");
    }

    @Test
    void rowProblemsCountEveryRowAndKeepTheFirstExamples() {
        RowProblems problems = new RowProblems("deals.csv");
        for (int line = 2; line < 30; line++) {
            problems.add(line, "amount", "amount is not a number", "'x'");
        }
        problems.add(40, "closeDate", "closeDate is not a date (YYYY-MM-DD)", "'31/12/2017'");
        assertThat(problems.total()).isEqualTo(29);
        assertThat(problems.reasons()).hasSize(2);
        RowProblems.Reason amount = problems.reasons().get(0);
        assertThat(amount.count()).isEqualTo(28);
        assertThat(amount.examples()).hasSize(RowProblems.EXAMPLES_PER_REASON);
        assertThat(amount.examples().get(0)).isEqualTo("deals.csv, line 2, column 'amount': amount is not a number ('x')");
        assertThat(problems.reasons().get(1).lines()).containsExactly(40L);
    }
}
