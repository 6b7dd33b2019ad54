package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static java.util.stream.Collectors.toMap;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.sample.AccountsGenerator;
import dev.hourglass.model.accounts.Account;
import dev.hourglass.model.accounts.Indicator;
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
        // A bad required value leaves the row out; a bad optional one only that value. A1 corrected on the last
        // line is not a duplicate of its refused first row.
        assertThat(result.accounts()).extracting(Account::account).containsExactly("A3", "A4", "A5", "A6", "A1");
        assertThat(result.rowsRead()).isEqualTo(8);
        assertThat(result.problems().total()).isEqualTo(3);
        List<String> examples = result.problems().reasons().stream().flatMap(r -> r.examples().stream()).toList();
        assertThat(examples).containsExactly(
                "messy.csv, line 2, column 'startDate': startDate is not a date (YYYY-MM-DD) ('2025-02-30')",
                "messy.csv, line 3, column 'arr': arr is negative ('-5')",
                "messy.csv, line 8, column 'account': account appears twice ('A6', first on line 7)");
        List<String> notes = result.notes().reasons().stream().flatMap(r -> r.examples().stream()).toList();
        assertThat(notes).containsExactly(
                "messy.csv, line 4, column 'nps': nps is not between -100 and 100: value left empty ('150')",
                "messy.csv, line 5, column 'renewed': renewed is not yes or no: value left empty ('maybe')",
                "messy.csv, line 6, column 'seats': seats is not a whole number: value left empty ('2.5')");
        assertThat(result.notes().reasons().get(0).lines()).containsExactly(4L);
        Map<String, Account> byId = result.accounts().stream().collect(toMap(Account::account, a -> a));
        assertThat(byId.get("A3").nps()).isEmpty();
        assertThat(byId.get("A4").renewed()).isEmpty();
        assertThat(byId.get("A5").seats()).isEmpty();
        assertThat(byId.get("A6").nps()).hasValue(10);
        assertThat(byId.get("A6").seats()).hasValue(4);
    }

    @Test
    void aBadDateOrNumberOfAnOptionalColumnIsLeftEmptyAndAContractionIsKept() throws Exception {
        Path file = dir.resolve("values.csv");
        Files.writeString(file, """
                account,startDate,arr,renewalDate,nps,ticketsPerActiveUser,featuresAdopted,featuresAvailable,expansionArr
                B1,2025-01-01,12000,next year,n/a,-1,12,10,-2000
                B2,2025-01-01,12000,2026-01-01,40,0.5,3,10,-15000
                """, StandardCharsets.UTF_8);
        AccountsCsvReader.Result result = AccountsCsvReader.read(file, ImportMapping.defaults());
        assertThat(result.problems().isEmpty()).isTrue();
        Account b1 = result.accounts().get(0);
        assertThat(b1.renewalDate()).isEmpty();
        assertThat(b1.nps()).isEmpty();
        assertThat(b1.ticketsPerActiveUser()).isEmpty();
        assertThat(b1.featuresAdopted()).hasValue(12);
        assertThat(b1.expansionArr()).isEqualTo(-2_000); // a contraction
        assertThat(b1.arrNow()).isEqualTo(10_000);
        Account b2 = result.accounts().get(1);
        assertThat(b2.expansionArr()).isZero(); // cannot contract below 0 ARR: left empty
        assertThat(b2.renewalDate()).contains(LocalDate.of(2026, 1, 1));
        List<String> notes = result.notes().reasons().stream().flatMap(r -> r.examples().stream()).toList();
        assertThat(notes).containsExactly(
                "values.csv, line 2, column 'ticketsPerActiveUser': ticketsPerActiveUser is negative: value left empty"
                        + " ('-1')",
                "values.csv, line 2, column 'nps': nps is not a number: value left empty ('n/a')",
                "values.csv, line 2, column 'featuresAdopted': featuresAdopted is above featuresAvailable: adoption"
                        + " counted as 100 % (12 of 10)",
                "values.csv, line 2, column 'renewalDate': renewalDate is not a date (YYYY-MM-DD): value left empty"
                        + " ('next year')",
                "values.csv, line 3, column 'expansionArr': expansionArr contracts the account below 0 ARR: value"
                        + " left empty ('-15000')");
        assertThat(result.notes().total()).isEqualTo(5);
    }

    @Test
    void aFileWithoutTheActivationColumnLeavesActivationUnknownAndSaysSo() throws Exception {
        Path without = dir.resolve("without.csv");
        Files.writeString(without, """
                account,startDate,arr,activeUsers,seats,nps
                C1,2025-01-01,1000,30,40,20
                C2,2025-01-01,1000,,,
                """, StandardCharsets.UTF_8);
        AccountsCsvReader.Result result = AccountsCsvReader.read(without, ImportMapping.defaults());
        assertThat(result.accounts()).allSatisfy(a -> {
            assertThat(a.activationKnown()).isFalse();
            assertThat(a.activated()).isFalse();
        });
        assertThat(result.missingIndicators()).containsExactly(Indicator.ACTIVATION, Indicator.TIME_TO_FIRST_VALUE,
                Indicator.ADOPTION, Indicator.SUPPORT_LOAD, Indicator.STAKEHOLDERS);
        assertThat(result.warnings().get(0)).isEqualTo("The file has no daysToActivation column: activation is left"
                + " out of the score and its weight shared over the others");

        // With the column, an empty cell is a value: not activated.
        Path with = dir.resolve("with.csv");
        Files.writeString(with, """
                account,startDate,arr,daysToActivation
                D1,2025-01-01,1000,
                D2,2025-01-01,1000,12
                """, StandardCharsets.UTF_8);
        AccountsCsvReader.Result read = AccountsCsvReader.read(with, ImportMapping.defaults());
        assertThat(read.accounts()).allSatisfy(a -> assertThat(a.activationKnown()).isTrue());
        assertThat(read.accounts()).extracting(Account::activated).containsExactly(false, true);
        assertThat(read.missingIndicators()).doesNotContain(Indicator.ACTIVATION);
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
