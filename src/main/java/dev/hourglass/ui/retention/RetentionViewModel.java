package dev.hourglass.ui.retention;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.retention.ArrBridgeYear;
import dev.hourglass.model.retention.NrrImprovement;
import dev.hourglass.model.retention.NrrImprovementResult;
import dev.hourglass.model.retention.RetentionCalculator;
import dev.hourglass.model.retention.RetentionInputs;
import dev.hourglass.model.retention.RetentionRates;
import dev.hourglass.model.retention.RetentionResult;
import dev.hourglass.model.scenario.Band;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.Drivers;
import dev.hourglass.model.scenario.NrrImprovementSection;
import dev.hourglass.model.scenario.RetentionSection;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioSimulation;
import dev.hourglass.ui.common.FigureCards;
import dev.hourglass.ui.common.Headline;
import dev.hourglass.ui.common.InputField;
import dev.hourglass.ui.common.InputGridModel;
import dev.hourglass.ui.common.InputKind;
import dev.hourglass.ui.common.SectionOverrides;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.Work;
import dev.hourglass.ui.session.SelectedDriverRanges;
import dev.hourglass.ui.session.SelectedScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Retention and NRR of the selected scenario (metrics.md §2): inputs, the multi-year ARR bridge, closing ARR at
 * several NRR levels side by side, and what an NRR gain is worth in ARR, customers, CAC and pipeline.
 */
public final class RetentionViewModel {
    /** The NRR levels compared side by side (the seed's table), besides the scenario's own. */
    static final List<Double> COMPARED_NRR = List.of(0.90, 1.00, 1.05, 1.10, 1.20);
    static final int NEW_ARR_YEARS_SHOWN = 3;

    /** One row of the comparison: an NRR level and the closing ARR it gives each year. */
    public record Comparison(String nrr, List<Double> closing, boolean current) {
    }

    private final SelectedScenario selected;
    private final FigureFormatter formats;
    private final InputGridModel<RetentionInputs> grid;
    private final InputGridModel<RetentionInputs> componentsGrid;
    private final ReadOnlyBooleanWrapper componentsForm = new ReadOnlyBooleanWrapper();
    private final InputGridModel<NrrImprovement> improvementGrid;
    private final ObservableList<Headline> headlines = FXCollections.observableArrayList();
    private final ObservableList<Headline> improvementCards = FXCollections.observableArrayList();
    private final ObservableList<ArrBridgeYear> bridge = FXCollections.observableArrayList();
    private final ObservableList<Comparison> comparison = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasSection = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasImprovement = new ReadOnlyBooleanWrapper();

    /** Closing ARR of one year over the runs of a scenario with ranges: the fan's P10–P90 area and P50 line. */
    public record FanYear(int year, Band closingArr) {
    }

    private final ObservableList<FanYear> fan = FXCollections.observableArrayList();
    private final Work work;
    private int fanRequest;

    public RetentionViewModel(SelectedScenario selected, FigureFormatter formats, Locale locale) {
        this(selected, formats, locale, Work.BACKGROUND);
    }

    /** @param work where the fan of a scenario with ranges is computed (off the FX thread in the app) */
    public RetentionViewModel(SelectedScenario selected, FigureFormatter formats, Locale locale, Work work) {
        this.selected = selected;
        this.formats = formats;
        this.work = work;
        this.grid = new InputGridModel<>(fields(false), this::inputs, this::apply, selected::currency, locale)
                .namedBy("retention.").withRanges(new SelectedDriverRanges(selected));
        this.componentsGrid = new InputGridModel<>(fields(true), this::inputs, this::apply, selected::currency, locale)
                .namedBy("retention.");
        this.improvementGrid = new InputGridModel<>(improvementFields(), this::improvement,
                changed -> apply(inputs().withNrrImprovement(Optional.of(changed))), selected::currency, locale)
                .namedBy("retention.nrrImprovement.");
        improvementGrid.showOverrides(new SectionOverrides(selected::get,
                s -> s.retentionSection().flatMap(RetentionSection::nrrImprovement).map(NrrImprovementSection::overrides),
                (s, o) -> {
                    RetentionSection section = s.retentionSection().orElseThrow();
                    return s.withRetentionSection(section.withNrrImprovement(
                            section.nrrImprovement().map(n -> n.withOverrides(o))));
                }, selected::edit));
        selected.onChange(this::refresh);
        refresh();
    }

