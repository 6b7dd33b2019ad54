package dev.hourglass.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.DriverRange;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioBands;
import dev.hourglass.model.scenario.ScenarioSimulation;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.ui.common.Work;
import dev.hourglass.ui.retention.RetentionViewModel;
import dev.hourglass.ui.session.SelectedScenario;
import dev.hourglass.ui.session.WorkbookSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retention with an NRR range: closing ARR by year as a fan (P10–P90 around P50), seeded. */
class RetentionFanTest {
    @TempDir
    Path dir;
    private WorkbookSession session;
    private Scenario ranged;

    @BeforeEach
    void open() throws Exception {
        Scenario base = SeedScenarios.baseCase();
        ranged = base.withName("Ranged").withDrivers(base.drivers()
                .withRange(Driver.NRR, DriverRange.triangular(0.95, 1.05, 1.12)));
        session = TestSessions.open(dir, List.of(base, ranged));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theFanHasEachYearsClosingArrBand() {
        RetentionViewModel vm = new RetentionViewModel(new SelectedScenario(session),
                new FigureFormatter(Locale.US, "USD"), Locale.US, Work.NOW);
        assertThat(vm.fan()).isEmpty();
        session.selectedProperty().set(session.scenarios().get(1));
        assertThat(vm.fan()).extracting(RetentionViewModel.FanYear::year).containsExactly(1, 2, 3);
        ScenarioBands bands = ScenarioSimulation.run(ranged, 10_000, 1);
        RetentionViewModel.FanYear year3 = vm.fan().get(2);
        assertThat(year3.closingArr()).isEqualTo(bands.band("retention.bridge[year 3].closing").orElseThrow());
        // year 1: opening 10M · NRR + new 2M, so P50 ≈ 10M · median NRR + 2M; the triangle's median is
        // 0.95 + √(0.17 · 0.10 / 2) = 1.0422 (mode above the middle: low + √((high − low)(mode − low)/2))
        double p50 = vm.fan().get(0).closingArr().p50().getAsDouble();
        assertThat(p50).isCloseTo(10_000_000 * (0.95 + Math.sqrt(0.17 * 0.10 / 2)) + 2_000_000, Offset.offset(20_000.0));
        assertThat(year3.closingArr().p10().getAsDouble()).isLessThan(year3.closingArr().p50().getAsDouble());
        assertThat(year3.closingArr().p90().getAsDouble()).isGreaterThan(year3.closingArr().p50().getAsDouble());
    }
}
