package dev.hourglass.ui.uniteconomics;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.Drivers;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioBands;
import dev.hourglass.model.scenario.ScenarioSimulation;
import dev.hourglass.model.uniteconomics.Billing;
import dev.hourglass.model.uniteconomics.UnitEconomicsCalculator;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import dev.hourglass.model.uniteconomics.UnitEconomicsResult;
import dev.hourglass.ui.common.FigureCards;
import dev.hourglass.ui.common.Headline;
import dev.hourglass.ui.common.DrawRefusalText;
import dev.hourglass.ui.common.InputField;
import dev.hourglass.ui.common.InputGridModel;
import dev.hourglass.ui.common.InputKind;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.Work;
import dev.hourglass.ui.session.SelectedDriverRanges;
import dev.hourglass.ui.session.SelectedScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Unit economics of the selected scenario (metrics.md §1): the input grid, billing, headline cards with their
 * formulas, and the cumulative gross profit curve against CAC — recalculated through the model on every edit.
 */
public final class UnitEconomicsViewModel {
    /** What a scenario without unit economics starts from: the seed base case's figures. */
    static final UnitEconomicsInputs STARTING_POINT = UnitEconomicsInputs.of(24_000, 0.80, 18_000, 0.18);

    private final SelectedScenario selected;
    private final FigureFormatter formats;
    private final InputGridModel<UnitEconomicsInputs> grid;
    private final ObservableList<Headline> headlines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<UnitEconomicsResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper hasSection = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<Billing> billing = new SimpleObjectProperty<>(Billing.ANNUAL);
    private final BooleanProperty frontLoadedChurn = new SimpleBooleanProperty();
    private final BooleanProperty expansion = new SimpleBooleanProperty();
    private final BooleanProperty discounting = new SimpleBooleanProperty();
    private final ObservableList<String> bandLines = FXCollections.observableArrayList();
    private final Work work;
    private final Locale locale;
    private int bandsRequest;
    private boolean refreshing;

    public UnitEconomicsViewModel(SelectedScenario selected, FigureFormatter formats, Locale locale) {
        this(selected, formats, locale, Work.BACKGROUND);
    }

    /** @param work where the bands of a scenario with ranges are computed (off the FX thread in the app) */
    public UnitEconomicsViewModel(SelectedScenario selected, FigureFormatter formats, Locale locale, Work work) {
        this.selected = selected;
        this.formats = formats;
        this.work = work;
        this.locale = locale;
        this.grid = new InputGridModel<>(fields(), this::inputs, this::apply, selected::currency, locale)
                .namedBy("unitEconomics.").withRanges(new SelectedDriverRanges(selected));
        selected.onChange(this::refresh);
        billing.addListener((obs, old, now) -> {
            UnitEconomicsInputs in = inputs();
            if (!refreshing && in != null && now != null && in.billing() != now) {
                apply(in.withBilling(now));
            }
        });
        toggle(frontLoadedChurn, UiText.text("uniteconomics.frontLoadedChurn"), in -> in.withFirstYearLogoChurn(OptionalDouble.of(
                Math.min(1, in.annualLogoChurn() + FRONT_LOADING))), in -> in.withFirstYearLogoChurn(OptionalDouble.empty()));
        toggle(expansion, "expansion", in -> in.withAnnualExpansion(DEFAULT_EXPANSION), in -> in.withAnnualExpansion(0));
        toggle(discounting, "discounting", in -> in.withAnnualDiscountRate(DEFAULT_DISCOUNT),
                in -> in.withAnnualDiscountRate(0));
        refresh();
    }

    /** How this view writes figures (cards, the chart's axis). */
    public FigureFormatter formats() {
        return formats;
    }

    /** Switching a toggle on starts from these; the figures are then edited in the grid. */
    static final double FRONT_LOADING = 0.10;
    static final double DEFAULT_EXPANSION = 0.05;
    static final double DEFAULT_DISCOUNT = 0.10;
    /** "Payback ≤ 12 months in NN % of runs" (issue 19 §3). */
    static final int PAYBACK_ODDS_MONTHS = 12;

    private void toggle(BooleanProperty property, String what, UnaryOperator<UnitEconomicsInputs> on,
                        UnaryOperator<UnitEconomicsInputs> off) {
        property.addListener((obs, old, now) -> {
            UnitEconomicsInputs in = inputs();
            if (!refreshing && in != null) {
                selected.edit(s -> s.withUnitEconomics((now ? on : off).apply(in)), UiText.text(now ? "edit.switchOn" : "edit.switchOff", what));
            }
        });
    }

    /** Front-loaded churn in the first contract year: on when the first-year figure is set. */
    public BooleanProperty frontLoadedChurnProperty() {
        return frontLoadedChurn;
    }

    public BooleanProperty expansionProperty() {
        return expansion;
    }

    public BooleanProperty discountingProperty() {
        return discounting;
    }

