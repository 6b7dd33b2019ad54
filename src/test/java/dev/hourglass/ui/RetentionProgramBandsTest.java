package dev.hourglass.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.DriverRange;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.Work;
import dev.hourglass.ui.programme.RetentionProgramViewModel;
import dev.hourglass.ui.session.SelectedScenario;
import dev.hourglass.ui.session.WorkbookSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The retention programme with ranges: ROI and ARR saved as bands, and the odds of an ROI above 0. */
class RetentionProgramBandsTest {
    @TempDir
    Path dir;
    private WorkbookSession session;
    private Locale language;

    @BeforeEach
    void open() throws Exception {
        // The seed programme reads the scenario's 80 % margin and 18 % churn (its ACV and customers are its own).
        Scenario base = SeedScenarios.baseCase();
        Scenario ranged = base.withName("Ranged").withDrivers(base.drivers()
                .withRange(Driver.ANNUAL_LOGO_CHURN, DriverRange.triangular(0.15, 0.18, 0.22))
                .withRange(Driver.GROSS_MARGIN, DriverRange.uniform(0.70, 0.90)));
        session = TestSessions.open(dir, List.of(base, ranged));
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
        RetentionProgramViewModel vm = new RetentionProgramViewModel(new SelectedScenario(session),
                new FigureFormatter(Locale.US, "USD"), Locale.US, Work.NOW);
        assertThat(vm.bandLines()).isEmpty(); // the base case has no ranges
        session.selectedProperty().set(session.scenarios().get(1));
        List<String> lines = List.copyOf(vm.bandLines());
        // 10,000 runs, seed 1; churn now's median 22 % − √(7 % · 4 % / 2) = 18.26 % saves 300 × 4.26 % × $20K ≈ $255K
        assertThat(lines).containsExactly(
                "ROI P10 / P50 / P90: -22.4% / 34.9% / 103.7%",
                "ROI above 0 in 77.8% of runs",
                "ARR saved P10 / P50 / P90: $146,997 / $254,469 / $379,346");
        session.selectedProperty().set(session.scenarios().get(0));
        assertThat(vm.bandLines()).isEmpty();
        session.selectedProperty().set(session.scenarios().get(1));
        assertThat(vm.bandLines()).isEqualTo(lines);
    }
}