    /** The inputs with the rates as GRR and NRR, or as churn, contraction and expansion. */
    static List<InputField<RetentionInputs>> fields(boolean components) {
        List<InputField<RetentionInputs>> fields = new ArrayList<>();
        fields.add(InputField.required("startArr", UiText.text("retention.startArr3"), InputKind.MONEY, UiText.text("retention.arrAtTheStart"),
                RetentionInputs::startArr, RetentionInputs::withStartArr));
        if (components) {
            fields.add(InputField.required("churnRate", UiText.text("retention.churn"), InputKind.PERCENT,
                    UiText.text("retention.shareOfOpeningArr"), in -> in.rates().churnRate(),
                    (in, v) -> in.withRates(new RetentionRates.Components(v, in.rates().contractionRate(),
                            in.rates().expansionRate()))));
            fields.add(InputField.required("contractionRate", UiText.text("retention.contraction"), InputKind.PERCENT,
                    UiText.text("retention.shareOfOpeningArr2"), in -> in.rates().contractionRate(),
                    (in, v) -> in.withRates(new RetentionRates.Components(in.rates().churnRate(), v,
                            in.rates().expansionRate()))));
            fields.add(InputField.required("expansionRate", UiText.text("retention.expansion"), InputKind.PERCENT,
                    UiText.text("retention.shareOfOpeningArr3"), in -> in.rates().expansionRate(),
                    (in, v) -> in.withRates(new RetentionRates.Components(in.rates().churnRate(),
                            in.rates().contractionRate(), v))));
        } else {
            fields.add(InputField.required("grr", UiText.text("retention.grr"), InputKind.PERCENT,
                    UiText.text("retention.grossRevenueRetentionShare"),
                    in -> in.rates().grr(), (in, v) -> in.withRates(new RetentionRates.GrrNrr(v, in.rates().nrr()))));
            fields.add(InputField.required("nrr", UiText.text("retention.nrr"), InputKind.PERCENT,
                    UiText.text("retention.netRevenueRetentionGrr"),
                    in -> in.rates().nrr(), (in, v) -> in.withRates(new RetentionRates.GrrNrr(in.rates().grr(), v))));
        }
        fields.add(InputField.required("years", UiText.text("retention.years"), InputKind.COUNT, UiText.text("retention.yearsOfTheArr"),
                in -> (double) in.years(), (in, v) -> in.withYears((int) Math.round(v))));
        for (int year = 1; year <= NEW_ARR_YEARS_SHOWN; year++) {
            int y = year;
            // named by the catalogue as retention.newArrPerYear[y - 1]: "New ARR, year y"
            fields.add(InputField.required("newArrPerYear[" + (y - 1) + "]", UiText.text("retention.newArrYear", y, ""),
                    InputKind.MONEY, y == NEW_ARR_YEARS_SHOWN ? UiText.text("retention.newArrBookedIn2", y)
                            : UiText.text("retention.newArrBookedIn3", y),
                    in -> in.newArrInYear(y), (in, v) -> in.withNewArrPerYear(newArrWith(in, y, v))));
        }
        return fields;
    }

    private static List<Double> newArrWith(RetentionInputs in, int year, double value) {
        List<Double> values = new ArrayList<>();
        for (int y = 1; y <= NEW_ARR_YEARS_SHOWN; y++) {
            values.add(y == year ? value : in.newArrInYear(y));
        }
        return values;
    }

    static List<InputField<NrrImprovement>> improvementFields() {
        return List.of(
                InputField.required("nrrA", UiText.text("retention.nrrNow"), InputKind.PERCENT, UiText.text("retention.nrrBeforeTheImprovement"),
                        NrrImprovement::nrrA, (n, v) -> new NrrImprovement(v, n.nrrB(), n.acv(), n.cac(), n.closeRate()))
                        .reading(Driver.NRR),
                InputField.required("nrrB", UiText.text("retention.nrrAfter"), InputKind.PERCENT, UiText.text("retention.nrrAfterTheImprovement"),
                        NrrImprovement::nrrB, (n, v) -> new NrrImprovement(n.nrrA(), v, n.acv(), n.cac(), n.closeRate())),
                InputField.required("acv", UiText.text("retention.acv"), InputKind.MONEY, UiText.text("retention.acvOfANew"),
                        NrrImprovement::acv, (n, v) -> new NrrImprovement(n.nrrA(), n.nrrB(), v, n.cac(), n.closeRate()))
                        .reading(Driver.ACV),
                InputField.required("cac", UiText.text("retention.cac"), InputKind.MONEY, UiText.text("retention.costToAcquireOne"),
                        NrrImprovement::cac, (n, v) -> new NrrImprovement(n.nrrA(), n.nrrB(), n.acv(), v, n.closeRate()))
                        .reading(Driver.CAC),
                InputField.required("closeRate", UiText.text("retention.closeRate"), InputKind.PERCENT,
                        UiText.text("retention.shareOfPipelineThat"),
                        NrrImprovement::closeRate, (n, v) -> new NrrImprovement(n.nrrA(), n.nrrB(), n.acv(), n.cac(), v))
                        .reading(Driver.CLOSE_RATE));
    }

