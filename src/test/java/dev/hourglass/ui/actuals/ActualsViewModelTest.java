package dev.hourglass.ui.actuals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.SampleWorkbook;
import dev.hourglass.model.actuals.Calibration;
import dev.hourglass.model.actuals.CohortAnalysis;
import dev.hourglass.model.actuals.CohortReport;
import dev.hourglass.model.actuals.Ledger;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.ui.common.Work;
import dev.hourglass.ui.session.SelectedScenario;
import dev.hourglass.ui.session.WorkbookSession;
import dev.hourglass.ui.session.SelectedScenario;
import dev.hourglass.ui.session.WorkbookSession;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The actuals view's model, without the toolkit, on the sample workbook's generated ledger. */
class ActualsViewModelTest {
    @TempDir
    Path dir;
    private WorkbookSession session;
    private ActualsViewModel vm;
    private CohortReport report;

    @BeforeEach
    void open() throws Exception {
        session = new WorkbookSession(SampleWorkbook.openOrCreate(dir.resolve("Sample.hourglass")), Duration.ofHours(1),
                Runnable::run);
        vm = new ActualsViewModel(session.workbook(), new SelectedScenario(session), new FigureFormatter(Locale.US, "USD"));
        Ledger ledger = ActualsViewModel.load(session.workbook(), vm.datasets().get(0));
        report = CohortAnalysis.analyse(ledger);
        vm.show(ledger);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void showsTheLedgersMovementsCohortsAndTrailingRetention() {
        assertThat(vm.months()).isEqualTo(report.months());
        assertThat(vm.cohorts()).isNotEmpty();
        assertThat(vm.trailing()).isNotEmpty();
        assertThat(vm.headlines()).extracting(h -> h.id())
                .containsExactly("mrr", "arr", "trailingNrr", "trailingGrr", "annualLogoChurn",
                        "firstYearLogoChurn");
    }

    @Test
    void openingALedgerReadsItThroughWorkAndAFailedReadIsSaid() throws Exception {
        ActualsViewModel fresh = new ActualsViewModel(session.workbook(), new SelectedScenario(session),
                new FigureFormatter(Locale.US, "USD"), Work.NOW);
        fresh.open(fresh.datasets().get(0));
        assertThat(fresh.months()).isEqualTo(report.months());
        assertThat(fresh.loadingProperty().get()).isFalse();

        session.workbook().deleteDataset(fresh.datasets().get(0).id());
        fresh.open(fresh.datasets().get(0));
        assertThat(fresh.messageProperty().get()).isNotBlank();
        assertThat(fresh.loadingProperty().get()).isFalse();
    }

    @Test
    void aSegmentShowsOnlyItsCustomers() {
        assertThat(vm.segments()).containsExactly("Enterprise", "Mid-Market", "SMB");
        double all = vm.months().get(vm.months().size() - 1).mrr();
        vm.segmentProperty().set("SMB");
        double smb = vm.months().get(vm.months().size() - 1).mrr();
        assertThat(smb).isPositive().isLessThan(all);
        vm.segmentProperty().set(null);
        assertThat(vm.months().get(vm.months().size() - 1).mrr()).isEqualTo(all);
    }

    @Test
    void calibratingPreviewsOldAndNewThenSetsTheAssumptionsAsOneUndoableEdit() {
        Calibration measured = Calibration.of(report);
        assertThat(vm.preview()).extracting(ActualsViewModel.Change::input)
                .containsExactly("GRR", "NRR", "Start ARR", "Annual logo churn", "First-year logo churn",
                        "Annual expansion");
        assertThat(vm.preview().get(0).now()).isEqualTo("90%");

        vm.calibrate();
        Scenario calibrated = session.selectedProperty().get().scenario();
        assertThat(calibrated.retention().orElseThrow().rates().grr()).isEqualTo(measured.grr().getAsDouble());
        assertThat(calibrated.retention().orElseThrow().rates().nrr()).isEqualTo(measured.nrr().getAsDouble());
        assertThat(calibrated.retention().orElseThrow().startArr()).isEqualTo(measured.arr());
        assertThat(calibrated.unitEconomics().orElseThrow().annualLogoChurn())
                .isEqualTo(measured.annualLogoChurn().getAsDouble());
        assertThat(calibrated.unitEconomics().orElseThrow().firstYearLogoChurn()).isEqualTo(measured.firstYearLogoChurn());
        assertThat(calibrated.unitEconomics().orElseThrow().annualExpansion())
                .isEqualTo(Math.max(0, measured.nrr().getAsDouble() - measured.grr().getAsDouble()));

        session.history().undo();
        assertThat(session.selectedProperty().get().scenario()).isEqualTo(SeedScenarios.baseCase());
    }

    @Test
    void theChurnCardSaysItIsAfterYearOneAndYearOnesChurnStandsBesideIt() {
        Ledger.Builder ledger = Ledger.builder();
        YearMonth start = YearMonth.of(2020, 1);
        // Ten customers: two leave in year one (20 %), two more in year two (of the eight left: 25 %).
        for (int c = 0; c < 10; c++) {
            int lastMonth = c < 2 ? 5 : c < 4 ? 17 : 24;
            for (int m = 0; m <= lastMonth; m++) {
                ledger.add("C" + c, start.plusMonths(m), 100);
            }
        }
        vm.show(ledger.build());
        assertThat(vm.headlines()).filteredOn(h -> h.id().equals("annualLogoChurn")).singleElement()
                .satisfies(h -> {
                    assertThat(h.title()).isEqualTo("Logo churn after year one");
                    assertThat(h.note()).isEqualTo("a year, from the second year on");
                    assertThat(h.value()).isEqualTo("25%");
                });
        assertThat(vm.headlines()).filteredOn(h -> h.id().equals("firstYearLogoChurn")).singleElement()
                .satisfies(h -> {
                    assertThat(h.title()).isEqualTo("Logo churn in year one");
                    assertThat(h.value()).isEqualTo("20%");
                });
    }
}
