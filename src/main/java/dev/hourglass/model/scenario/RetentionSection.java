package dev.hourglass.model.scenario;

import dev.hourglass.model.InputLimits;
import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.Require;
import dev.hourglass.model.retention.RetentionInputs;
import java.util.Optional;

/**
 * What the portfolio retention section holds of its own: how many years it projects and the optional NRR-gain
 * question. Start ARR, the retention rates and new ARR are the scenario's drivers.
 */
public record RetentionSection(int years, Optional<NrrImprovementSection> nrrImprovement) {
    public RetentionSection {
        Require.between("years", years, 1, InputLimits.MAX_YEARS);
        Require.present("NRR improvement", nrrImprovement);
    }

    public RetentionInputs resolve(Drivers drivers) {
        return new RetentionInputs(drivers.require(Driver.START_ARR), drivers.rates().orElseThrow(() ->
                new InvalidInputException("retention rates", "the scenario has no retention rates")),
                drivers.newArrPerYear(), years, nrrImprovement.map(n -> n.resolve(drivers)));
    }

    public RetentionSection withNrrImprovement(Optional<NrrImprovementSection> value) {
        return new RetentionSection(years, value);
    }
}