    public InputGridModel<RetentionInputs> grid() {
        return grid;
    }

    /** The same inputs with churn, contraction and expansion instead of GRR and NRR. */
    public InputGridModel<RetentionInputs> componentsGrid() {
        return componentsGrid;
    }

    /** True when the scenario states its rates as churn, contraction and expansion. */
    public ReadOnlyBooleanProperty componentsFormProperty() {
        return componentsForm.getReadOnlyProperty();
    }

    /** Restates the rates in the other form (same GRR and NRR), as an undoable edit. */
    public void useComponentsForm(boolean components) {
        RetentionInputs in = inputs();
        if (in == null || (in.rates() instanceof RetentionRates.Components) == components) {
            return;
        }
        RetentionRates rates = in.rates();
        apply(in.withRates(components
                ? new RetentionRates.Components(rates.churnRate(), rates.contractionRate(), rates.expansionRate())
                : new RetentionRates.GrrNrr(rates.grr(), rates.nrr())));
    }

    public InputGridModel<NrrImprovement> improvementGrid() {
        return improvementGrid;
    }

    public ObservableList<Headline> headlines() {
        return headlines;
    }

    public ObservableList<Headline> improvementCards() {
        return improvementCards;
    }

    public ObservableList<ArrBridgeYear> bridge() {
        return bridge;
    }

    public ObservableList<Comparison> comparison() {
        return comparison;
    }

