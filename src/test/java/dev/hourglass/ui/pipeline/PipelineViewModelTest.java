package dev.hourglass.ui.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.DataImports;
import dev.hourglass.app.DatasetChoice;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.app.SampleWorkbook;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.DealFilter;
import dev.hourglass.model.pipeline.Dimension;
import dev.hourglass.model.pipeline.ForecastCategory;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.Period;
import dev.hourglass.model.pipeline.PipelineAnalysis;
import dev.hourglass.model.pipeline.PipelineChanges;
import dev.hourglass.model.pipeline.PipelineResult;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.PeriodChoice;
import dev.hourglass.ui.common.EditHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline view's model, without the toolkit, on the sample workbook's 20,000 generated deals. */
class PipelineViewModelTest {
    @TempDir
    Path dir;
    private Workbook workbook;
    private final EditHistory history = new EditHistory();
    private PipelineViewModel vm;

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("Sample.hourglass");
        workbook = SampleWorkbook.openOrCreate(file);
        vm = new PipelineViewModel(workbook, history, new FigureFormatter(Locale.US, "USD"), Locale.US);
        vm.show(PipelineViewModel.load(workbook, DatasetChoice.newest(vm.datasets()).orElseThrow()));
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    @Test
    void theFiguresAreTheModelsForThePeriodAndSettings() {
        PipelineResult shown = vm.resultProperty().get();
        PipelineViewModel.LoadedDeals data = vm.loadedProperty().get();
        PipelineResult expected = PipelineAnalysis.analyse(data.deals(), data.setup(), vm.periodProperty().get(),
                vm.settingsProperty().get());
        assertThat(shown).isEqualTo(expected);
        assertThat(shown.rates().closedCount()).isPositive();
        assertThat(vm.periods()).isNotEmpty();
        assertThat(vm.headlines()).extracting(h -> h.id()).contains("enterpriseCoverage", "closeRate", "forecast");
        assertThat(vm.dealsInPeriod()).allSatisfy(row -> assertThat(vm.periodProperty().get().contains(row.deal().closeDate())
                || vm.periodProperty().get().contains(row.deal().originalCloseDate())).isTrue());
    }

    /** An import whose amounts are in two currencies: its kept report's warning shows with every period's. */
    @Test
    void amountsInTwoCurrenciesWarnInEveryPeriod() throws Exception {
        Path csv = dir.resolve("pipedrive.csv");
        Files.writeString(csv, "Deal - ID;Deal - Value;Deal - Currency;Deal - Stage;Deal - Status;"
                + "Deal - Expected close date\n1;1000;EUR;Proposal;won;2017-02-01\n2;1500;USD;Proposal;won;2017-02-20\n");
        Dataset imported = DataImports.deals(workbook, csv, ImportMapping.defaults()).dataset();

        vm.open(imported);

        assertThat(vm.warningsProperty().get()).contains("⚠ 'Deal - Value' is in 2 currencies (deals by"
                + " 'Deal - Currency': EUR 1, USD 1)");
    }

    @Test
    void openingAnImportReadsItThroughWorkAndShowsItAndAFailedReadIsSaid() throws Exception {
        Path csv = dir.resolve("crm.csv");
        Files.writeString(csv, "id,amount,stage,closeDate\nW1,300,Won,2017-02-01\nE1,400,Engaging,2017-03-20\n");
        Dataset imported = DataImports.deals(workbook, csv, ImportMapping.defaults()).dataset();

        vm.open(imported);

        assertThat(vm.loadedProperty().get().deals()).extracting(Deal::id).containsExactly("W1", "E1");
        assertThat(vm.loadingProperty().get()).isFalse();
        workbook.deleteDataset(imported.id());
        vm.compareWithImport(imported);
        assertThat(vm.changesProperty().get()).isNull();
        vm.open(imported);
        assertThat(vm.messageProperty().get()).isNotBlank();
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void theWarningsOfAnExportAsItComesAreShownAndItsOpenDealsWithoutCloseDateInNoPeriod() throws Exception {
        assertThat(vm.warningsProperty().get()).doesNotContain("lost deals");
        Path csv = dir.resolve("crm.csv");
        Files.writeString(csv, "id,amount,stage,closeDate\nW1,300,Won,2017-02-01\nL1,0,Lost,2017-02-10\n"
                + "L2,,Lost,2017-02-11\nE1,400,Engaging,2017-03-20\nE2,250,Engaging,\n");
        Dataset imported = DataImports.deals(workbook, csv, ImportMapping.defaults()).dataset();
        vm.show(PipelineViewModel.load(workbook, imported));
        vm.setCustomPeriod(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 3, 31));
        assertThat(vm.warningsProperty().get()).isEqualTo("⚠ 2 of 2 lost deals in the period have no amount: rates "
                + "by amount are not meaningful here; use the rates by count\n⚠ no deal has an original close date, so "
                + "slippage cannot be measured: slipped deals and the slippage-adjusted close rate are no data");
        assertThat(vm.periods()).extracting(PeriodChoice::label)
                .containsExactly("2017 Q1", "2017-02", "2017-03");
        assertThat(vm.dealsInPeriod()).extracting(row -> row.deal().id()).containsExactly("W1", "L1", "L2", "E1");
        assertThat(vm.resultProperty().get().openWithoutCloseDate().amount()).isEqualTo(250);
    }

