package dev.hourglass.ui.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.DatasetChoice;
import dev.hourglass.app.SampleWorkbook;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.leads.Lead;
import dev.hourglass.model.leads.LeadData;
import dev.hourglass.model.pipeline.LeadFunnel;
import dev.hourglass.model.pipeline.LeadStage;
import dev.hourglass.model.pipeline.Period;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.common.EditHistory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Pipeline view's lead funnel over imported leads, on the sample workbook's deals. In the shown period: ads has
 * a won lead and an SQL, seo an MQL and a bare lead; one more ads MQL was created the day before the period.
 */
class PipelineLeadFunnelTest {
    @TempDir
    Path dir;
    private Workbook workbook;
    private PipelineViewModel vm;
    private Period period;

    @BeforeEach
    void open() throws Exception {
        workbook = SampleWorkbook.openOrCreate(dir.resolve("Sample.hourglass"));
        vm = new PipelineViewModel(workbook, new EditHistory(), new FigureFormatter(Locale.US, "USD"), Locale.US);
        vm.show(PipelineViewModel.load(workbook, DatasetChoice.newest(vm.datasets()).orElseThrow()));
        period = vm.periodProperty().get();
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    private Lead lead(String id, LocalDate created, String source, LeadStage reached) {
        return new Lead(id, created, source, "", reached, null, null, null, null, OptionalDouble.empty());
    }

    private void importLeads(EnumSet<LeadStage> steps) throws Exception {
        LocalDate start = period.start();
        workbook.importLeads("leads.csv", "leads.csv", new LeadData(List.of(
                lead("L1", start, "ads", LeadStage.WON),
                lead("L2", start.plusDays(3), "ads", LeadStage.SQL),
                lead("L3", period.end(), "seo", LeadStage.MQL),
                lead("L4", start.plusDays(10), "seo", LeadStage.LEAD),
                lead("L5", start.minusDays(1), "ads", LeadStage.MQL)), steps));
        vm.refreshDatasets();
    }

    private List<Long> counts() {
        return vm.leadSteps().stream().map(LeadFunnel.Step::count).toList();
    }

    @Test
    void importedLeadsReplaceTheTypedCountsForAllSourcesOrOne() throws Exception {
        assertThat(vm.leadGrid().edit(0, "999")).isTrue();
        assertThat(counts().get(0)).isEqualTo(999L);
        assertThat(vm.typingNeededProperty().get()).isTrue();

        importLeads(EnumSet.of(LeadStage.MQL, LeadStage.SQL, LeadStage.WON));

        assertThat(vm.leadSources()).containsExactly("ads", "seo"); // ads has 3 leads in all, seo 2
        assertThat(counts().subList(0, 3)).containsExactly(4L, 3L, 2L);
        assertThat(vm.typingNeededProperty().get()).isFalse();
        assertThat(vm.countOrigin(LeadStage.LEAD)).isEqualTo("from leads.csv: leads created in the period");
        assertThat(vm.countOrigin(LeadStage.SAL)).isEqualTo("from the deals of the period");
        assertThat(vm.leadSteps().get(1).conversionFromPrevious()).hasValue(0.75);

        vm.leadSourceProperty().set("ads");
        assertThat(counts().subList(0, 3)).containsExactly(2L, 2L, 2L);
        assertThat(vm.countOrigin(LeadStage.MQL)).isEqualTo("from leads.csv: leads created in the period with source ads");
        vm.leadSourceProperty().set("seo");
        assertThat(counts().subList(0, 3)).containsExactly(2L, 1L, 0L);
        assertThat(vm.leadsNeeded()).isEmpty(); // no SQL: the SQL → SAL rate is not known

        vm.leadSourceProperty().set(null);
        vm.periodProperty().set(new Period(period.start().minusDays(1), period.end()));
        assertThat(counts().subList(0, 3)).containsExactly(5L, 4L, 2L);
    }

    @Test
    void aStepTheImportLacksIsTyped() throws Exception {
        assertThat(vm.leadGrid().edit(2, "1")).isTrue(); // SQLs typed
        importLeads(EnumSet.of(LeadStage.MQL));

        assertThat(vm.typingNeededProperty().get()).isTrue();
        assertThat(counts().subList(0, 3)).containsExactly(4L, 3L, 1L);
        assertThat(vm.countOrigin(LeadStage.SQL)).isEqualTo("typed above");
        assertThat(vm.countOrigin(LeadStage.MQL)).startsWith("from leads.csv");
        // More SALs in the period's deals than the one SQL typed: an SQL → SAL rate above 100 % needs no target.
        assertThat(vm.leadSteps().get(3).count()).isGreaterThan(1);
        assertThat(vm.leadsNeeded()).isEmpty();
    }

    @Test
    void aLaterStepTheImportHasIsCountedFromTheLeadsNotFromTheDeals() throws Exception {
        importLeads(EnumSet.of(LeadStage.MQL, LeadStage.SQL, LeadStage.WON));

        // One lead (L1) reached won in the period; the sample's deals won far more, but they are another population.
        assertThat(counts().get(LeadStage.WON.ordinal())).isEqualTo(1L);
        assertThat(vm.countOrigin(LeadStage.WON)).isEqualTo("from leads.csv: leads created in the period");
        assertThat(vm.countOrigin(LeadStage.SAL)).isEqualTo("from the deals of the period"); // the file has no SAL column
    }
}
