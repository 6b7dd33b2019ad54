package dev.hourglass.model.scenario;

import dev.hourglass.model.channels.ChannelCalculator;
import dev.hourglass.model.pipeline.SmbForecast;
import dev.hourglass.model.postsale.BudgetCalculator;
import dev.hourglass.model.postsale.PostSaleFunnelCalculator;
import dev.hourglass.model.retention.RetentionCalculator;
import dev.hourglass.model.retention.RetentionProgramCalculator;
import dev.hourglass.model.uniteconomics.UnitEconomicsCalculator;
import java.util.OptionalDouble;

/** Recalculates every section of a scenario: the one model path every view and command goes through. */
public final class ScenarioCalculator {
    private ScenarioCalculator() {
    }

    public static ScenarioResult calculate(Scenario scenario) {
        return new ScenarioResult(
                scenario.unitEconomics().map(UnitEconomicsCalculator::calculate),
                scenario.retention().map(RetentionCalculator::calculate),
                scenario.retentionProgram().map(RetentionProgramCalculator::calculate),
                scenario.budget().map(BudgetCalculator::calculate),
                scenario.postSaleFunnel().map(PostSaleFunnelCalculator::calculate),
                scenario.channels().map(ChannelCalculator::rank),
                scenario.smbForecast().map(SmbForecast::forecast).map(OptionalDouble::of).orElse(OptionalDouble.empty()));
    }
}
