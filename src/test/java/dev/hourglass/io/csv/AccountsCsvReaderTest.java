package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.sample.AccountsGenerator;
import dev.hourglass.model.accounts.Account;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsCsvReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryColumnAndLeavesEmptyIndicatorsUnknown() throws Exception {
        Path file = dir.resolve("accounts.csv");
        Files.writeString(file, """
                Account;Source;Campaign;Segment;Start Date;ARR;Renewal Date;daysToActivation;daysToFirstValue;featuresAdopted;featuresAvailable;activeUsers;seats;ticketsPerActiveUser;activeStakeholders;nps;renewed;expansionArr;churnDate
                ACME;Paid search;Campaign B;Enterprise;2025-01-15;24000;2026-01-15;9;21;7;10;38;40;0.25;4;-20;yes;6000;
                Globex;;;;2024-06-01;12000;;;;;;;;;;;no;;2025-06-01
                """, StandardCharsets.UTF_8);
        AccountsCsvReader.Result result = AccountsCsvReader.read(file, ImportMapping.defaults());
        assertThat(result.problems().isEmpty()).isTrue();
        Account acme = result.accounts().get(0);
        assertThat(acme.arr()).isEqualTo(24_000);
        assertThat(acme.daysToActivation()).hasValue(9);
        assertThat(acme.ticketsPerActiveUser()).hasValue(0.25);
        assertThat(acme.nps()).hasValue(-20);
        assertThat(acme.renewed()).contains(true);
        assertThat(acme.expansionArr()).isEqualTo(6_000);
        Account globex = result.accounts().get(1);
        assertThat(globex.daysToActivation()).isEqualTo(OptionalInt.empty());
        assertThat(globex.ticketsPerActiveUser()).isEqualTo(OptionalDouble.empty());
        assertThat(globex.churnDate()).contains(LocalDate.of(2025, 6, 1));
        assertThat(globex.churned()).isTrue();
        assertThat(globex.arrNow()).isZero();
        assertThat(acme.arrNow()).isEqualTo(30_000);
    }

    @Test
    void badRowsAreReportedByLineAndColumnAndTheRestIsKept() throws Exception {
        Path file = dir.resolve("messy.csv");
        Files.writeString(file, """
                account,startDate,arr,nps,renewed,seats
                A1,2025-02-30,100,,,
                A2,2025-01-01,-5,,,
                A3,2025-01-01,100,150,,
                A4,2025-01-01,100,,maybe,
                A5,2025-01-01,100,,,2.5
                A6,2025-01-01,100,10,no,4
                A6,2025-01-01,100,,,
                A1,2025-02-01,100,,,
                """, StandardCharsets.UTF_8);
        AccountsCsvReader.Result result = AccountsCsvReader.read(file, ImportMapping.defaults());
        // A1 corrected on the last line is not a duplicate of its refused first row.
        assertThat(result.accounts()).extracting(Account::account).containsExactly("A6", "A1");
        assertThat(result.rowsRead()).isEqualTo(8);
        assertThat(result.problems().total()).isEqualTo(6);
        List<String> examples = result.problems().reasons().stream().flatMap(r -> r.examples().stream()).toList();
        assertThat(examples).contains(
                "messy.csv, line 2, column 'startDate': startDate is not a date (YYYY-MM-DD) ('2025-02-30')",
                "messy.csv, line 3, column 'arr': arr is negative ('-5')",
                "messy.csv, line 4, column 'nps': nps is not between -100 and 100 ('150')",
                "messy.csv, line 5, column 'renewed': renewed is not yes or no ('maybe')",
                "messy.csv, line 6, column 'seats': seats is not a whole number ('2.5')",
                "messy.csv, line 8, column 'account': account appears twice ('A6', first on line 7)");
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrUsableRowsIsRefused() throws Exception {
        Path none = dir.resolve("none.csv");
        Files.writeString(none, "account,arr\nA1,100\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AccountsCsvReader.read(none, ImportMapping.defaults())).isInstanceOf(BadInputException.class)
                .hasMessage("none.csv, line 1: missing column 'startDate' (the header has: account, arr)");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "account,startDate,arr\nA1,someday,100\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AccountsCsvReader.read(bad, ImportMapping.defaults())).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("bad.csv: no usable account row in 1 row; first problem: bad.csv, line 2");
    }

    @Test
    void theGeneratedExportReadsCleanlyAndItsOutcomesFollowTheIndicators() throws Exception {
        Path file = dir.resolve("generated.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new AccountsGenerator(7).write(out, 4_000);
        }
        AccountsCsvReader.Result result = AccountsCsvReader.read(file, ImportMapping.defaults());
        assertThat(result.problems().isEmpty()).isTrue();
        assertThat(result.accounts()).hasSize(4_000);
        List<Account> known = result.accounts().stream().filter(a -> a.renewed().isPresent()).toList();
        double churnActivated = churnRate(known.stream().filter(a -> a.daysToActivation().isPresent()).toList());
        double churnNever = churnRate(known.stream().filter(a -> a.daysToActivation().isEmpty()).toList());
        assertThat(churnNever).isGreaterThan(2 * churnActivated); // real signal for the predictor table
        assertThat(result.accounts().stream().filter(a -> a.renewed().isEmpty()).count()).isGreaterThan(500);
    }

    private static double churnRate(List<Account> accounts) {
        return (double) accounts.stream().filter(a -> !a.renewed().orElseThrow()).count() / accounts.size();
    }
}
