package dev.hourglass.ui.plan;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.figures.Unit;
import dev.hourglass.model.plan.ComparedMonth;
import dev.hourglass.model.plan.PlanGoal;
import dev.hourglass.model.plan.PlanMonth;
import dev.hourglass.model.plan.PlanReport;
import dev.hourglass.model.plan.RevenuePlan;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.store.PlanVersion;
import dev.hourglass.ui.common.DateText;
import dev.hourglass.ui.common.FileProblemText;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.Work;
import dev.hourglass.ui.session.SelectedScenario;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The revenue plan of the selected scenario (forecast.md §4): the target, months and start month the user types,
 * checked with a message naming what is wrong, and the plan they give as a grid. The plan is made through the
 * {@link Work} seam, so the screen never waits on it; an answer to an older question is dropped.
 */
public final class PlanViewModel {
    /** The plan lengths offered (forecast.md §4: 12 to 36 months). */
    public static final List<Integer> MONTH_CHOICES = List.of(12, 18, 24, 36);
    /**
     * How the user states the target: the ARR the plan ends at, growth over the ARR it opens with, or the acquisition
     * budget of the whole plan (forward: the ARR it buys).
     */
    public enum TargetForm { ENDING_ARR, GROWTH, BUDGET }

    /** A first target to show a plan at once: 30 % growth over the plan, a common SaaS planning figure. */
    static final double DEFAULT_GROWTH = 0.30;
    /** The comparison choice for the plan shown rather than a saved version (the store refuses a blank name). */
    public static final String THIS_PLAN = "";

    private final SelectedScenario selected;
    private final FigureFormatter formats;
    private final Planner planner;
    private final Work work;
    private final ObjectProperty<TargetForm> targetForm = new SimpleObjectProperty<>(TargetForm.GROWTH);
    private final StringProperty targetText = new SimpleStringProperty();
    private final ObjectProperty<Integer> months = new SimpleObjectProperty<>(MONTH_CHOICES.get(0));
    private final StringProperty startText = new SimpleStringProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PlanGrid> grid = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PlanReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PlanGrid> sourceGrid = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty showActuals = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper hasActuals = new ReadOnlyBooleanWrapper();
    /** The saved versions' names the actuals can be compared with, after {@link #THIS_PLAN}. */
    private final ObservableList<String> againstChoices = FXCollections.observableArrayList(THIS_PLAN);
    private final StringProperty against = new SimpleStringProperty(THIS_PLAN);
    private final ReadOnlyStringWrapper versionMessage = new ReadOnlyStringWrapper("");
    private List<PlanVersion> versions = List.of();
    private final YearMonth firstMonth;
    private List<ComparedMonth> compared = List.of();
    private long asked;
    private boolean starting;
    private boolean started;

    /** A plan made, with its months beside the actuals. */
    private record Made(PlanReport report, List<ComparedMonth> compared) {
    }

    /**
     * @param firstMonth the start month shown at first (the app passes this month), until the planner's default is known
     */
    public PlanViewModel(SelectedScenario selected, FigureFormatter formats, Planner planner, Work work,
                         YearMonth firstMonth) {
        this.selected = selected;
        this.formats = formats;
        this.planner = planner;
        this.work = work;
        this.firstMonth = firstMonth;
        targetText.set(formats.percent(DEFAULT_GROWTH));
        startText.set(DateText.of(firstMonth));
        targetForm.addListener((obs, old, now) -> targetFormChanged(old, now));
        targetText.addListener((obs, old, now) -> refresh());
        months.addListener((obs, old, now) -> refresh());
        startText.addListener((obs, old, now) -> refresh());
        showActuals.addListener((obs, old, now) -> showGrid());
        against.addListener((obs, old, now) -> refresh());
        selected.onChange(this::refresh);
    }

    /** The view is shown: the plan is made from now on, on every change. */
    public void start() {
        if (!starting) {
            starting = true;
            work.run("plan start month", () -> planner.defaultStart(firstMonth), this::begin,
                    failure -> begin(firstMonth));
            loadVersions();
        }
    }

    private void loadVersions() {
        work.run("plan versions", planner::versions, this::showVersions,
                failure -> versionMessage.set(UiText.text("plan.version.error.load", FileProblemText.of(failure))));
    }

