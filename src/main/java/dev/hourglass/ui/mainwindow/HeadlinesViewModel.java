package dev.hourglass.ui.mainwindow;

import dev.hourglass.model.retention.ArrBridgeYear;
import dev.hourglass.model.retention.RetentionInputs;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioCalculator;
import dev.hourglass.model.scenario.ScenarioResult;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import dev.hourglass.model.uniteconomics.UnitEconomicsResult;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.ui.common.Headline;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;

/** The headline figures of the current scenario, recalculated through the model whenever it changes. */
public final class HeadlinesViewModel {
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>();
    private final ReadOnlyListWrapper<Headline> headlines = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final FigureFormatter formats;

    public HeadlinesViewModel(Scenario initial, FigureFormatter formats) {
        this.formats = formats;
        scenario.addListener((obs, old, now) -> headlines.setAll(compute(now)));
        scenario.set(initial);
    }

    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    public ReadOnlyListProperty<Headline> headlinesProperty() {
        return headlines.getReadOnlyProperty();
    }

    private List<Headline> compute(Scenario s) {
        List<Headline> list = new ArrayList<>();
        if (s == null) {
            return list;
        }
        ScenarioResult r = ScenarioCalculator.calculate(s);
        String cur = s.currency();
        if (s.unitEconomics().isPresent() && r.unitEconomics().isPresent()) {
            UnitEconomicsInputs in = s.unitEconomics().get();
            UnitEconomicsResult u = r.unitEconomics().get();
            list.add(new Headline("yearOneGrossProfit", "Year-one gross profit", formats.money(u.yearOneGrossProfit(), cur),
                    "ACV × gross margin = " + formats.money(in.acv(), cur) + " × " + formats.percent(in.grossMargin())));
            list.add(new Headline("paybackMonth", "CAC payback",
                    u.paybackMonth().isPresent() ? "month " + u.paybackMonth().getAsInt()
                            : "not within " + in.horizonMonths() + " months",
                    "first month whose cumulative expected gross profit ≥ CAC (" + formats.money(in.cac(), cur)
                            + "); " + in.billing().name().toLowerCase() + " billing, churn "
                            + formats.percent(in.annualLogoChurn())));
            list.add(new Headline("ltv", "LTV (" + in.horizonMonths() + " months)", formats.money(u.ltv(), cur),
                    "Σ monthly gross profit × survival × price × discount over " + in.horizonMonths() + " months"));
            list.add(new Headline("ltvToCac", "LTV:CAC", formats.multiple(u.ltvToCac()),
                    "LTV ÷ CAC = " + formats.money(u.ltv(), cur) + " ÷ " + formats.money(in.cac(), cur)));
        }
        if (s.retention().isPresent() && r.retention().isPresent()) {
            RetentionInputs in = s.retention().get();
            ArrBridgeYear last = r.retention().get().bridge().get(in.years() - 1);
            list.add(new Headline("nrr", "NRR", formats.percent(r.retention().get().nrr()),
                    "GRR + expansion = " + formats.percent(r.retention().get().grr()) + " + "
                            + formats.percent(in.rates().expansionRate())));
            list.add(new Headline("closingArr", "ARR after year " + in.years(), formats.moneyCompact(last.closing(), cur),
                    "opening × NRR + new ARR = " + formats.money(last.opening(), cur) + " × "
                            + formats.percent(in.rates().nrr()) + " + " + formats.money(last.newArr(), cur)));
        }
        r.retentionProgram().ifPresent(p -> list.add(new Headline("roi", "Retention programme ROI",
                formats.percent(p.roi()), "(gross profit saved − cost) ÷ cost = ("
                        + formats.money(p.grossProfitSaved(), cur) + " − cost) ÷ cost")));
        if (r.smbForecast().isPresent()) {
            list.add(new Headline("smbForecast", "SMB forecast", formats.moneyCompact(r.smbForecast().getAsDouble(), cur),
                    "Won + Σ rate × open amount by forecast category + creation rate × expected creation"));
        }
        return list;
    }
}
