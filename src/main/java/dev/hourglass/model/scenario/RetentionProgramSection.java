package dev.hourglass.model.scenario;

import dev.hourglass.model.Require;
import dev.hourglass.model.retention.RetentionProgramInputs;
import java.util.Set;

/**
 * What a retention programme holds of its own: the churn it aims at and its cost. Customers, ACV, gross margin and
 * churn now are the scenario's drivers unless overridden.
 */
public record RetentionProgramSection(double churnTarget, double programCost, Overrides overrides) {
    public static final Set<Driver> READS = Set.of(Driver.CUSTOMERS, Driver.ACV, Driver.GROSS_MARGIN,
            Driver.ANNUAL_LOGO_CHURN);

    public RetentionProgramSection {
        Require.fraction("churn target", churnTarget);
        Require.nonNegative("programme cost", programCost);
        Require.present("overrides", overrides).requireOnly("the retention programme", READS);
    }

    /** The programme's inputs with the scenario's drivers filled in. */
    public RetentionProgramInputs resolve(Drivers drivers) {
        return new RetentionProgramInputs(overrides.resolve(Driver.CUSTOMERS, drivers),
                overrides.resolve(Driver.ACV, drivers), overrides.resolve(Driver.GROSS_MARGIN, drivers),
                overrides.resolve(Driver.ANNUAL_LOGO_CHURN, drivers), churnTarget, programCost);
    }

    public RetentionProgramSection withOverrides(Overrides value) {
        return new RetentionProgramSection(churnTarget, programCost, value);
    }

    static RetentionProgramSection from(RetentionProgramInputs in, SectionValues values) {
        values.take(Driver.CUSTOMERS, in.customers()).take(Driver.ACV, in.acv())
                .take(Driver.GROSS_MARGIN, in.grossMargin()).take(Driver.ANNUAL_LOGO_CHURN, in.churnNow());
        return new RetentionProgramSection(in.churnTarget(), in.programCost(), values.overrides());
    }
}
