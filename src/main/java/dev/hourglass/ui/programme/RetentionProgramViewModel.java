package dev.hourglass.ui.programme;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.retention.RetentionProgramCalculator;
import dev.hourglass.model.retention.RetentionProgramInputs;
import dev.hourglass.model.retention.RetentionProgramResult;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.Drivers;
import dev.hourglass.model.scenario.RetentionProgramSection;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioBands;
import dev.hourglass.model.scenario.ScenarioSimulation;
import dev.hourglass.ui.common.FigureCards;
import dev.hourglass.ui.common.Headline;
import dev.hourglass.ui.common.DrawRefusalText;
import dev.hourglass.ui.common.InputField;
import dev.hourglass.ui.common.InputGridModel;
import dev.hourglass.ui.common.InputKind;
import dev.hourglass.ui.common.SectionOverrides;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.Work;
import dev.hourglass.ui.session.SelectedScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A retention programme's ROI (metrics.md §3): inputs, the figures with their formulas, the break-even churn
 * reduction, and the net gain for every churn reduction from none to all of today's churn.
 */
public final class RetentionProgramViewModel {
    /** A point of the net-gain curve: churn reduction (a fraction) and the net gain it brings. */
    public record Point(double churnReduction, double netGain) {
    }

    private static final int CURVE_POINTS = 40;

    private final SelectedScenario selected;
    private final FigureFormatter formats;
    private final InputGridModel<RetentionProgramInputs> grid;
    private final ObservableList<Headline> headlines = FXCollections.observableArrayList();
    private final ObservableList<Point> curve = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasSection = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> bandLines = FXCollections.observableArrayList();
    private final Work work;
    private final Locale locale;
    private int bandsRequest;

    public RetentionProgramViewModel(SelectedScenario selected, FigureFormatter formats, Locale locale) {
        this(selected, formats, locale, Work.BACKGROUND);
    }

    /** @param work where the bands of a scenario with ranges are computed (off the FX thread in the app) */
    public RetentionProgramViewModel(SelectedScenario selected, FigureFormatter formats, Locale locale, Work work) {
        this.selected = selected;
        this.formats = formats;
        this.work = work;
        this.locale = locale;
        this.grid = new InputGridModel<>(fields(), this::inputs,
                changed -> selected.edit(s -> s.withRetentionProgram(changed), UiText.text("edit.retentionProgramme")),
                selected::currency, locale).namedBy("retentionProgram.");
        grid.showOverrides(new SectionOverrides(selected::get,
                s -> s.retentionProgramSection().map(RetentionProgramSection::overrides),
                (s, o) -> s.withRetentionProgramSection(s.retentionProgramSection().orElseThrow().withOverrides(o)),
                selected::edit));
        selected.onChange(this::refresh);
        refresh();
    }

    static List<InputField<RetentionProgramInputs>> fields() {
        return List.of(
                InputField.required("customers", UiText.text("programme.customers"), InputKind.COUNT, UiText.text("programme.customersTheProgrammeCovers"),
                        RetentionProgramInputs::customers, (p, v) -> new RetentionProgramInputs(v, p.acv(), p.grossMargin(),
                                p.churnNow(), p.churnTarget(), p.programCost())).reading(Driver.CUSTOMERS),
                InputField.required("acv", UiText.text("programme.acv"), InputKind.MONEY, UiText.text("programme.annualContractValuePer"),
                        RetentionProgramInputs::acv, (p, v) -> new RetentionProgramInputs(p.customers(), v, p.grossMargin(),
                                p.churnNow(), p.churnTarget(), p.programCost())).reading(Driver.ACV),
                InputField.required("grossMargin", UiText.text("programme.grossMargin"), InputKind.PERCENT, UiText.text("programme.grossMarginOnThat"),
                        RetentionProgramInputs::grossMargin, (p, v) -> new RetentionProgramInputs(p.customers(), p.acv(), v,
                                p.churnNow(), p.churnTarget(), p.programCost())).reading(Driver.GROSS_MARGIN),
                InputField.required("churnNow", UiText.text("programme.churnNow"), InputKind.PERCENT, UiText.text("programme.annualLogoChurnToday"),
                        RetentionProgramInputs::churnNow, (p, v) -> new RetentionProgramInputs(p.customers(), p.acv(),
                                p.grossMargin(), v, p.churnTarget(), p.programCost())).reading(Driver.ANNUAL_LOGO_CHURN),
                InputField.required("churnTarget", UiText.text("programme.churnTarget"), InputKind.PERCENT,
                        UiText.text("programme.annualLogoChurnThe"),
                        RetentionProgramInputs::churnTarget, RetentionProgramInputs::withChurnTarget),
                InputField.required("programCost", UiText.text("programme.programmeCost"), InputKind.MONEY, UiText.text("programme.whatTheProgrammeCosts"),
                        RetentionProgramInputs::programCost, (p, v) -> new RetentionProgramInputs(p.customers(), p.acv(),
                                p.grossMargin(), p.churnNow(), p.churnTarget(), v)));
    }

    public InputGridModel<RetentionProgramInputs> grid() {
        return grid;
    }

    public ObservableList<Headline> headlines() {
        return headlines;
    }

    public ObservableList<Point> curve() {
        return curve;
    }

    public ReadOnlyBooleanProperty hasSectionProperty() {
        return hasSection.getReadOnlyProperty();
    }

    public FigureFormatter formats() {
        return formats;
    }

    public String currency() {
        return selected.currency();
    }