    static List<InputField<UnitEconomicsInputs>> fields() {
        return List.of(
                InputField.required("acv", UiText.text("uniteconomics.acv"), InputKind.MONEY, UiText.text("uniteconomics.annualContractValueOf"),
                        UnitEconomicsInputs::acv, UnitEconomicsInputs::withAcv),
                InputField.required("grossMargin", UiText.text("uniteconomics.grossMargin"), InputKind.PERCENT,
                        UiText.text("uniteconomics.shareOfRevenueLeft"),
                        UnitEconomicsInputs::grossMargin, UnitEconomicsInputs::withGrossMargin),
                InputField.required("cac", UiText.text("uniteconomics.cac"), InputKind.MONEY, UiText.text("uniteconomics.costToAcquireOne"),
                        UnitEconomicsInputs::cac, UnitEconomicsInputs::withCac),
                InputField.required("annualLogoChurn", UiText.text("uniteconomics.annualLogoChurn"), InputKind.PERCENT,
                        UiText.text("uniteconomics.shareOfCustomersLost"), UnitEconomicsInputs::annualLogoChurn,
                        UnitEconomicsInputs::withAnnualLogoChurn),
                InputField.optional("firstYearLogoChurn", UiText.text("uniteconomics.firstYearLogoChurn"), InputKind.PERCENT,
                        UiText.text("uniteconomics.frontLoadedChurnIn"),
                        UnitEconomicsInputs::firstYearLogoChurn, UnitEconomicsInputs::withFirstYearLogoChurn),
                InputField.required("annualExpansion", UiText.text("uniteconomics.annualExpansion"), InputKind.PERCENT,
                        UiText.text("uniteconomics.priceGrowthOfA"),
                        UnitEconomicsInputs::annualExpansion, UnitEconomicsInputs::withAnnualExpansion),
                InputField.required("horizonMonths", UiText.text("uniteconomics.horizon"), InputKind.MONTHS, UiText.text("uniteconomics.monthsOverWhichLtv"),
                        in -> (double) in.horizonMonths(), (in, v) -> in.withHorizonMonths((int) Math.round(v))),
                InputField.required("annualDiscountRate", UiText.text("uniteconomics.annualDiscountRate"), InputKind.PERCENT,
                        UiText.text("uniteconomics.discountsFutureGrossProfit"), UnitEconomicsInputs::annualDiscountRate,
                        UnitEconomicsInputs::withAnnualDiscountRate));
    }

    public InputGridModel<UnitEconomicsInputs> grid() {
        return grid;
    }

    public ObservableList<Headline> headlines() {
        return headlines;
    }

    /** The computed figures; null when the scenario has no unit economics. */
    public ReadOnlyObjectProperty<UnitEconomicsResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasSectionProperty() {
        return hasSection.getReadOnlyProperty();
    }

    public ObjectProperty<Billing> billingProperty() {
        return billing;
    }

    /** The CAC line of the chart. */
    public double cac() {
        UnitEconomicsInputs in = inputs();
        return in == null ? 0 : in.cac();
    }

    public String currency() {
        return selected.currency();
    }

    /**
     * Gives a scenario without unit economics its drivers as they are; a driver it does not set yet starts from the
     * seed base case's figure.
     */
    public void addSection() {
        Scenario scenario = selected.get();
        if (scenario != null && inputs() == null) {
            Drivers d = scenario.drivers();
            UnitEconomicsInputs start = STARTING_POINT;
            apply(new UnitEconomicsInputs(d.value(Driver.ACV).orElse(start.acv()),
                    d.value(Driver.GROSS_MARGIN).orElse(start.grossMargin()), d.value(Driver.CAC).orElse(start.cac()),
                    d.value(Driver.ANNUAL_LOGO_CHURN).orElse(start.annualLogoChurn()),
                    d.value(Driver.FIRST_YEAR_LOGO_CHURN), d.value(Driver.ANNUAL_EXPANSION).orElse(0),
                    d.billing().orElse(start.billing()),
                    (int) d.value(Driver.HORIZON_MONTHS).orElse(start.horizonMonths()),
                    d.value(Driver.ANNUAL_DISCOUNT_RATE).orElse(0)));
        }
    }

    UnitEconomicsInputs inputs() {
        Scenario scenario = selected.get();
        return scenario == null ? null : scenario.unitEconomics().orElse(null);
    }

    private void apply(UnitEconomicsInputs changed) {
        selected.edit(s -> s.withUnitEconomics(changed), UiText.text("edit.unitEconomics"));
    }

    private void refresh() {
        refreshing = true;
        try {
            grid.refresh();
            UnitEconomicsInputs in = inputs();
            hasSection.set(in != null);
            if (in == null) {
                result.set(null);
                headlines.clear();
                return;
            }
            billing.set(in.billing());
            frontLoadedChurn.set(in.firstYearLogoChurn().isPresent());
            expansion.set(in.annualExpansion() > 0);
            discounting.set(in.annualDiscountRate() > 0);
            UnitEconomicsResult computed = UnitEconomicsCalculator.calculate(in);
            result.set(computed);
            headlines.setAll(headlines(in, computed));
            refreshBands(selected.get(), in.horizonMonths());
        } finally {
            refreshing = false;
        }
    }

