package dev.hourglass.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.DriverRange;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.Work;
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

/** Unit economics with ranges: payback month and LTV:CAC as bands, and the odds of paying back within a year. */
class UnitEconomicsBandsTest {
    @TempDir
    Path dir;
    private WorkbookSession session;
    private SelectedScenario selected;
    private Locale language;

    @BeforeEach
    void open() throws Exception {
        Scenario base = SeedScenarios.baseCase();
        Scenario ranged = base.withName("Ranged").withDrivers(base.drivers()
                .withRange(Driver.ACV, DriverRange.triangular(18_000, 24_000, 30_000))
                .withRange(Driver.CAC, DriverRange.uniform(14_000, 26_000)));
        session = TestSessions.open(dir, List.of(base, ranged));
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
    void theBandsFollowTheSelectionAndAreTheSameEachTime() {
        UnitEconomicsViewModel vm = new UnitEconomicsViewModel(selected, new FigureFormatter(Locale.US, "USD"),
                Locale.US, Work.NOW);
        assertThat(vm.bandLines()).isEmpty(); // the base case has no ranges
        session.selectedProperty().set(session.scenarios().get(1));
        List<String> lines = List.copyOf(vm.bandLines());
        // 10,000 runs, seed 1; likely values: ACV 24,000, CAC 20,000 (the uniform range's midpoint) → payback 13 months
        assertThat(lines).containsExactly(
                "Payback month P10 / P50 / P90: 10\u00a0months / 13\u00a0months / 17\u00a0months",
                "Payback within 12 months in 43.9% of runs",
                "LTV:CAC P10–P90: 2.6× to 4.5×");
        session.selectedProperty().set(session.scenarios().get(0));
        assertThat(vm.bandLines()).isEmpty();
        session.selectedProperty().set(session.scenarios().get(1));
        assertThat(vm.bandLines()).isEqualTo(lines);
    }
}
