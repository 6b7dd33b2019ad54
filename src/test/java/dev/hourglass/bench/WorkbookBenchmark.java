package dev.hourglass.bench;

import dev.hourglass.app.DataImports;
import dev.hourglass.app.DatasetChoice;
import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.app.SampleWorkbook;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.pipeline.DealFilter;
import dev.hourglass.model.pipeline.Dimension;
import dev.hourglass.model.pipeline.Period;
import dev.hourglass.model.pipeline.PipelineAnalysis;
import dev.hourglass.model.pipeline.PipelineResult;
import dev.hourglass.model.pipeline.PipelineSettings;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.StoredScenario;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.common.EditHistory;
import dev.hourglass.ui.pipeline.PipelineViewModel;
import java.nio.file.Files;
import dev.hourglass.io.csv.ImportMapping;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Speed of the workbook file (issue 4), in one process so the figures compare: opening a workbook that holds
 * 1,000,000 deals and computing its pipeline figures (target < 1 s), and saving an edited scenario in a workbook
 * without data and in that one (target < 20 ms, whatever the data). Run by {@code bench/run.sh}, which also times
 * the import end to end. Arguments: the 1,000,000-deal CSV and a scratch folder.
 */
public final class WorkbookBenchmark {
    private static final int SAVES = 100;

    private WorkbookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dealsCsv = Path.of(args[0]);
        Path scratch = Files.createDirectories(Path.of(args[1]));
        Path large = scratch.resolve("bench-1m.hourglass");
        Path small = scratch.resolve("bench-empty.hourglass");
        Path sample = scratch.resolve("bench-sample.hourglass");
        for (Path file : new Path[] {large, small, sample}) {
            Files.deleteIfExists(file);
        }
        // As the app does at start: open the sample workbook and compute its pipeline.
        SampleWorkbook.create(sample);
        openAndCompute(sample);

        try (Workbook workbook = Workbook.create(large, "USD", "en-US", JsonScenarioCodec.INSTANCE)) {
            workbook.addScenario(SeedScenarios.baseCase());
            DataImports.deals(workbook, dealsCsv, ImportMapping.defaults());
        }
        long[] openTimes = new long[5];
        for (int i = 0; i < openTimes.length; i++) {
            long start = System.nanoTime();
            PipelineResult result = openAndCompute(large);
            openTimes[i] = System.nanoTime() - start;
            if (i == 0) {
                System.out.printf("  (%,d deals analysed, close rate %s)%n", result.dealsAnalysed(),
                        result.rates().closeRate());
            }
        }
        System.out.printf("%-52s first %5d ms, median %5d ms (target < 1000)   runs: %s%n",
                "open 1,000,000-deal workbook + pipeline figures", millis(openTimes[0]), millis(median(openTimes)),
                Arrays.toString(Arrays.stream(openTimes).map(WorkbookBenchmark::millis).toArray()));

        pipelineView(large);

        try (Workbook workbook = Workbook.create(small, "USD", "en-US", JsonScenarioCodec.INSTANCE)) {
            workbook.addScenario(SeedScenarios.baseCase());
        }
        long[] emptySaves = saves(small);
        long[] largeSaves = saves(large);
        System.out.printf("%-52s median %6.2f ms, p95 %6.2f ms (target < 20)%n", "save a scenario, workbook without data",
                ms(median(emptySaves)), ms(p95(emptySaves)));
        System.out.printf("%-52s median %6.2f ms, p95 %6.2f ms (target < 20)%n", "save a scenario, 1,000,000-deal workbook",
                ms(median(largeSaves)), ms(p95(largeSaves)));
        System.out.printf("%-52s %.2f%n", "ratio large / without data (median)", (double) median(largeSaves) / median(emptySaves));
        for (Path file : new Path[] {large, small, sample}) {
            Files.deleteIfExists(file);
        }
    }

    /** The pipeline view's model with 1,000,000 deals: a filter or the period changes, every figure is recomputed. */
    private static void pipelineView(Path file) throws Exception {
        try (Workbook workbook = Workbook.open(file, JsonScenarioCodec.INSTANCE)) {
            var vm = new PipelineViewModel(workbook, new EditHistory(),
                    new FigureFormatter(Locale.US, "USD"), Locale.US);
            vm.show(PipelineViewModel.load(workbook, DatasetChoice.newest(vm.datasets()).orElseThrow()));
            var segments = vm.values(Dimension.SEGMENT);
            long[] filterTimes = new long[10];
            for (int i = 0; i < filterTimes.length; i++) {
                long start = System.nanoTime();
                vm.filterProperty().set(DealFilter.all()
                        .with(Dimension.SEGMENT, segments.get(i % segments.size())));
                filterTimes[i] = System.nanoTime() - start;
            }
            long[] periodTimes = new long[10];
            for (int i = 0; i < periodTimes.length; i++) {
                long start = System.nanoTime();
                vm.periodProperty().set(vm.periods().get(i % vm.periods().size()).period());
                periodTimes[i] = System.nanoTime() - start;
            }
            System.out.printf("%-52s median %5d ms, max %5d ms (target < 200)%n", "pipeline view, 1,000,000 deals: filter",
                    millis(median(filterTimes)), millis(Arrays.stream(filterTimes).max().orElse(0)));
            System.out.printf("%-52s median %5d ms, max %5d ms (target < 200)%n", "pipeline view, 1,000,000 deals: period",
                    millis(median(periodTimes)), millis(Arrays.stream(periodTimes).max().orElse(0)));
        }
    }

    private static PipelineResult openAndCompute(Path file) throws Exception {
        try (Workbook workbook = Workbook.open(file, JsonScenarioCodec.INSTANCE)) {
            Dataset deals = workbook.datasets().stream().filter(d -> d.kind() == Dataset.Kind.DEALS).findFirst()
                    .orElseThrow();
            PipelineAnalysis.Accumulator analysis = new PipelineAnalysis.Accumulator(workbook.stageSetup(deals.id()),
                    new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 3, 31)), PipelineSettings.defaults(1.5e9));
            workbook.readDeals(deals.id(), analysis);
            return analysis.result();
        }
    }

    private static long[] saves(Path file) throws Exception {
        long[] times = new long[SAVES];
        try (Workbook workbook = Workbook.open(file, JsonScenarioCodec.INSTANCE)) {
            StoredScenario stored = workbook.scenarios().get(0);
            Scenario base = stored.scenario();
            for (int i = 0; i < SAVES + 10; i++) {
                Scenario edited = base.withUnitEconomics(base.unitEconomics().orElseThrow().withCac(10_000 + i));
                long start = System.nanoTime();
                workbook.saveScenario(stored.id(), edited, "bench " + i);
                if (i >= 10) {
                    times[i - 10] = System.nanoTime() - start;
                }
            }
        }
        return times;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long p95(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
