package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unix-time dates only in a date field's column; amounts in cents divided by 100 only when the mapping says so. */
class UnixTimeAndCentsTest {
    @TempDir
    Path dir;

    @Test
    void unixSecondsAndMillisecondsAreUtcDays() {
        // 1711929599 is 2024-03-31 23:59:59 UTC, 1711929600 is 2024-04-01 00:00:00 UTC
        assertThat(BuiltInDateReading.UNIX_SECONDS.read("1711929599")).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(BuiltInDateReading.UNIX_SECONDS.read(" 1711929600 ")).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(BuiltInDateReading.UNIX_MILLISECONDS.read("1711929599999")).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(BuiltInDateReading.UNIX_SECONDS.read("17119295")).isNull();
        assertThat(BuiltInDateReading.UNIX_SECONDS.read("1711929599.5")).isNull();
        assertThat(BuiltInDateReading.UNIX_MILLISECONDS.read("1711929599")).isNull();
    }

    @Test
    void aNineOrTenDigitColumnIsUnixTimeOnlyWhenItFeedsADateField() throws Exception {
        Path file = dir.resolve("subs.csv");
        Files.writeString(file, "customer,start,mrr\nAcme,1704110400,1704110400\nGlobex,1706788800,4900\n");
        List<LocalDate> starts = new ArrayList<>();
        List<Double> mrr = new ArrayList<>();
        try (CsvFile csv = CsvFile.open(file, List.of("customer", "start", "mrr"), ImportMapping.defaults())) {
            csv.forEachRow(row -> {
                starts.add(row.date(csv.column("start")));
                mrr.add(row.number(csv.column("mrr")));
            });
            assertThat(Detection.english(csv.detections())).containsExactly("start: dates read as Unix time in seconds (UTC)");
        }
        // 1704110400 is 2024-01-01 12:00 UTC, 1706788800 is 2024-02-01 12:00 UTC
        assertThat(starts).containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1));
        assertThat(mrr).containsExactly(1_704_110_400.0, 4_900.0);
    }

    @Test
    void centsAreDividedByHundredExceptInAZeroDecimalCurrencyAndCountsNever() throws Exception {
        Path file = dir.resolve("items.csv");
        Files.writeString(file, "customer,start,amount,quantity,currency\nAcme,2024-01-01,4900,3,usd\n"
                + "Kaisha,2024-01-01,4900,3,JPY\nPlain,2024-01-01,4950,2,\n");
        ImportMapping cents = ImportMapping.defaults().withAmountUnit(AmountUnit.cents("the mapping's amountUnit"));
        List<String> read = new ArrayList<>();
        try (CsvFile csv = CsvFile.open(file, List.of("customer", "start", "amount", "quantity"),
                ImportKind.SUBSCRIPTIONS, cents)) {
            csv.forEachRow(row -> read.add(row.number(csv.column("amount")) + " × "
                    + row.number(csv.column("quantity"))));
            assertThat(Detection.english(csv.detections())).contains("Amounts in cents (the mapping's amountUnit): amount divided by"
                    + " 100; rows whose currency is a zero-decimal currency (JPY, KRW …) as they are");
        }
        assertThat(read).containsExactly("49.0 × 3.0", "4900.0 × 3.0", "49.5 × 2.0");

        List<Double> units = new ArrayList<>();
        try (CsvFile csv = CsvFile.open(file, List.of("amount"), ImportKind.SUBSCRIPTIONS, ImportMapping.defaults())) {
            csv.forEachRow(row -> units.add(row.number(csv.column("amount"))));
            assertThat(Detection.english(csv.detections())).noneMatch(d -> d.contains("cents"));
        }
        assertThat(units).containsExactly(4_900.0, 4_900.0, 4_950.0);
    }

    @Test
    void aRecognisedExportInCentsWhoseAmountsShowADecimalFractionIsReadInUnits() throws Exception {
        Path file = dir.resolve("sigma.csv");
        Files.writeString(file, "id,customer_id,status,start_date,ended_at,quantity,plan_amount,plan_interval,"
                + "plan_currency\nsub_1,cus_1,active,2024-01-02,,1,49.50,month,usd\n"
                + "sub_2,cus_2,active,2024-01-03,,2,99.00,month,usd\n");
        RecognisedExport export = ExportPresets.recognise(CsvPreview.of(file, List.of(), 1).header()).orElseThrow();
        assertThat(export.name()).isEqualTo("Stripe subscriptions export (API or Sigma)");
        assertThat(export.mapping().amountUnit().cents()).isTrue();
        List<Double> amounts = new ArrayList<>();
        try (CsvFile csv = CsvFile.open(file, SubscriptionsCsvReader.FIELDS, ImportKind.SUBSCRIPTIONS,
                export.mapping())) {
            csv.forEachRow(row -> amounts.add(row.number(csv.column("amount"))));
            assertThat(Detection.english(csv.detections())).contains("Amounts not in cents after all (Stripe's API export): plan_amount"
                    + " (49.50) has values with a decimal fraction, so it is read as units");
        }
        assertThat(amounts).containsExactly(49.5, 99.0);
    }
}
