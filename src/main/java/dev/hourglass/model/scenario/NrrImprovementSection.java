package dev.hourglass.model.scenario;

import dev.hourglass.model.Require;
import dev.hourglass.model.retention.NrrImprovement;
import java.util.Set;

/**
 * The "what is an NRR gain worth" panel: the NRR aimed at is its own; NRR now, ACV, CAC and close rate are the
 * scenario's drivers unless overridden ("NRR now" is the scenario's NRR).
 */
public record NrrImprovementSection(double nrrB, Overrides overrides) {
    public static final Set<Driver> READS = Set.of(Driver.NRR, Driver.ACV, Driver.CAC, Driver.CLOSE_RATE);

    public NrrImprovementSection {
        Require.nonNegative("NRR after (nrrB)", nrrB);
        Require.present("overrides", overrides).requireOnly("the NRR gain", READS);
    }

    public NrrImprovement resolve(Drivers drivers) {
        return new NrrImprovement(overrides.resolve(Driver.NRR, drivers), nrrB, overrides.resolve(Driver.ACV, drivers),
                overrides.resolve(Driver.CAC, drivers), overrides.resolve(Driver.CLOSE_RATE, drivers));
    }

    public NrrImprovementSection withOverrides(Overrides value) {
        return new NrrImprovementSection(nrrB, value);
    }

    static NrrImprovementSection from(NrrImprovement in, SectionValues values) {
        values.take(Driver.NRR, in.nrrA()).take(Driver.ACV, in.acv()).take(Driver.CAC, in.cac())
                .take(Driver.CLOSE_RATE, in.closeRate());
        return new NrrImprovementSection(in.nrrB(), values.overrides());
    }
}
