package dev.hourglass.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.io.sample.AccountsGenerator;
import dev.hourglass.model.accounts.Account;
import dev.hourglass.model.accounts.GroupOutcome;
import dev.hourglass.model.accounts.GroupOutcomes;
import dev.hourglass.model.actuals.CohortAnalysis;
import dev.hourglass.model.pipeline.Period;
import dev.hourglass.model.pipeline.PipelineAnalysis;
import dev.hourglass.model.pipeline.PipelineSettings;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.StoredScenario;
import dev.hourglass.store.Workbook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void theSampleHoldsTheSeedScenariosAndDataEveryViewCanCompute() throws Exception {
        Path file = dir.resolve("nested/Sample.hourglass");
        try (Workbook workbook = SampleWorkbook.openOrCreate(file)) {
            assertThat(workbook.scenarios()).extracting(StoredScenario::scenario).startsWith(
                    SeedScenarios.all().toArray(new Scenario[0]))
                    .containsExactlyElementsOf(SampleWorkbook.scenarios());
            // the deals' earlier exports (SampleDealHistoryTest), the latest one, then the ledger and the accounts
            List<Dataset> datasets = workbook.datasets();
            assertThat(datasets).extracting(Dataset::kind).containsExactlyElementsOf(kinds());
            Dataset deals = DatasetChoice.newest(workbook, Dataset.Kind.DEALS).orElseThrow();
            assertThat(deals.rowCount()).isEqualTo(SampleWorkbook.DEALS);
            assertThat(workbook.readAccounts(datasets.get(datasets.size() - 1).id())).hasSize(SampleWorkbook.ACCOUNTS);

            PipelineAnalysis.Accumulator pipeline = new PipelineAnalysis.Accumulator(workbook.stageSetup(
                    deals.id()), new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 3, 31)),
                    PipelineSettings.defaults(1_000_000));
            workbook.readDeals(deals.id(), pipeline);
            assertThat(pipeline.result().rates().closeRate()).isPresent();

            var cohorts = CohortAnalysis.analyse(workbook.readLedger(datasets.get(datasets.size() - 2).id()));
            assertThat(cohorts.trailing12()).isNotEmpty();

            // every source and campaign of the accounts has a channel of its name, for its CAC; seed 004's point:
            // Campaign A's customers are cheaper, Campaign B's worth more per dollar
            List<Account> accounts = workbook.readAccounts(datasets.get(datasets.size() - 1).id());
            Map<String, Double> spend = new HashMap<>();
            SampleWorkbook.acquisitionChannels().channels().orElseThrow().forEach(c -> spend.put(c.name(), c.spend()));
            List<GroupOutcome> campaigns = GroupOutcomes.byCampaign(accounts, spend, 0.8, AccountsGenerator.AS_OF);
            List<GroupOutcome> sources = GroupOutcomes.bySource(accounts, spend, 0.8, AccountsGenerator.AS_OF);
            assertThat(campaigns).hasSize(6).allSatisfy(o -> assertThat(o.ltvToCac()).isPresent());
            assertThat(sources).hasSize(5).allSatisfy(o -> assertThat(o.ltvToCac()).isPresent());
            GroupOutcome a = campaigns.stream().filter(o -> o.group().startsWith("Campaign A")).findFirst().orElseThrow();
            GroupOutcome b = campaigns.stream().filter(o -> o.group().startsWith("Campaign B")).findFirst().orElseThrow();
            assertThat(a.cac().getAsDouble()).isBetween(10_000.0, b.cac().getAsDouble());
            assertThat(b.ltvToCac().getAsDouble()).isGreaterThan(a.ltvToCac().getAsDouble());
            assertThat(campaigns.indexOf(b)).isLessThan(campaigns.indexOf(a));
        }
        // opening again reuses the file instead of building it anew
        long size = Files.size(file);
        try (Workbook again = SampleWorkbook.openOrCreate(file)) {
            assertThat(again.scenarios()).hasSize(SampleWorkbook.scenarios().size());
        }
        assertThat(Files.size(file)).isEqualTo(size);
    }

    private static List<Dataset.Kind> kinds() {
        List<Dataset.Kind> kinds = new ArrayList<>(Collections.nCopies(SampleWorkbook.HISTORY_QUARTERS + 1,
                Dataset.Kind.DEALS));
        kinds.add(Dataset.Kind.LEDGER);
        kinds.add(Dataset.Kind.ACCOUNTS);
        return kinds;
    }
}
