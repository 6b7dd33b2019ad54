package dev.hourglass.ui.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.DataImports;
import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.forecast.PeriodLength;
import dev.hourglass.model.pipeline.Period;
import dev.hourglass.model.pipeline.PipelineSettings;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.common.Work;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Odds of the period" panel's model on three exports of one CRM (January, April, July 2024). */
class OddsViewModelTest {
    private static final String HEADER = "id,amount,stage,closeDate,outcome,segment\n";
    private static final Period Q2 = new Period(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30));
    private static final PipelineSettings TARGET_1200 = PipelineSettings.defaults(1200);

    @TempDir
    Path dir;
    private Workbook workbook;
    private Dataset april;
    private Dataset july;

    @BeforeEach
    void importThreeExports() throws Exception {
        workbook = Workbook.create(dir.resolve("crm.hourglass"), "USD", "en-US", JsonScenarioCodec.INSTANCE);
        importAs(HEADER + "A,1000,Short list,2024-05-10,OPEN,SMB\n", "2024-01-01");
        april = importAs(HEADER + "A,1000,Long list,2024-05-10,OPEN,SMB\nB,400,Negotiating,2024-06-01,OPEN,SMB\n",
                "2024-04-01");
        july = importAs(HEADER + "A,1000,Redlining,2024-05-10,WON,SMB\n"
                + "B,400,Negotiating,2024-06-01,LOST_COMPETITION,SMB\n", "2024-07-01");
    }

    private Dataset importAs(String deals, String asOf) throws Exception {
        Path csv = dir.resolve("deals.csv");
        Files.writeString(csv, deals);
        return DataImports.deals(workbook, csv, ImportMapping.defaults(), LocalDate.parse(asOf)).dataset();
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    private OddsViewModel viewModel(Work work) {
        return new OddsViewModel(workbook, work, new FigureFormatter(Locale.US, "USD"));
    }

    /* As of 1 April: A 1000 at Long list (Best case, 0.6), B 400 at Negotiating (Commit, 0.9): runs 0 (.04),
     * 400 (.36), 1000 (.06), 1400 (.54) — P10 400, P50 1400, P90 1400. */
    @Test
    void theOddsOfThePeriodAreShownWithTheDealsThatMoveThemMost() throws Exception {
        OddsViewModel vm = viewModel(Work.NOW);

        vm.compute(PipelineViewModel.load(workbook, april), Q2, TARGET_1200, deal -> true);

        assertThat(vm.percentiles()).isEqualTo("$400 / $1,400 / $1,400");
        assertThat(vm.probabilityOfTarget()).matches("5[3-5](\\.\\d)?%");
        assertThat(vm.gapAtP50()).isEqualTo("The median outcome reaches the target");
        assertThat(vm.method()).startsWith("Fewer than 30 closed deals: the SMB forecast's category rates · 10,000 runs, seed 1");
        assertThat(vm.deals()).extracting(d -> d.id()).containsExactly("A", "B");
        assertThat(vm.busyProperty().get()).isFalse();

        vm.compute(PipelineViewModel.load(workbook, april), Q2, PipelineSettings.defaults(2000), deal -> true);
        assertThat(vm.gapAtP50()).isEqualTo("Gap to the target at P50: $600");
        assertThat(vm.probabilityOfTarget()).isEqualTo("0%");
    }

    @Test
    void aResultThatArrivesAfterANewerRequestIsDropped() throws Exception {
        List<Runnable> pending = new ArrayList<>();
        Work later = new Work() {
            @Override
            public <T> void run(String name, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                pending.add(() -> Work.NOW.run(name, work, done, failed));
            }
        };
        OddsViewModel vm = viewModel(later);
        PipelineViewModel.LoadedDeals data = PipelineViewModel.load(workbook, april);

        vm.compute(data, Q2, PipelineSettings.defaults(2000), deal -> true);
        vm.compute(data, Q2, TARGET_1200, deal -> true);
        assertThat(vm.busyProperty().get()).isTrue();
        pending.get(1).run();
        pending.get(0).run();

        assertThat(vm.oddsProperty().get().target()).isEqualTo(1200);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void theBacktestSaysPlainlyWhenThereAreTooFewPeriodsToJudge() throws Exception {
        OddsViewModel vm = viewModel(Work.NOW);

        vm.backtest(PipelineViewModel.load(workbook, july), PeriodLength.QUARTER, TARGET_1200);

        assertThat(vm.backtestPeriods()).hasSize(1);
        assertThat(vm.backtestPeriods().get(0).actual()).isEqualTo(1000);
        assertThat(vm.backtestPeriods().get(0).asOf()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(vm.verdictProperty().get()).startsWith("Too few periods to judge (1; at least 4 needed)");
    }
}