    private void showVersions(List<PlanVersion> saved) {
        versions = List.copyOf(saved);
        String chosen = against.get();
        List<String> choices = new ArrayList<>();
        choices.add(THIS_PLAN);
        saved.forEach(v -> choices.add(v.name()));
        againstChoices.setAll(choices);
        against.set(choices.contains(chosen) ? chosen : THIS_PLAN);
    }

    /** The plan versions the actuals can be compared with: {@link #THIS_PLAN} first, then the saved names. */
    public ObservableList<String> againstChoices() {
        return againstChoices;
    }

    /** What the actuals are compared with: {@link #THIS_PLAN} or a saved version's name. */
    public StringProperty againstProperty() {
        return against;
    }

    /** What became of the last save of a version (saved, or why not); empty before any. */
    public ReadOnlyStringProperty versionMessageProperty() {
        return versionMessage.getReadOnlyProperty();
    }

    /** Keeps the plan shown in the workbook under {@code name}; the versions are read again once it is kept. */
    public void saveVersion(String name) {
        String typed = name == null ? "" : name.strip();
        PlanReport shown = report.get();
        Scenario scenario = selected.get();
        if (shown == null || scenario == null) {
            versionMessage.set(UiText.text("plan.version.error.none"));
            return;
        }
        if (typed.isEmpty()) {
            versionMessage.set(UiText.text("plan.version.error.name"));
            return;
        }
        work.run("save plan version", () -> {
            planner.saveVersion(typed, scenario.name(), shown);
            return planner.versions();
        }, saved -> {
            showVersions(saved);
            versionMessage.set(UiText.text("plan.version.saved", typed));
        }, failure -> versionMessage.set(UiText.text("plan.version.error.save", FileProblemText.of(failure))));
    }

    private void begin(YearMonth start) {
        startText.set(DateText.of(start));
        started = true;
        refresh();
    }

    /** Data were imported: the plan is made again from them (the planner reads them anew). */
    public void dataImported() {
        refresh();
    }

    /** Show the plan beside the actuals (and the re-forecast after them) instead of the plan's lines. */
    public BooleanProperty showActualsProperty() {
        return showActuals;
    }

    /** Whether any month of the plan shown has an actual. */
    public ReadOnlyBooleanProperty hasActualsProperty() {
        return hasActuals.getReadOnlyProperty();
    }

    public ObjectProperty<TargetForm> targetFormProperty() {
        return targetForm;
    }

    /** The target as typed: an ARR ({@code 12,000,000}, {@code $12M}) or a growth ({@code 30%}). */
    public StringProperty targetTextProperty() {
        return targetText;
    }

    public ObjectProperty<Integer> monthsProperty() {
        return months;
    }

    /** The first month as typed, {@code YYYY-MM}. */
    public StringProperty startTextProperty() {
        return startText;
    }

    /** Why no plan is shown for what was typed (empty when the plan is shown). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The plan as shown, or null while there is none. */
    ReadOnlyObjectProperty<PlanGrid> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    /** The plan shown with its inputs, goal and notes, or null while there is none (what File › Export plan writes). */
    public ReadOnlyObjectProperty<PlanReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Where each rate of the plan shown came from, one line each. */
    public ObservableList<String> notes() {
        return notes;
    }

    /** Each lead source's funnel month by month; null without two sources or more (or without a plan). */
    ReadOnlyObjectProperty<PlanGrid> sourceGridProperty() {
        return sourceGrid.getReadOnlyProperty();
    }

    FigureFormatter formats() {
        return formats;
    }

    /** The question the inputs ask, or empty with the message saying what to fix. */
    Optional<PlanQuestion> question() {
        Optional<YearMonth> start = startMonth();
        if (start.isEmpty()) {
            return Optional.empty();
        }
        Optional<PlanGoal> target = target();
        if (target.isEmpty()) {
            return Optional.empty();
        }
        message.set("");
        return Optional.of(new PlanQuestion(start.get(), months.get(), target.get()));
    }

    private Optional<YearMonth> startMonth() {
        String typed = startText.get() == null ? "" : startText.get().strip();
        Optional<YearMonth> start = DateText.month(typed);
        if (start.isEmpty()) {
            message.set(UiText.text("plan.error.start", typed, DateText.of(YearMonth.of(2027, 1))));
        }
        return start;
    }

