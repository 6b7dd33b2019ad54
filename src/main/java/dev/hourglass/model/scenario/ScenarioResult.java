package dev.hourglass.model.scenario;

import dev.hourglass.model.channels.ChannelResult;
import dev.hourglass.model.postsale.BudgetResult;
import dev.hourglass.model.postsale.PostSaleFunnelStep;
import dev.hourglass.model.retention.RetentionProgramResult;
import dev.hourglass.model.retention.RetentionResult;
import dev.hourglass.model.uniteconomics.UnitEconomicsResult;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Every output of a scenario, section by section; a section absent from the scenario is absent here. */
public record ScenarioResult(
        Optional<UnitEconomicsResult> unitEconomics,
        Optional<RetentionResult> retention,
        Optional<RetentionProgramResult> retentionProgram,
        Optional<BudgetResult> budget,
        Optional<List<PostSaleFunnelStep>> postSaleFunnel,
        Optional<List<ChannelResult>> channels,
        OptionalDouble smbForecast) {
}
