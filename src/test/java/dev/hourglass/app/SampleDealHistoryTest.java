package dev.hourglass.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.io.sample.DealsGenerator;
import dev.hourglass.model.forecast.BacktestPeriod;
import dev.hourglass.model.forecast.OddsMethod;
import dev.hourglass.model.forecast.PeriodLength;
import dev.hourglass.model.pipeline.PipelineSettings;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample's deals come with the exports of the quarters before, so a new user sees the backtest work. */
class SampleDealHistoryTest {
    @TempDir
    static Path dir;
    private static Workbook workbook;
    private static Dataset latest;

    @BeforeAll
    static void build() throws Exception {
        workbook = SampleWorkbook.openOrCreate(dir.resolve("Sample.hourglass"));
        latest = DatasetChoice.newest(workbook, Dataset.Kind.DEALS).orElseThrow();
    }

    @AfterAll
    static void close() {
        workbook.close();
    }

    @Test
    void theDealsAreOneSourceExportedAtTheEndOfEachOfTheEightQuartersBeforeTheLatest() throws Exception {
        WorkbookSnapshots snapshots = WorkbookSnapshots.all(workbook, latest);

        assertThat(snapshots.dates()).containsExactly(LocalDate.of(2016, 12, 31), LocalDate.of(2017, 3, 31),
                LocalDate.of(2017, 6, 30), LocalDate.of(2017, 9, 30), LocalDate.of(2017, 12, 31),
                LocalDate.of(2018, 3, 31), LocalDate.of(2018, 6, 30), LocalDate.of(2018, 9, 30),
                DealsGenerator.EXPORTED_ON);
        assertThat(snapshots.datasets()).hasSize(workbook.datasets(Dataset.Kind.DEALS).size())
                .allSatisfy(d -> assertThat(d.sourceFile()).isEqualTo("crm-export.csv"));
        assertThat(snapshots.datasets().get(SampleWorkbook.HISTORY_QUARTERS)).isEqualTo(latest);
        assertThat(latest.rowCount()).isEqualTo(SampleWorkbook.DEALS);
        List<Long> rows = snapshots.datasets().stream().map(Dataset::rowCount).toList();
        assertThat(rows).isSorted().doesNotHaveDuplicates();
        assertThat(rows.get(0)).isGreaterThan(SampleWorkbook.DEALS / 4);
        assertThat(snapshots.datasets().get(0).report()).isPresent();
    }

    @Test
    void theBacktestTestsTheEightQuartersWithTheSameFiguresForTheSameSeed() throws Exception {
        Backtests.Backtest first = backtest(7);
        Backtests.Backtest again = backtest(7);

        assertThat(first.periods()).hasSize(8);
        assertThat(first.periods()).extracting(p -> p.period().start()).containsExactly(LocalDate.of(2017, 1, 1),
                LocalDate.of(2017, 4, 1), LocalDate.of(2017, 7, 1), LocalDate.of(2017, 10, 1),
                LocalDate.of(2018, 1, 1), LocalDate.of(2018, 4, 1), LocalDate.of(2018, 7, 1),
                LocalDate.of(2018, 10, 1));
        assertThat(first.periods()).extracting(BacktestPeriod::asOf)
                .containsExactlyElementsOf(SampleWorkbook.historyDays());
        assertThat(first.periods()).allSatisfy(p -> {
            assertThat(p.odds().method()).isEqualTo(OddsMethod.HISTORY);
            assertThat(p.odds().p10()).isPositive().isLessThan(p.odds().p50());
            assertThat(p.odds().p90()).isGreaterThan(p.odds().p50());
        });
        // what was won in each quarter by the latest export; the odds were within a third of it
        assertThat(first.periods()).extracting(BacktestPeriod::actual).containsExactly(15_548_900.0, 14_285_700.0,
                14_260_000.0, 17_090_700.0, 15_474_200.0, 16_009_900.0, 14_647_000.0, 18_421_100.0);
        assertThat(first.periods()).allSatisfy(p ->
                assertThat(p.odds().p50() / p.actual()).isBetween(2 / 3.0, 4 / 3.0));
        assertThat(first.calibration().periods()).isEqualTo(8);
        assertThat(first.calibration().belowP10()).isPresent();
        assertThat(figures(again)).isEqualTo(figures(first));
        assertThat(figures(backtest(8))).isNotEqualTo(figures(first));
    }

    private static Backtests.Backtest backtest(long seed) throws Exception {
        return Backtests.run(WorkbookSnapshots.all(workbook, latest), PeriodLength.QUARTER, null, null,
                PipelineSettings.defaults(1), OptionalDouble.empty(), 2_000, seed);
    }

    private static List<Double> figures(Backtests.Backtest backtest) {
        List<Double> figures = new ArrayList<>();
        for (BacktestPeriod p : backtest.periods()) {
            figures.addAll(List.of(p.odds().p10(), p.odds().p50(), p.odds().p90(), p.actual()));
        }
        figures.addAll(List.of(backtest.calibration().belowP10().orElse(-1), backtest.calibration().belowP50()
                .orElse(-1), backtest.calibration().belowP90().orElse(-1)));
        return figures;
    }
}