    /**
     * With ranges among the drivers: payback month P10 / P50 / P90, the share of runs paying back within 12 months and
     * LTV:CAC P10–P90 (forecast.md §3); empty without ranges. Seeded, so the screen shows the same lines each time.
     */
    public ObservableList<String> bandLines() {
        return bandLines;
    }

    private void refreshBands(Scenario scenario, int horizonMonths) {
        int request = ++bandsRequest;
        bandLines.clear();
        if (scenario == null || !scenario.drivers().hasRanges()) {
            return;
        }
        work.run("bands of the unit economics", () -> ScenarioSimulation.run(scenario, ScenarioSimulation.DEFAULT_RUNS,
                ScenarioSimulation.DEFAULT_SEED), bands -> {
                    if (request == bandsRequest) {
                        bandLines.setAll(bandLines(bands, horizonMonths));
                    }
                }, failed -> {
                    if (request == bandsRequest) {
                        bandLines.setAll(DrawRefusalText.of(failed, locale, grid));
                    }
                });
    }

    private List<String> bandLines(ScenarioBands bands, int horizonMonths) {
        FigureFormatter f = formats.withCurrency(currency());
        String k = "unitEconomics.";
        List<String> lines = new ArrayList<>();
        bands.band(k + "paybackMonth").ifPresent(b -> {
            lines.add(UiText.text("range.bands.payback", payback(f, b.p10(), horizonMonths),
                    payback(f, b.p50(), horizonMonths), payback(f, b.p90(), horizonMonths)));
            lines.add(UiText.text("range.bands.paybackOdds",
                    f.percent(bands.shareAtMost(k + "paybackMonth", PAYBACK_ODDS_MONTHS).orElseThrow())));
        });
        bands.band(k + "ltvToCac").ifPresent(b -> lines.add(UiText.text("range.bands.ltvToCac",
                f.format(k + "ltvToCac", b.p10()), f.format(k + "ltvToCac", b.p90()))));
        return lines;
    }

    private static String payback(FigureFormatter f, OptionalDouble month, int horizonMonths) {
        return month.isPresent() ? f.format("unitEconomics.paybackMonth", month) : f.notWithin(horizonMonths);
    }

    private List<Headline> headlines(UnitEconomicsInputs in, UnitEconomicsResult r) {
        FigureFormatter f = formats.withCurrency(currency());
        FigureCards cards = new FigureCards(f);
        String k = "unitEconomics.";
        List<Headline> list = new ArrayList<>();
        list.add(cards.card("yearOneGrossProfit", k + "yearOneGrossProfit", r.yearOneGrossProfit(),
                f.money(in.acv()) + " × " + f.percent(in.grossMargin()) + " = " + f.money(r.yearOneGrossProfit())));
        list.add(cards.cardWithDetail("paybackMonth", k + "paybackMonth", months(r.paybackMonth()),
                f.notWithin(in.horizonMonths()), f.texts().label(k + "cac") + " " + f.money(in.cac()) + ", "
                        + f.texts().label(k + "billing") + " " + f.texts().value(in.billing()) + ", "
                        + f.texts().label(k + "firstYearLogoChurn") + " " + f.percent(in.effectiveFirstYearLogoChurn())
                        + ". " + f.texts().label(k + "simplePaybackMonths") + ": " + f.texts().formula(k + "simplePaybackMonths")
                        + " = " + f.money(in.cac()) + " ÷ " + f.money(r.monthlyGrossProfit()) + " = "
                        + f.format(k + "simplePaybackMonths", r.simplePaybackMonths())));
        list.add(cards.card("ltv", k + "ltv", r.ltv(), f.format(k + "horizonMonths", in.horizonMonths()) + " × "
                + f.money(r.monthlyGrossProfit()) + " × …"));
        list.add(cards.card("ltvToCac", k + "ltvToCac", r.ltvToCac(), f.money(r.ltv()) + " ÷ " + f.money(in.cac())));
        list.add(cards.card("steadyStateLtv", k + "steadyStateLtv", r.steadyStateLtv(),
                f.money(in.acv()) + " × " + f.percent(in.grossMargin()) + " ÷ " + f.percent(in.annualLogoChurn())));
        list.add(cards.card("averageLifetimeYears", k + "averageLifetimeYears", r.averageLifetimeYears(),
                "1 ÷ " + f.percent(in.annualLogoChurn())));
        return list;
    }

    private static OptionalDouble months(OptionalInt month) {
        return month.isPresent() ? OptionalDouble.of(month.getAsInt()) : OptionalDouble.empty();
    }
}