    @Test
    void aFilterNarrowsTheFiguresToMatchingDeals() {
        String segment = vm.values(Dimension.SEGMENT).get(0);
        vm.filterProperty().set(DealFilter.all().with(Dimension.SEGMENT, segment));
        PipelineViewModel.LoadedDeals data = vm.loadedProperty().get();
        List<Deal> matching = data.deals().stream().filter(d -> Dimension.SEGMENT.valueOf(d).equals(segment)).toList();
        assertThat(vm.resultProperty().get()).isEqualTo(PipelineAnalysis.analyse(matching, data.setup(),
                vm.periodProperty().get(), vm.settingsProperty().get()));
        assertThat(vm.dealsInPeriod()).allSatisfy(row -> assertThat(Dimension.SEGMENT.valueOf(row.deal())).isEqualTo(segment));
        vm.filterProperty().set(DealFilter.all().withCategory(ForecastCategory.COMMIT));
        assertThat(vm.dealsInPeriod()).allSatisfy(row -> assertThat(row.category()).isEqualTo(ForecastCategory.COMMIT));
    }

    @Test
    void switchingAnOpenDealIntoTheForecastIsStoredAndUndoable() throws Exception {
        PipelineViewModel.DealRow bestCase = vm.dealsInPeriod().stream()
                .filter(r -> r.deal().outcome() == Outcome.OPEN && r.category() == ForecastCategory.BEST_CASE
                        && r.deal().include() == null && vm.periodProperty().get().contains(r.deal().closeDate()))
                .findFirst().orElseThrow();
        double before = vm.resultProperty().get().forecast();
        vm.setInclude(bestCase, Boolean.TRUE);
        assertThat(vm.resultProperty().get().forecast()).isEqualTo(before + bestCase.deal().amount(),
                Offset.offset(0.01));
        Dataset dataset = vm.loadedProperty().get().dataset();
        List<Deal> stored = new ArrayList<>();
        workbook.readDeals(dataset.id(), stored::add);
        assertThat(stored.get(bestCase.index()).include()).isTrue();
        history.undo();
        assertThat(vm.resultProperty().get().forecast()).isEqualTo(before, Offset.offset(0.01));
        stored.clear();
        workbook.readDeals(dataset.id(), stored::add);
        assertThat(stored.get(bestCase.index()).include()).isNull();
    }

    @Test
    void theLeadFunnelTakesMarketingsCountsAndWorksOutWhatTheTargetNeeds() {
        assertThat(vm.leadsNeeded()).isEmpty(); // no leads typed yet
        assertThat(vm.leadGrid().edit(0, "40000")).isTrue();
        assertThat(vm.leadGrid().edit(1, "10000")).isTrue();
        assertThat(vm.leadGrid().edit(2, "5000")).isTrue();
        assertThat(vm.leadSteps()).extracting(s -> s.count()).startsWith(40_000L, 10_000L, 5_000L);
        PipelineResult r = vm.resultProperty().get();
        double averageWon = r.rates().won().amount() / r.rates().won().count();
        assertThat(vm.leadsNeeded()).extracting(h -> h.id())
                .containsExactly("wonNeeded", "salsNeeded", "sqlsNeeded", "mqlsNeeded", "leadsNeeded");
        assertThat(vm.leadsNeeded().get(0).value()).isEqualTo(
                String.format(Locale.US, "%,d", (long) Math.ceil(r.target() / averageWon)));
        assertThat(vm.leadGrid().edit(0, "-3")).isFalse();
    }

    @Test
    void monthsAndCustomPeriodsCanBeChosen() {
        assertThat(vm.periods()).extracting(PeriodChoice::label).contains("2017-02");
        LocalDate start = LocalDate.of(2017, 2, 1);
        assertThat(vm.setCustomPeriod(start, start.plusDays(44))).isTrue();
        assertThat(vm.resultProperty().get().period()).isEqualTo(new Period(start,
                start.plusDays(44)));
        assertThat(vm.setCustomPeriod(start, start.minusDays(1))).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Period end 2017-01-31 is before its start 2017-02-01");
        UiText.use(Locale.GERMAN);
        try {
            assertThat(vm.setCustomPeriod(start, start.minusDays(1))).isFalse();
            assertThat(vm.messageProperty().get()).isEqualTo("Zeitraum: das Ende (31.01.2017) liegt vor dem Beginn (01.02.2017)");
        } finally {
            UiText.use(Locale.ENGLISH);
        }
    }

    @Test
    void comparingWithAnEarlierImportExplainsHowThePipelineChanged() {
        PipelineViewModel.LoadedDeals now = vm.loadedProperty().get();
        List<Deal> earlierDeals = new ArrayList<>(now.deals());
        earlierDeals.remove(0);
        PipelineViewModel.LoadedDeals earlier = new PipelineViewModel.LoadedDeals(now.dataset(), earlierDeals, now.setup());
        vm.compareWith(earlier);
        var c = vm.changesProperty().get();
        assertThat(c).isEqualTo(PipelineChanges.between(earlierDeals, now.deals(),
                now.setup(), vm.periodProperty().get()));
        assertThat(c.opening() + c.created() + c.movedIn() - c.movedOut() - c.won() - c.lost() + c.amountChanged())
                .isCloseTo(c.closing(), Offset.offset(0.01));
        vm.compareWith(null);
        assertThat(vm.changesProperty().get()).isNull();
    }

    @Test
    void aTargetThatIsNotAnAmountIsRefused() {
        assertThat(vm.setTarget("lots", Locale.US)).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("Target:");
        assertThat(vm.setTarget("2,500,000", Locale.US)).isTrue();
        assertThat(vm.resultProperty().get().target()).isEqualTo(2_500_000);
    }
}
