package dev.hourglass.ui.compare;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.io.whatif.ScenarioComparison;
import dev.hourglass.model.retention.ArrBridgeYear;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioCalculator;
import dev.hourglass.model.uniteconomics.UnitEconomicsCalculator;
import dev.hourglass.store.StoredScenario;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import dev.hourglass.ui.common.FileProblemText;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.Work;
import dev.hourglass.ui.session.ScenarioEntry;
import dev.hourglass.ui.session.WorkbookSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Scenarios of the workbook side by side: the user ticks two or more, and sees every input and output with its
 * difference to the first ticked, and their payback curves on one chart. Follows edits as they happen.
 */
public final class CompareViewModel {
    /**
     * A scenario that can be compared and whether it is: one of this workbook (followed as it is edited) or one read
     * from another workbook file (as it was saved there, named with its file so the two don't mix up).
     */
    public static final class Choice {
        private final ScenarioEntry entry;
        private final Scenario fromElsewhere;
        private final BooleanProperty chosen = new SimpleBooleanProperty();

        Choice(ScenarioEntry entry, boolean chosen) {
            this.entry = entry;
            this.fromElsewhere = null;
            this.chosen.set(chosen);
        }

        Choice(Scenario fromElsewhere, boolean chosen) {
            this.entry = null;
            this.fromElsewhere = fromElsewhere;
            this.chosen.set(chosen);
        }

        /** The workbook's own scenario; null for one from another workbook. */
        public ScenarioEntry entry() {
            return entry;
        }

        public Scenario scenario() {
            return entry != null ? entry.scenario() : fromElsewhere;
        }

        public boolean fromAnotherWorkbook() {
            return entry == null;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        @Override
        public String toString() {
            return scenario().name();
        }
    }

    /** One scenario's cumulative gross profit per month, for the overlaid payback chart. */
    public record Curve(String scenario, List<Double> cumulativeGrossProfit, double cac) {
    }

    /** One scenario's closing ARR at the end of each year of its bridge, for the overlaid ARR chart. */
    public record ArrCurve(String scenario, List<Double> closingArr, String currency) {
    }

    private final WorkbookSession session;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ScenarioComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Curve> curves = FXCollections.observableArrayList();
    private final ObservableList<ArrCurve> arrCurves = FXCollections.observableArrayList();
    private final List<Choice> fromElsewhere = new ArrayList<>();
    /** One listener on every scenario, moved on each rebuild: an edit is compared once, not once per rebuild. */
    private final ChangeListener<Scenario> scenarioEdited = (obs, old, now) -> {
        if (!old.name().equals(now.name())) {
            rebuildChoices(); // new items, so the list shows the new name
        } else if (chosen().stream().anyMatch(c -> c.entry() != null && c.entry().scenarioProperty() == obs)) {
            recomputeIfShowing();
        }
    };
    private boolean showing = true;
    private final Work work;
    private boolean stale;

    public CompareViewModel(WorkbookSession session) {
        this(session, Work.NOW);
    }

    /** @param work where another workbook's scenarios are read (in the background in the app) */
    public CompareViewModel(WorkbookSession session, Work work) {
        this.session = session;
        this.work = work;
        session.scenarios().addListener((ListChangeListener<ScenarioEntry>) change -> rebuildChoices());
        rebuildChoices();
    }

    private void rebuildChoices() {
        List<ScenarioEntry> before = chosen().stream().map(Choice::entry).filter(e -> e != null).toList();
        choices.stream().filter(c -> c.entry() != null)
                .forEach(c -> c.entry().scenarioProperty().removeListener(scenarioEdited));
        List<Choice> list = new ArrayList<>();
        for (ScenarioEntry entry : session.scenarios()) {
            boolean chosen = before.isEmpty() ? list.size() < 2 : before.contains(entry);
            Choice choice = new Choice(entry, chosen);
            choice.chosenProperty().addListener((obs, old, now) -> recompute());
            entry.scenarioProperty().addListener(scenarioEdited);
            list.add(choice);
        }
        list.addAll(fromElsewhere);
        choices.setAll(list);
        recomputeIfShowing();
    }

    /**
     * Adds scenarios read from another workbook file, ticked, each named "scenario — file" so a scenario of the same
     * name in this workbook stays apart.
     */
    /**
     * Reads the scenarios of another workbook through {@link Work} and adds them, then runs {@code done}; {@code failed}
     * hears why the file could not be read.
     */
    public void addFromAnotherWorkbook(Path file, Runnable done, Consumer<String> failed) {
        String fileName = String.valueOf(file.getFileName());
        work.run("read-compared-workbook", () -> {
            try (Workbook other = Workbook.openReadOnly(file, JsonScenarioCodec.INSTANCE)) {
                return other.scenarios().stream().map(StoredScenario::scenario).toList();
            }
        }, read -> {
            addFromAnotherWorkbook(fileName, read);
            done.run();
        }, failure -> {
            done.run();
            failed.accept(failure instanceof WorkbookException ? FileProblemText.of(failure)
                    : UiText.text("compare.couldNotRead", fileName, failure));
        });
    }

    public void addFromAnotherWorkbook(String fileName, List<Scenario> scenarios) {
        for (Scenario scenario : scenarios) {
            String name = Scenario.suffixedName(scenario.name(), " — " + fileName);
            if (fromElsewhere.stream().anyMatch(c -> c.scenario().name().equals(name))) {
                continue; // the same file added again: its scenarios are there already
            }
            Choice choice = new Choice(scenario.withName(name), true);
            choice.chosenProperty().addListener((obs, old, now) -> recompute());
            fromElsewhere.add(choice);
        }
        rebuildChoices();
    }

    /** While hidden the view does not follow edits; shown again, it catches up at once. */
    public void setShowing(boolean now) {
        showing = now;
        if (now && stale) {
            stale = false;
            recompute();
        }
    }

    private void recomputeIfShowing() {
        if (showing) {
            recompute();
        } else {
            stale = true;
        }
    }

    public void recompute() {
        List<Scenario> scenarios = comparedScenarios();
        if (scenarios.size() < 2) {
            comparison.set(null);
        } else {
            comparison.set(ScenarioComparison.of(scenarios));
        }
        List<Curve> list = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            scenario.unitEconomics().ifPresent(u -> list.add(new Curve(scenario.name(),
                    UnitEconomicsCalculator.calculate(u).cumulativeGrossProfit(), u.cac())));
        }
        curves.setAll(list);
        List<ArrCurve> arr = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            ScenarioCalculator.calculate(scenario).retention().ifPresent(r -> arr.add(new ArrCurve(scenario.name(),
                    r.bridge().stream().map(ArrBridgeYear::closing).toList(), scenario.currency())));
        }
        arrCurves.setAll(arr);
    }

    /** The scenarios ticked, in the order shown: the first is the base of the differences. */
    public List<Scenario> comparedScenarios() {
        return chosen().stream().map(Choice::scenario).toList();
    }

    private List<Choice> chosen() {
        return choices.stream().filter(c -> c.chosenProperty().get()).toList();
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    /** Null until two or more scenarios are ticked. */
    public ReadOnlyObjectProperty<ScenarioComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ObservableList<Curve> curves() {
        return curves;
    }

    /** The currency of the first compared scenario, in which the amounts are shown. */
    public String currency() {
        List<Scenario> compared = comparedScenarios();
        return compared.isEmpty() ? Scenario.DEFAULT_CURRENCY : compared.get(0).currency();
    }

    public ObservableList<ArrCurve> arrCurves() {
        return arrCurves;
    }
}