    private Optional<PlanGoal> target() {
        String typed = targetText.get() == null ? "" : targetText.get().strip();
        TargetForm form = targetForm.get();
        if (typed.isEmpty()) {
            message.set(UiText.text(switch (form) {
                case ENDING_ARR -> "plan.error.arrMissing";
                case GROWTH -> "plan.error.growthMissing";
                case BUDGET -> "plan.error.budgetMissing";
            }));
            return Optional.empty();
        }
        double value;
        try {
            value = formats.parser().parse(form == TargetForm.GROWTH ? Unit.PERCENT : Unit.MONEY, typed);
        } catch (IllegalArgumentException e) {
            message.set(UiText.text("plan.error.notNumber", typed, e.getMessage()));
            return Optional.empty();
        }
        if (form == TargetForm.ENDING_ARR && !(value > 0)) {
            message.set(UiText.text("plan.error.arrNotPositive", typed));
            return Optional.empty();
        }
        if (form == TargetForm.GROWTH && !(value > -1)) {
            message.set(UiText.text("plan.error.growthTooLow", typed));
            return Optional.empty();
        }
        if (form == TargetForm.BUDGET && !(value >= 0)) {
            message.set(UiText.text("plan.error.budgetNegative", typed));
            return Optional.empty();
        }
        if (!Double.isFinite(value)) {
            message.set(UiText.text("plan.error.notNumber", typed, ""));
            return Optional.empty();
        }
        return Optional.of(switch (form) {
            case ENDING_ARR -> new PlanGoal.TargetArr(value);
            case GROWTH -> new PlanGoal.Growth(value);
            case BUDGET -> new PlanGoal.Budget(value);
        });
    }

    /**
     * Switching the form keeps the target: the last plan's ending ARR, its growth, or the acquisition spend it takes.
     */
    private void targetFormChanged(TargetForm old, TargetForm now) {
        RevenuePlan last = report.get() == null ? null : report.get().plan();
        if (old != now && last != null && !last.months().isEmpty()) {
            double opening = last.months().get(0).openingArr();
            double ending = last.months().get(last.months().size() - 1).closingArr();
            targetText.set(switch (now) {
                case ENDING_ARR -> formats.money(ending);
                case GROWTH -> formats.percent(opening == 0 ? 0 : ending / opening - 1);
                case BUDGET -> formats.money(last.months().stream().mapToDouble(PlanMonth::acquisitionSpend).sum());
            });
        } else {
            refresh();
        }
    }

    private void refresh() {
        if (!started) {
            return;
        }
        long ask = ++asked;
        Scenario scenario = selected.get();
        if (scenario == null) {
            show(null, UiText.text("plan.error.noScenario"));
            return;
        }
        Optional<PlanQuestion> question = question();
        if (question.isEmpty()) {
            show(null, message.get());
            return;
        }
        Optional<PlanReport> version = versions.stream().filter(v -> v.name().equals(against.get()))
                .map(PlanVersion::report).findFirst();
        work.run("revenue plan", () -> {
            PlanReport made = planner.plan(scenario, question.get());
            return new Made(made, planner.againstActuals(version.orElse(made)));
        }, made -> {
            if (ask == asked) {
                compared = made.compared();
                show(made.report(), "");
            }
        }, failure -> {
            if (ask == asked) {
                show(null, UiText.text("plan.error.failed", FileProblemText.of(failure)));
            }
        });
    }

    private void show(PlanReport made, String why) {
        report.set(made);
        if (made == null) {
            compared = List.of();
        }
        hasActuals.set(compared.stream().anyMatch(m -> m.actual().isPresent()));
        showGrid();
        notes.setAll(made == null ? List.of() : notes(made));
        sourceGrid.set(made == null ? null : SourceGrid.of(made.plan().months(), made.bySource(),
                formats.withCurrency(selected.currency())).orElse(null));
        message.set(why);
    }

    /** Where each rate came from, then which lines the grid leaves out for want of any figure. */
    private List<String> notes(PlanReport made) {
        List<String> lines = new ArrayList<>(made.notes().stream().map(n -> PlanNoteText.of(n, formats)).toList());
        List<String> leftOut = PlanLine.unfilled(made.plan().months()).stream()
                .map(line -> UiText.text("plan.line." + line.key())).toList();
        if (!leftOut.isEmpty()) {
            lines.add(UiText.text("plan.linesLeftOut", String.join(", ", leftOut)));
        }
        return lines;
    }

    private void showGrid() {
        PlanReport made = report.get();
        FigureFormatter shown = formats.withCurrency(selected.currency());
        grid.set(made == null ? null : showActuals.get() && hasActuals.get() ? PlanComparisonGrid.of(compared, shown)
                : PlanGrid.of(made.plan(), shown));
    }
}
