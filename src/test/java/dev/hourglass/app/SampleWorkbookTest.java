package dev.hourglass.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.actuals.CohortAnalysis;
import dev.hourglass.model.pipeline.Period;
import dev.hourglass.model.pipeline.PipelineAnalysis;
import dev.hourglass.model.pipeline.PipelineSettings;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.StoredScenario;
import dev.hourglass.store.Workbook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void theSampleHoldsTheSeedScenariosAndDataEveryViewCanCompute() throws Exception {
        Path file = dir.resolve("nested/Sample.hourglass");
        try (Workbook workbook = SampleWorkbook.openOrCreate(file)) {
            assertThat(workbook.scenarios()).extracting(StoredScenario::scenario).containsExactlyElementsOf(SeedScenarios.all());
            List<Dataset> datasets = workbook.datasets();
            assertThat(datasets).extracting(Dataset::kind).containsExactly(Dataset.Kind.DEALS, Dataset.Kind.LEDGER,
                    Dataset.Kind.ACCOUNTS);
            assertThat(datasets.get(0).rowCount()).isEqualTo(SampleWorkbook.DEALS);
            assertThat(workbook.readAccounts(datasets.get(2).id())).hasSize(SampleWorkbook.ACCOUNTS);

            PipelineAnalysis.Accumulator pipeline = new PipelineAnalysis.Accumulator(workbook.stageSetup(
                    datasets.get(0).id()), new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 3, 31)),
                    PipelineSettings.defaults(1_000_000));
            workbook.readDeals(datasets.get(0).id(), pipeline);
            assertThat(pipeline.result().rates().closeRate()).isPresent();

            var cohorts = CohortAnalysis.analyse(workbook.readLedger(datasets.get(1).id()));
            assertThat(cohorts.trailing12()).isNotEmpty();
        }
        // opening again reuses the file instead of building it anew
        long size = java.nio.file.Files.size(file);
        try (Workbook again = SampleWorkbook.openOrCreate(file)) {
            assertThat(again.scenarios()).hasSize(3);
        }
        assertThat(java.nio.file.Files.size(file)).isEqualTo(size);
    }
}