    public ReadOnlyBooleanProperty hasSectionProperty() {
        return hasSection.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasImprovementProperty() {
        return hasImprovement.getReadOnlyProperty();
    }

    public String currency() {
        return selected.currency();
    }

    public FigureFormatter formats() {
        return formats;
    }

    /** Starts the section from the seed base case's figures. */
    public void addSection() {
        if (inputs() == null) {
            apply(new RetentionInputs(10_000_000, new RetentionRates.GrrNrr(0.90, 1.05), List.of(2_000_000.0), 3,
                    Optional.empty()));
        }
    }

    /**
     * Asks what moving NRR from the scenario's figure to 10 points more is worth, reading the scenario's NRR, ACV,
     * CAC and close rate (where it has none: $24K, $18K, 25 %).
     */
    public void addImprovement() {
        RetentionInputs in = inputs();
        if (in != null && in.nrrImprovement().isEmpty()) {
            Drivers d = selected.get().drivers();
            apply(in.withNrrImprovement(Optional.of(new NrrImprovement(in.rates().nrr(), in.rates().nrr() + 0.10,
                    d.value(Driver.ACV).orElse(24_000), d.value(Driver.CAC).orElse(18_000),
                    d.value(Driver.CLOSE_RATE).orElse(0.25)))));
        }
    }

    RetentionInputs inputs() {
        Scenario scenario = selected.get();
        return scenario == null ? null : scenario.retention().orElse(null);
    }

    private NrrImprovement improvement() {
        RetentionInputs in = inputs();
        return in == null ? null : in.nrrImprovement().orElse(null);
    }

    private void apply(RetentionInputs changed) {
        selected.edit(s -> s.withRetention(changed), UiText.text("edit.retention"));
    }

    private void refresh() {
        grid.refresh();
        componentsGrid.refresh();
        improvementGrid.refresh();
        RetentionInputs in = inputs();
        hasSection.set(in != null);
        componentsForm.set(in != null && in.rates() instanceof RetentionRates.Components);
        hasImprovement.set(in != null && in.nrrImprovement().isPresent());
        refreshFan(in == null ? null : selected.get(), in == null ? 0 : in.years());
        if (in == null) {
            headlines.clear();
            improvementCards.clear();
            bridge.clear();
            comparison.clear();
            return;
        }
        RetentionResult result = RetentionCalculator.calculate(in);
        bridge.setAll(result.bridge());
        headlines.setAll(headlines(in, result));
        comparison.setAll(comparison(in));
        improvementCards.setAll(result.nrrImprovement().map(r -> improvementCards(in, r)).orElse(List.of()));
    }

    /**
     * Closing ARR by year as P10 / P50 / P90 over the runs, when a range moves it (forecast.md §3); empty otherwise.
     * Seeded, so the chart is the same each time.
     */
    public ObservableList<FanYear> fan() {
        return fan;
    }

    private void refreshFan(Scenario scenario, int years) {
        int request = ++fanRequest;
        fan.clear();
        if (scenario == null || !scenario.drivers().hasRanges()) {
            return;
        }
        work.run("fan of the closing ARR", () -> ScenarioSimulation.run(scenario, ScenarioSimulation.DEFAULT_RUNS,
                ScenarioSimulation.DEFAULT_SEED), bands -> {
                    if (request == fanRequest) {
                        List<FanYear> byYear = new ArrayList<>();
                        for (int year = 1; year <= years; year++) {
                            int y = year;
                            bands.band("retention.bridge[year " + year + "].closing")
                                    .ifPresent(b -> byYear.add(new FanYear(y, b)));
                        }
                        fan.setAll(byYear);
                    }
                }, failed -> {
                    if (request == fanRequest) {
                        fan.clear();
                    }
                });
    }

    private List<Headline> headlines(RetentionInputs in, RetentionResult r) {
        FigureFormatter f = formats.withCurrency(currency());
        FigureCards cards = new FigureCards(f);
        ArrBridgeYear last = r.bridge().get(r.bridge().size() - 1);
        return List.of(
                cards.card("grr", "retention.grr", r.grr(), f.percent(r.grr())),
                cards.card("nrr", "retention.nrr", r.nrr(), f.percent(r.grr()) + " + " + f.percent(r.nrr() - r.grr())),
                cards.card("closingArr", "retention.bridge[year " + last.year() + "].closing", last.closing(),
                        f.money(last.opening()) + " × " + f.percent(r.nrr()) + " + " + f.money(last.newArr()) + " = "
                                + f.money(last.closing())));
    }

    private List<Comparison> comparison(RetentionInputs in) {
        List<Double> levels = new ArrayList<>(COMPARED_NRR);
        if (!levels.contains(in.rates().nrr())) {
            levels.add(in.rates().nrr());
        }
        levels.sort(Double::compare);
        List<Comparison> rows = new ArrayList<>();
        for (double nrr : levels) {
            RetentionInputs at = in.withRates(new RetentionRates.GrrNrr(Math.min(in.rates().grr(), nrr), nrr));
            List<Double> closing = RetentionCalculator.bridge(at).stream().map(ArrBridgeYear::closing).toList();
            rows.add(new Comparison(formats.percent(nrr), closing, nrr == in.rates().nrr()));
        }
        return rows;
    }

    private List<Headline> improvementCards(RetentionInputs in, NrrImprovementResult r) {
        NrrImprovement n = in.nrrImprovement().orElseThrow();
        FigureFormatter f = formats.withCurrency(currency());
        FigureCards cards = new FigureCards(f);
        String k = "retention.nrrImprovement.";
        return List.of(
                cards.card("arrGained", k + "arrGained", r.arrGained(), f.money(in.startArr()) + " × ("
                        + f.percent(n.nrrB()) + " − " + f.percent(n.nrrA()) + ")"),
                cards.card("newCustomersNotNeeded", k + "newCustomersNotNeeded", r.newCustomersNotNeeded(),
                        f.money(r.arrGained()) + " ÷ " + f.money(n.acv())),
                cards.card("cacNotSpent", k + "cacNotSpent", r.cacNotSpent(),
                        f.format(k + "newCustomersNotNeeded", r.newCustomersNotNeeded()) + " × " + f.money(n.cac())),
                cards.card("pipelineNotNeeded", k + "pipelineNotNeeded", r.pipelineNotNeeded(),
                        f.money(r.arrGained()) + " ÷ " + f.percent(n.closeRate())));
    }
}