    /** The planned churn reduction (points as a fraction), for the chart's marker; 0 without a section. */
    public double plannedReduction() {
        RetentionProgramInputs in = inputs();
        return in == null ? 0 : in.churnNow() - in.churnTarget();
    }

    /** The programme's own net gain, where the chart marks it. */
    public double plannedNetGain() {
        RetentionProgramInputs in = inputs();
        return in == null ? 0 : RetentionProgramCalculator.calculate(in).netGain();
    }

    /**
     * Starts a programme that reads the scenario's drivers; where the scenario has none, from the seed's programme
     * (300 customers, $20K ACV, 80 % margin, churn 18 % → 14 %, $150K).
     */
    public void addSection() {
        Scenario scenario = selected.get();
        if (scenario != null && inputs() == null) {
            Drivers d = scenario.drivers();
            double churnNow = d.value(Driver.ANNUAL_LOGO_CHURN).orElse(0.18);
            selected.edit(s -> s.withRetentionProgram(new RetentionProgramInputs(d.value(Driver.CUSTOMERS).orElse(300),
                    d.value(Driver.ACV).orElse(20_000), d.value(Driver.GROSS_MARGIN).orElse(0.80), churnNow,
                    Math.min(0.14, churnNow), 150_000)), UiText.text("programme.addARetentionProgramme"));
        }
    }

    RetentionProgramInputs inputs() {
        Scenario scenario = selected.get();
        return scenario == null ? null : scenario.retentionProgram().orElse(null);
    }

    private void refresh() {
        grid.refresh();
        RetentionProgramInputs in = inputs();
        hasSection.set(in != null);
        refreshBands(in == null ? null : selected.get());
        if (in == null) {
            headlines.clear();
            curve.clear();
            return;
        }
        RetentionProgramResult r = RetentionProgramCalculator.calculate(in);
        headlines.setAll(headlines(in, r));
        List<Point> points = new ArrayList<>();
        for (int i = 0; i <= CURVE_POINTS; i++) {
            double reduction = in.churnNow() * i / CURVE_POINTS;
            points.add(new Point(reduction, RetentionProgramCalculator.netGainAt(in, reduction)));
        }
        curve.setAll(points);
    }

    /**
     * With ranges among the drivers the programme reads: ROI and ARR saved P10 / P50 / P90 and the share of runs with
     * an ROI above 0 (forecast.md §3); empty otherwise. Seeded, so the screen shows the same lines each time.
     */
    public ObservableList<String> bandLines() {
        return bandLines;
    }

    private void refreshBands(Scenario scenario) {
        int request = ++bandsRequest;
        bandLines.clear();
        if (scenario == null || !scenario.drivers().hasRanges()) {
            return;
        }
        work.run("bands of the retention programme", () -> ScenarioSimulation.run(scenario,
                ScenarioSimulation.DEFAULT_RUNS, ScenarioSimulation.DEFAULT_SEED), bands -> {
                    if (request == bandsRequest) {
                        bandLines.setAll(bandLines(bands));
                    }
                }, failed -> {
                    if (request == bandsRequest) {
                        bandLines.setAll(DrawRefusalText.of(failed, locale, grid));
                    }
                });
    }

    private List<String> bandLines(ScenarioBands bands) {
        FigureFormatter f = formats.withCurrency(currency());
        String roi = "retentionProgram.roi";
        String arrSaved = "retentionProgram.arrSaved";
        List<String> lines = new ArrayList<>();
        bands.band(roi).ifPresent(b -> {
            lines.add(UiText.text("programme.bands.roi", f.format(roi, b.p10()), f.format(roi, b.p50()),
                    f.format(roi, b.p90())));
            double atMostZero = bands.shareAtMost(roi, 0).orElseThrow();
            lines.add(UiText.text("programme.bands.roiOdds", f.percent(1 - atMostZero)));
        });
        bands.band(arrSaved).ifPresent(b -> lines.add(UiText.text("programme.bands.arrSaved",
                f.format(arrSaved, b.p10()), f.format(arrSaved, b.p50()), f.format(arrSaved, b.p90()))));
        return lines;
    }

    private List<Headline> headlines(RetentionProgramInputs in, RetentionProgramResult r) {
        FigureFormatter f = formats.withCurrency(currency());
        FigureCards cards = new FigureCards(f);
        String k = "retentionProgram.";
        return List.of(
                cards.card("logosSaved", k + "logosSaved", r.logosSaved(), f.format(k + "customers", in.customers())
                        + " × (" + f.percent(in.churnNow()) + " − " + f.percent(in.churnTarget()) + ")"),
                cards.card("arrSaved", k + "arrSaved", r.arrSaved(),
                        f.format(k + "logosSaved", r.logosSaved()) + " × " + f.money(in.acv())),
                cards.card("grossProfitSaved", k + "grossProfitSaved", r.grossProfitSaved(),
                        f.money(r.arrSaved()) + " × " + f.percent(in.grossMargin())),
                cards.card("netGain", k + "netGain", r.netGain(),
                        f.money(r.grossProfitSaved()) + " − " + f.money(in.programCost())),
                cards.card("roi", k + "roi", r.roi(), f.money(r.netGain()) + " ÷ " + f.money(in.programCost())),
                cards.card("breakEvenChurnReduction", k + "breakEvenChurnReduction", r.breakEvenChurnReduction(),
                        f.money(in.programCost()) + " ÷ (" + f.format(k + "customers", in.customers()) + " × "
                                + f.money(in.acv()) + " × " + f.percent(in.grossMargin()) + ")"));
    }
}
