package dev.hourglass.ui.mainwindow;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.retention.ArrBridgeYear;
import dev.hourglass.model.retention.RetentionInputs;
import dev.hourglass.model.retention.RetentionResult;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioCalculator;
import dev.hourglass.model.scenario.ScenarioResult;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import dev.hourglass.model.uniteconomics.UnitEconomicsResult;
import dev.hourglass.ui.common.FigureCards;
import dev.hourglass.ui.common.Headline;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The headline figures of the current scenario and the data of its two key charts (closing ARR by year, the payback
 * curve), from one calculation through the model whenever it or one of its inputs changes.
 */
public final class HeadlinesViewModel {
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>();
    private final ReadOnlyListWrapper<Headline> headlines = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ObservableList<ArrBridgeYear> bridge = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<UnitEconomicsResult> unitEconomics = new ReadOnlyObjectWrapper<>();
    private final FigureFormatter formats;

    public HeadlinesViewModel(Scenario initial, FigureFormatter formats) {
        this.formats = formats;
        scenario.addListener((obs, old, now) -> refresh(now));
        scenario.set(initial);
    }

    private void refresh(Scenario s) {
        ScenarioResult r = s == null ? null : ScenarioCalculator.calculate(s);
        bridge.setAll(r == null ? List.of() : r.retention().map(RetentionResult::bridge).orElse(List.of()));
        unitEconomics.set(r == null ? null : r.unitEconomics().orElse(null));
        headlines.setAll(compute(s, r));
    }

    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    public ReadOnlyListProperty<Headline> headlinesProperty() {
        return headlines.getReadOnlyProperty();
    }

    /** The ARR bridge year by year (metrics.md §2); empty when the scenario has no retention. */
    public ObservableList<ArrBridgeYear> bridge() {
        return bridge;
    }

    /** The unit economics with the payback curve (metrics.md §1); null when the scenario has none. */
    public ReadOnlyObjectProperty<UnitEconomicsResult> unitEconomicsProperty() {
        return unitEconomics.getReadOnlyProperty();
    }

    /** The CAC the payback curve is to cover; 0 without unit economics. */
    public double cac() {
        Scenario s = scenario.get();
        return s == null ? 0 : s.unitEconomics().map(UnitEconomicsInputs::cac).orElse(0.0);
    }

    public String currency() {
        Scenario s = scenario.get();
        return s == null ? Scenario.DEFAULT_CURRENCY : s.currency();
    }

    public FigureFormatter formats() {
        return formats;
    }

    private List<Headline> compute(Scenario s, ScenarioResult r) {
        List<Headline> list = new ArrayList<>();
        if (s == null) {
            return list;
        }
        FigureFormatter f = formats.withCurrency(s.currency());
        FigureCards cards = new FigureCards(f);
        if (s.unitEconomics().isPresent() && r.unitEconomics().isPresent()) {
            UnitEconomicsInputs in = s.unitEconomics().get();
            UnitEconomicsResult u = r.unitEconomics().get();
            list.add(cards.card("yearOneGrossProfit", "unitEconomics.yearOneGrossProfit", u.yearOneGrossProfit(),
                    f.money(in.acv()) + " × " + f.percent(in.grossMargin())));
            list.add(cards.cardWithDetail("paybackMonth", "unitEconomics.paybackMonth", months(u.paybackMonth()),
                    f.notWithin(in.horizonMonths()), detail(f, "unitEconomics.cac", f.money(in.cac())) + ", "
                            + detail(f, "unitEconomics.billing", f.texts().value(in.billing())) + ", "
                            + detail(f, "unitEconomics.annualLogoChurn", f.percent(in.annualLogoChurn()))));
            list.add(cards.card("ltv", "unitEconomics.ltv", u.ltv(),
                    f.format("unitEconomics.horizonMonths", in.horizonMonths())));
            list.add(cards.card("ltvToCac", "unitEconomics.ltvToCac", u.ltvToCac(),
                    f.money(u.ltv()) + " ÷ " + f.money(in.cac())));
        }
        if (s.retention().isPresent() && r.retention().isPresent()) {
            RetentionInputs in = s.retention().get();
            ArrBridgeYear last = r.retention().get().bridge().get(in.years() - 1);
            list.add(cards.card("nrr", "retention.nrr", r.retention().get().nrr(),
                    f.percent(r.retention().get().grr()) + " + " + f.percent(in.rates().expansionRate())));
            list.add(cards.card("closingArr", "retention.bridge[year " + last.year() + "].closing", last.closing(),
                    f.money(last.opening()) + " × " + f.percent(in.rates().nrr()) + " + " + f.money(last.newArr())));
        }
        s.retentionProgram().ifPresent(in -> r.retentionProgram().ifPresent(p -> list.add(cards.card("roi",
                "retentionProgram.roi", p.roi(), "(" + f.money(p.grossProfitSaved()) + " − "
                        + f.money(in.programCost()) + ") ÷ " + f.money(in.programCost())))));
        if (r.smbForecast().isPresent()) {
            list.add(cards.card("smbForecast", "smbForecast.forecast", r.smbForecast().getAsDouble(), ""));
        }
        return list;
    }

    private static String detail(FigureFormatter f, String path, String value) {
        return f.texts().label(path) + " " + value;
    }

    private static OptionalDouble months(OptionalInt month) {
        return month.isPresent() ? OptionalDouble.of(month.getAsInt()) : OptionalDouble.empty();
    }
}
