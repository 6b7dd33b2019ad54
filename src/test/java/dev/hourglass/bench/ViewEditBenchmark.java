package dev.hourglass.bench;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.channels.ChannelsViewModel;
import dev.hourglass.ui.mainwindow.HeadlinesViewModel;
import dev.hourglass.ui.session.ScenarioEntry;
import dev.hourglass.ui.session.SelectedScenario;
import dev.hourglass.ui.session.WorkbookSession;
import dev.hourglass.ui.postsale.BudgetPostSaleViewModel;
import dev.hourglass.ui.programme.RetentionProgramViewModel;
import dev.hourglass.ui.retention.RetentionViewModel;
import dev.hourglass.ui.uniteconomics.UnitEconomicsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One edit typed into the unit economics grid, through the view-model path the window uses: parse, validate,
 * record for undo, queue the autosave, and recalculate every view's figures (all six views listen to the
 * selected scenario). Target: well within one frame (16 ms). Run with {@code bench/run.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ViewEditBenchmark {
    private Path dir;
    private WorkbookSession session;
    private UnitEconomicsViewModel unitEconomics;
    private int edit;

    @Setup
    public void open() throws Exception {
        dir = Files.createTempDirectory("hourglass-bench");
        Path file = dir.resolve("bench.hourglass");
        try (Workbook workbook = Workbook.create(file, "USD", "en-US", JsonScenarioCodec.INSTANCE)) {
            for (Scenario scenario : SeedScenarios.all()) {
                workbook.addScenario(scenario);
            }
        }
        session = new WorkbookSession(Workbook.open(file, JsonScenarioCodec.INSTANCE), Duration.ofHours(1), Runnable::run);
        SelectedScenario selected = new SelectedScenario(session);
        FigureFormatter formats = new FigureFormatter(Locale.US, "USD");
        HeadlinesViewModel headlines = new HeadlinesViewModel(session.selectedProperty().get().scenario(), formats);
        headlines.scenarioProperty().bind(session.selectedProperty().flatMap(ScenarioEntry::scenarioProperty));
        unitEconomics = new UnitEconomicsViewModel(selected, formats, Locale.US);
        new RetentionViewModel(selected, formats, Locale.US);
        new RetentionProgramViewModel(selected, formats, Locale.US);
        new ChannelsViewModel(selected, formats, Locale.US);
        new BudgetPostSaleViewModel(selected, formats, Locale.US);
    }

    @Benchmark
    public boolean typeCacIntoTheGrid() {
        edit++;
        return unitEconomics.grid().edit(2, Integer.toString(15_000 + edit % 5_000));
    }

    @TearDown
    public void close() {
        session.close();
    }
}
