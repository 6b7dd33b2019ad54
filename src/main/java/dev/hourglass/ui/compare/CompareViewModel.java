package dev.hourglass.ui.compare;

import dev.hourglass.io.whatif.ScenarioComparison;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.uniteconomics.UnitEconomicsCalculator;
import dev.hourglass.ui.mainwindow.ScenarioEntry;
import dev.hourglass.ui.mainwindow.WorkbookSession;
import java.util.ArrayList;
import java.util.List;
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
    /** A scenario of the workbook and whether it is in the comparison. */
    public static final class Choice {
        private final ScenarioEntry entry;
        private final BooleanProperty chosen = new SimpleBooleanProperty();

        Choice(ScenarioEntry entry, boolean chosen) {
            this.entry = entry;
            this.chosen.set(chosen);
        }

        public ScenarioEntry entry() {
            return entry;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        @Override
        public String toString() {
            return entry.scenario().name();
        }
    }

    /** One scenario's cumulative gross profit per month, for the overlaid payback chart. */
    public record Curve(String scenario, List<Double> cumulativeGrossProfit, double cac) {
    }

    private final WorkbookSession session;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ScenarioComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Curve> curves = FXCollections.observableArrayList();
    /** One listener on every scenario, moved on each rebuild: an edit is compared once, not once per rebuild. */
    private final ChangeListener<Scenario> scenarioEdited = (obs, old, now) -> {
        if (chosen().stream().anyMatch(c -> c.entry().scenarioProperty() == obs)) {
            recompute();
        }
    };

    public CompareViewModel(WorkbookSession session) {
        this.session = session;
        session.scenarios().addListener((ListChangeListener<ScenarioEntry>) change -> rebuildChoices());
        rebuildChoices();
    }

    private void rebuildChoices() {
        List<ScenarioEntry> before = chosen().stream().map(Choice::entry).toList();
        choices.forEach(c -> c.entry().scenarioProperty().removeListener(scenarioEdited));
        List<Choice> list = new ArrayList<>();
        for (ScenarioEntry entry : session.scenarios()) {
            boolean chosen = before.isEmpty() ? list.size() < 2 : before.contains(entry);
            Choice choice = new Choice(entry, chosen);
            choice.chosenProperty().addListener((obs, old, now) -> recompute());
            entry.scenarioProperty().addListener(scenarioEdited);
            list.add(choice);
        }
        choices.setAll(list);
        recompute();
    }

    public void recompute() {
        List<Scenario> scenarios = chosen().stream().map(c -> c.entry().scenario()).toList();
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
}
