package dev.hourglass.model.scenario;

import dev.hourglass.model.InputLimits;
import dev.hourglass.model.Require;
import dev.hourglass.model.channels.ChannelInputs;
import java.util.Set;

/**
 * What one acquisition channel holds of its own: its name, spend and what its customers did. Its customers' churn,
 * expansion, ACV and margin are the scenario's drivers unless the channel overrides them.
 */
public record ChannelSection(String name, double spend, long newCustomers, long activated, long retained90d,
                             Overrides overrides) {
    public static final Set<Driver> READS = Set.of(Driver.ANNUAL_LOGO_CHURN, Driver.ANNUAL_EXPANSION, Driver.ACV,
            Driver.GROSS_MARGIN);

    public ChannelSection {
        Require.notBlank("channel name", name);
        Require.atMostChars("channel name", name, InputLimits.MAX_NAME_CHARS);
        Require.nonNegative("spend", spend);
        Require.nonNegative("new customers", newCustomers);
        Require.nonNegative("activated customers", activated);
        Require.nonNegative("customers retained at 90 days", retained90d);
        Require.present("overrides", overrides).requireOnly("a channel", READS);
    }

    /** The channel's inputs with the scenario's drivers filled in. */
    public ChannelInputs resolve(Drivers drivers) {
        return new ChannelInputs(name, spend, newCustomers, activated, retained90d,
                overrides.resolve(Driver.ANNUAL_LOGO_CHURN, drivers), overrides.resolve(Driver.ANNUAL_EXPANSION, drivers),
                overrides.resolve(Driver.ACV, drivers), overrides.resolve(Driver.GROSS_MARGIN, drivers));
    }

    public ChannelSection withOverrides(Overrides value) {
        return new ChannelSection(name, spend, newCustomers, activated, retained90d, value);
    }

    static ChannelSection from(ChannelInputs in, SectionValues values) {
        values.take(Driver.ANNUAL_LOGO_CHURN, in.annualLogoChurn()).take(Driver.ANNUAL_EXPANSION, in.annualExpansion())
                .take(Driver.ACV, in.acv()).take(Driver.GROSS_MARGIN, in.grossMargin());
        return new ChannelSection(in.name(), in.spend(), in.newCustomers(), in.activated(), in.retained90d(),
                values.overrides());
    }
}
