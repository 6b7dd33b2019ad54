package dev.hourglass.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.DriverRange;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.ui.common.InputRow;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.Work;
import dev.hourglass.ui.retention.RetentionViewModel;
import dev.hourglass.ui.session.SelectedScenario;
import dev.hourglass.ui.session.WorkbookSession;
import dev.hourglass.ui.uniteconomics.UnitEconomicsViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver grids take a range ("15% to 22%", "15% / 18% / 22%") and show it as typed (forecast.md §3). */
class RangesGridTest {
    private static final int ACV = 0;
    private static final int GROSS_MARGIN = 1;
    private static final int CHURN = 3;

    @TempDir
    Path dir;
    private WorkbookSession session;
    private SelectedScenario selected;
    private Locale language;

    @BeforeEach
    void open() throws Exception {
        session = TestSessions.open(dir, List.of(SeedScenarios.baseCase()));
        selected = new SelectedScenario(session);
        language = UiText.language();
        UiText.use(Locale.ENGLISH);
    }

    @AfterEach
    void close() {
        UiText.use(language);
        session.close();
    }

    @Test
    void lowLikelyHighMakesATriangularRangeTheFiguresUseTheLikelyValue() {
        UnitEconomicsViewModel vm = new UnitEconomicsViewModel(selected, new FigureFormatter(Locale.US, "USD"), Locale.US, Work.NOW);
        assertThat(vm.grid().edit(ACV, "20,000 / 24,500 / 30K")).isTrue();
        Scenario s = selected.get();
        assertThat(s.drivers().range(Driver.ACV)).contains(DriverRange.triangular(20_000, 24_500, 30_000));
        assertThat(s.unitEconomics().orElseThrow().acv()).isEqualTo(24_500);
        InputRow row = vm.grid().rows().get(ACV);
        assertThat(row.textProperty().get()).isEqualTo("20,000 / 24,500 / 30,000");
        assertThat(row.rangeProperty().get()).startsWith("A range: low 20,000, likely 24,500, high 30,000.");
        // another row's edit keeps the range; one undo takes the range back
        assertThat(vm.grid().edit(CHURN, "17%")).isTrue();
        assertThat(selected.get().drivers().range(Driver.ACV)).isPresent();
        session.history().undo();
        session.history().undo();
        assertThat(selected.get().drivers().range(Driver.ACV)).isEmpty();
        assertThat(vm.grid().rows().get(ACV).textProperty().get()).isEqualTo("24,000");
        assertThat(vm.grid().rows().get(ACV).rangeProperty().get()).isNull();
    }

    @Test
    void twoEndsMakeAUniformRangeInEnglishAndGermanNumberStyles() {
        UnitEconomicsViewModel vm = new UnitEconomicsViewModel(selected, new FigureFormatter(Locale.US, "USD"), Locale.US, Work.NOW);
        assertThat(vm.grid().edit(GROSS_MARGIN, "75% to 85%")).isTrue();
        assertThat(selected.get().drivers().range(Driver.GROSS_MARGIN)).contains(DriverRange.uniform(0.75, 0.85));
        assertThat(selected.get().unitEconomics().orElseThrow().grossMargin()).isEqualTo(0.8, within(1e-12));
        assertThat(vm.grid().rows().get(GROSS_MARGIN).textProperty().get()).isEqualTo("75% to 85%");

        UiText.use(Locale.GERMAN);
        UnitEconomicsViewModel german = new UnitEconomicsViewModel(selected,
                new FigureFormatter(Locale.GERMANY, "USD"), Locale.GERMANY, Work.NOW);
        assertThat(german.grid().edit(CHURN, "15,5 % bis 22 %")).isTrue();
        assertThat(selected.get().drivers().range(Driver.ANNUAL_LOGO_CHURN)).contains(DriverRange.uniform(0.155, 0.22));
        assertThat(german.grid().rows().get(CHURN).textProperty().get()).isEqualTo("15,5 % bis 22 %");
        assertThat(german.grid().rows().get(CHURN).rangeProperty().get()).startsWith("Eine Spanne von 15,5 % bis 22 %");
    }

    @Test
    void aRangeTheDriverCannotTakeIsRefusedAndTheValueKept() {
        UnitEconomicsViewModel vm = new UnitEconomicsViewModel(selected, new FigureFormatter(Locale.US, "USD"), Locale.US, Work.NOW);
        assertThat(vm.grid().edit(GROSS_MARGIN, "70% / 80% / 120%")).isFalse();
        assertThat(vm.grid().messageProperty().get())
                .isEqualTo("Gross margin (high end) must be between 0% and 100%, got 120% — the last good value is kept.");
        assertThat(selected.get().drivers().hasRanges()).isFalse();
        assertThat(vm.grid().rows().get(GROSS_MARGIN).textProperty().get()).isEqualTo("80%");

        UiText.use(Locale.GERMAN);
        UnitEconomicsViewModel german = new UnitEconomicsViewModel(selected,
                new FigureFormatter(Locale.GERMANY, "USD"), Locale.GERMANY, Work.NOW);
        assertThat(german.grid().edit(GROSS_MARGIN, "-5 % bis 80 %")).isFalse();
        assertThat(german.grid().rows().get(GROSS_MARGIN).errorProperty().get())
                .isEqualTo("Bruttomarge (unteres Ende) muss zwischen 0 % und 100 % liegen, ist aber -5 %");
    }

    @Test
    void theRetentionGridTakesAnNrrRange() {
        RetentionViewModel vm = new RetentionViewModel(selected, new FigureFormatter(Locale.US, "USD"), Locale.US);
        int nrr = 2;
        assertThat(vm.grid().rows().get(nrr).field().key()).isEqualTo("nrr");
        assertThat(vm.grid().edit(nrr, "100% / 105% / 112%")).isTrue();
        assertThat(selected.get().drivers().range(Driver.NRR)).contains(DriverRange.triangular(1.0, 1.05, 1.12));
        assertThat(selected.get().retention().orElseThrow().rates().nrr()).isEqualTo(1.05);
    }
}
