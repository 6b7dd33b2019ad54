package dev.hourglass.model.scenario;

import dev.hourglass.model.channels.ChannelResult;
import dev.hourglass.model.retention.ArrBridgeYear;
import dev.hourglass.model.retention.RetentionProgramResult;
import dev.hourglass.model.uniteconomics.UnitEconomicsResult;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The outputs of a scenario that can depend on a driver, as numbers in a fixed order, with their paths as
 * {@code calc --json} names them ({@code unitEconomics.paybackMonth}, {@code retention.bridge[year 3].closing},
 * {@code channels[Paid search].ltvToCac}). Budget, post-sale funnel and SMB forecast read no driver and are left
 * out, so is the monthly gross profit curve. A "no data" figure is NaN. The paths are made only when asked for, so
 * a Monte Carlo run only fills numbers.
 */
final class ScenarioOutputs {
    private final List<String> paths;
    private final double[] values;
    private int next;

    private ScenarioOutputs(List<String> paths, double[] values) {
        this.paths = paths;
        this.values = values;
    }

    /** Every path of the result, in the order {@link #fill} writes the values. */
    static List<String> paths(ScenarioResult result) {
        ScenarioOutputs walk = new ScenarioOutputs(new ArrayList<>(), null);
        walk.walk(result);
        return walk.paths;
    }

    /** Writes the result's values into {@code into} (as long as its paths), in the order of {@link #paths}. */
    static void fill(ScenarioResult result, double[] into) {
        new ScenarioOutputs(null, into).walk(result);
    }

    private void walk(ScenarioResult r) {
        r.unitEconomics().ifPresent(this::unitEconomics);
        r.retention().ifPresent(ret -> {
            put("retention.grr", ret.grr());
            put("retention.nrr", ret.nrr());
            for (ArrBridgeYear y : ret.bridge()) {
                String element = paths == null ? null : "retention.bridge[year " + y.year() + "].";
                put(element, "opening", y.opening());
                put(element, "churned", y.churned());
                put(element, "contracted", y.contracted());
                put(element, "expanded", y.expanded());
                put(element, "newArr", y.newArr());
                put(element, "closing", y.closing());
            }
            ret.nrrImprovement().ifPresent(n -> {
                put("retention.nrrImprovement.arrGained", n.arrGained());
                put("retention.nrrImprovement.newCustomersNotNeeded", n.newCustomersNotNeeded());
                put("retention.nrrImprovement.cacNotSpent", n.cacNotSpent());
                put("retention.nrrImprovement.pipelineNotNeeded", n.pipelineNotNeeded());
            });
        });
        r.retentionProgram().ifPresent(this::retentionProgram);
        r.channels().ifPresent(list -> {
            for (ChannelResult c : list) {
                String element = paths == null ? null : "channels[" + c.name() + "].";
                put(element, "cac", c.cac());
                put(element, "costPerActivated", c.costPerActivated());
                put(element, "costPerRetained", c.costPerRetained());
                put(element, "ltv", c.ltv());
                put(element, "ltvToCac", c.ltvToCac());
            }
        });
    }

    private void unitEconomics(UnitEconomicsResult u) {
        put("unitEconomics.yearOneGrossProfit", u.yearOneGrossProfit());
        put("unitEconomics.monthlyGrossProfit", u.monthlyGrossProfit());
        put("unitEconomics.simplePaybackMonths", u.simplePaybackMonths());
        OptionalInt payback = u.paybackMonth();
        put("unitEconomics.paybackMonth", payback.isPresent() ? payback.getAsInt() : Double.NaN);
        put("unitEconomics.ltv", u.ltv());
        put("unitEconomics.ltvToCac", u.ltvToCac());
        put("unitEconomics.steadyStateLtv", u.steadyStateLtv());
        put("unitEconomics.averageLifetimeYears", u.averageLifetimeYears());
    }

    private void retentionProgram(RetentionProgramResult p) {
        put("retentionProgram.logosSaved", p.logosSaved());
        put("retentionProgram.arrSaved", p.arrSaved());
        put("retentionProgram.grossProfitSaved", p.grossProfitSaved());
        put("retentionProgram.netGain", p.netGain());
        put("retentionProgram.roi", p.roi());
        put("retentionProgram.breakEvenChurnReduction", p.breakEvenChurnReduction());
    }

    private void put(String element, String name, OptionalDouble value) {
        put(element, name, value.isPresent() ? value.getAsDouble() : Double.NaN);
    }

    private void put(String element, String name, double value) {
        if (paths != null) {
            paths.add(element + name);
        } else {
            values[next++] = value;
        }
    }

    private void put(String path, OptionalDouble value) {
        put(path, value.isPresent() ? value.getAsDouble() : Double.NaN);
    }

    private void put(String path, double value) {
        if (paths != null) {
            paths.add(path);
        } else {
            values[next++] = value;
        }
    }
}
