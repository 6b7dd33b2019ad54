package dev.hourglass.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.DriverRange;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.ui.channels.ChannelsViewModel;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.Work;
import dev.hourglass.ui.session.SelectedScenario;
import dev.hourglass.ui.session.WorkbookSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Channels with ranges: each channel's LTV:CAC P10–P90 beside its LTV:CAC. */
class ChannelsBandsTest {
    @TempDir
    Path dir;
    private WorkbookSession session;
    private Locale language;

    @BeforeEach
    void open() throws Exception {
        // The seed channels read the scenario's $24K ACV and 80 % margin (their churn and expansion are their own).
        Scenario base = SeedScenarios.baseCase();
        Scenario ranged = base.withName("Ranged").withDrivers(base.drivers()
                .withRange(Driver.ACV, DriverRange.triangular(18_000, 24_000, 30_000))
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
    void eachChannelHasItsLtvToCacBandWhileRangesExist() {
        ChannelsViewModel vm = new ChannelsViewModel(new SelectedScenario(session),
                new FigureFormatter(Locale.US, "USD"), Locale.US, Work.NOW);
        assertThat(vm.ltvToCacBands()).isEmpty(); // the base case has no ranges
        assertThat(vm.ltvToCacRange("Paid search")).isEmpty();
        session.selectedProperty().set(session.scenarios().get(1));
        // 10,000 runs, seed 1: ACV and margin move every channel's LTV, its CAC (spend ÷ new customers) stays
        assertThat(vm.ltvToCacRange("Paid search")).contains("3.5× to 4.9×");
        assertThat(vm.ltvToCacRange("Campaign A (cheaper leads)")).contains("6.8× to 9.5×");
        assertThat(vm.ltvToCacRange("Campaign B (better customers)")).contains("14.5× to 20.0×");
        assertThat(vm.ltvToCacBandNote("Paid search"))
                .contains("LTV:CAC of Paid search over the runs with the ranges: P10 3.5×, P50 4.2×, P90 4.9×");
        session.selectedProperty().set(session.scenarios().get(0));
        assertThat(vm.ltvToCacBands()).isEmpty();
    }

    @Test
    void anAnswerForAScenarioNoLongerSelectedIsDropped() {
        List<Runnable> pending = new ArrayList<>();
        Work later = new Work() {
            @Override
            public <T> void run(String name, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                pending.add(() -> Work.NOW.run(name, work, done, failed));
            }
        };
        ChannelsViewModel vm = new ChannelsViewModel(new SelectedScenario(session),
                new FigureFormatter(Locale.US, "USD"), Locale.US, later);
        session.selectedProperty().set(session.scenarios().get(1));
        session.selectedProperty().set(session.scenarios().get(0));
        pending.forEach(Runnable::run); // the ranged scenario's runs finish after the switch back
        assertThat(vm.ltvToCacBands()).isEmpty();
    }
}
