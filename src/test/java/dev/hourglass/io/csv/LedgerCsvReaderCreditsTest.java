package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.io.BadInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A billing export's credit notes are summed into their customer's month; a negative month is left out with its rows. */
class LedgerCsvReaderCreditsTest {
    @TempDir
    Path dir;

    private LedgerCsvReader.Result read(String content) throws Exception {
        Path file = dir.resolve("ledger.csv");
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return LedgerCsvReader.read(file, ImportMapping.defaults());
    }

    @Test
    void aCreditNoteIsSummedAndANegativeMonthIsLeftOutWithAllItsLines() throws Exception {
        LedgerCsvReader.Result read = read("customer,month,mrr\n"
                + "A,2024-01,100\n"      // line 2
                + "A,2024-01,-30\n"      // line 3: credit note, A's January is 70
                + "B,2024-01,50\n"       // line 4
                + "B,2024-02,20\n"       // line 5
                + "A,2024-02,100\n"      // line 6
                + "B,2024-02,-80\n"      // line 7: B's February adds up to -60
                + "C,2024-01,0\n"        // line 8: all 0, no customer
                + "B,2024-03,x\n");      // line 9: not a number
        assertThat(read.ledger().mrr(0, YearMonth.of(2024, 1))).isEqualTo(70);
        assertThat(read.ledger().mrr(1, YearMonth.of(2024, 2))).isZero();
        assertThat(read.ledger().customerCount()).isEqualTo(2);
        assertThat(read.rowsRead()).isEqualTo(8);
        assertThat(read.problems().total()).isEqualTo(3);
        assertThat(read.problems().reasons()).extracting(RowProblems.Reason::reason).containsExactly(
                "mrr is not a number", "the month's MRR adds up to less than 0 (credits exceed charges)");
        assertThat(read.problems().reasons().get(1).examples()).containsExactly(
                "ledger.csv, line 5, column 'mrr': the month's MRR adds up to less than 0 (credits exceed charges) "
                        + "(customer 'B', 2024-02: -60 from lines 5, 7)",
                "ledger.csv, line 7, column 'mrr': the month's MRR adds up to less than 0 (credits exceed charges) "
                        + "(customer 'B', 2024-02: -60 from lines 5, 7)");
        assertThat(read.rowsRead() - read.problems().total()).as("rows imported").isEqualTo(5);
    }

    @Test
    void aFileWhoseOnlyMonthsAreNegativeOrZeroHasNoCustomer() {
        assertThatThrownBy(() -> read("customer,month,mrr\nA,2024-01,-10\nB,2024-01,0\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("ledger.csv: no customer has MRR above 0 in 2 rows");
    }
}
