package dev.hourglass.model.scenario;

import dev.hourglass.model.InputLimits;
import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.Require;
import dev.hourglass.model.channels.ChannelInputs;
import dev.hourglass.model.pipeline.SmbForecast;
import dev.hourglass.model.postsale.BudgetInputs;
import dev.hourglass.model.postsale.PostSaleFunnelInputs;
import dev.hourglass.model.retention.RetentionInputs;
import dev.hourglass.model.retention.RetentionProgramInputs;
import dev.hourglass.model.uniteconomics.Billing;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One named set of planning assumptions: the business drivers, held once, and the sections that read them. Every
 * section is optional; a present section is computed. A section's inputs ({@link #unitEconomics()},
 * {@link #retentionProgram()}, …) are the drivers with the section's own values and overrides filled in, so the
 * calculators see what they always saw. Section names are those of the scenario file (docs/scenario-format.md).
 *
 * @param hasUnitEconomics unit economics holds nothing of its own: every one of its inputs is a driver
 */
public record Scenario(
        String name,
        String currency,
        String description,
        Drivers drivers,
        boolean hasUnitEconomics,
        Optional<RetentionSection> retentionSection,
        Optional<RetentionProgramSection> retentionProgramSection,
        Optional<BudgetInputs> budget,
        Optional<PostSaleFunnelInputs> postSaleFunnel,
        Optional<List<ChannelSection>> channelSections,
        Optional<SmbForecast> smbForecast) {

    public static final String DEFAULT_CURRENCY = "USD";

    public Scenario {
        Require.notBlank("scenario name", name);
        Require.atMostChars("scenario name", name, InputLimits.MAX_NAME_CHARS);
        Require.notBlank("currency", currency);
        Require.atMostChars("currency", currency, InputLimits.MAX_NAME_CHARS);
        description = description == null ? "" : description;
        Require.atMostChars("description", description, InputLimits.MAX_DESCRIPTION_CHARS);
        Require.present("drivers", drivers);
        Require.present("retention", retentionSection);
        Require.present("retention programme", retentionProgramSection);
        Require.present("budget", budget);
        Require.present("post-sale funnel", postSaleFunnel);
        Require.present("channels", channelSections);
        channelSections.ifPresent(list -> Require.atMostEntries("channels", list, InputLimits.MAX_LIST_ENTRIES));
        channelSections = channelSections.map(list -> Require.listOf("channels", list));
        Require.present("SMB forecast", smbForecast);
        // Every present section must resolve: a driver it reads is set or overridden, and the whole is in range.
        if (hasUnitEconomics) {
            unitEconomicsOf(drivers);
        }
        Drivers d = drivers;
        retentionSection.ifPresent(r -> r.resolve(d));
        retentionProgramSection.ifPresent(p -> p.resolve(d));
        channelSections.ifPresent(list -> list.forEach(c -> c.resolve(d)));
    }

    /** A scenario with no drivers and no sections yet. */
    public static Scenario empty(String name) {
        return new Scenario(name, DEFAULT_CURRENCY, "", Drivers.NONE, false, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A name made of another and a suffix ("Base (copy)", "Base (2)"), the other cut short when both would be longer
     * than a name may be.
     */
    public static String suffixedName(String name, String suffix) {
        int room = Math.max(0, InputLimits.MAX_NAME_CHARS - suffix.length());
        String base = name.length() <= room ? name : name.substring(0, room).strip();
        String whole = base + suffix;
        return whole.length() <= InputLimits.MAX_NAME_CHARS ? whole : whole.substring(0, InputLimits.MAX_NAME_CHARS);
    }

    /** Unit economics as the calculator takes it: the drivers, with metrics.md §1's defaults for unset options. */
    public Optional<UnitEconomicsInputs> unitEconomics() {
        return hasUnitEconomics ? Optional.of(unitEconomicsOf(drivers)) : Optional.empty();
    }

    public Optional<RetentionInputs> retention() {
        return retentionSection.map(r -> r.resolve(drivers));
    }

    public Optional<RetentionProgramInputs> retentionProgram() {
        return retentionProgramSection.map(p -> p.resolve(drivers));
    }

    public Optional<List<ChannelInputs>> channels() {
        return channelSections.map(list -> list.stream().map(c -> c.resolve(drivers)).toList());
    }

    /** Every override in the scenario, section by section, in the order of the scenario file. */
    public List<ScenarioOverride> overrides() {
        List<ScenarioOverride> all = new ArrayList<>();
        retentionSection.flatMap(RetentionSection::nrrImprovement).ifPresent(n ->
                all.addAll(ScenarioOverride.of("retention.nrrImprovement", "", n.overrides(), drivers)));
        retentionProgramSection.ifPresent(p ->
                all.addAll(ScenarioOverride.of("retentionProgram", "", p.overrides(), drivers)));
        channelSections.ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                ChannelSection c = list.get(i);
                all.addAll(ScenarioOverride.of("channels[" + i + "]", c.name(), c.overrides(), drivers));
            }
        });
        return all;
    }

    public Scenario withName(String value) {
        return new Scenario(value, currency, description, drivers, hasUnitEconomics, retentionSection,
                retentionProgramSection, budget, postSaleFunnel, channelSections, smbForecast);
    }

    public Scenario withCurrency(String value) {
        return new Scenario(name, value, description, drivers, hasUnitEconomics, retentionSection,
                retentionProgramSection, budget, postSaleFunnel, channelSections, smbForecast);
    }

    public Scenario withDescription(String value) {
        return new Scenario(name, currency, value, drivers, hasUnitEconomics, retentionSection,
                retentionProgramSection, budget, postSaleFunnel, channelSections, smbForecast);
    }

    /**
     * The scenario with other drivers: every section that reads a changed driver and does not override it follows.
     * A section that could not take a new value (a programme whose churn target would be above the new churn) keeps
     * the values it had as overrides, shown as such, instead of refusing the change.
     */
    public Scenario withDrivers(Drivers value) {
        Drivers before = drivers;
        return new Scenario(name, currency, description, value, hasUnitEconomics,
                retentionSection.map(r -> r.withNrrImprovement(r.nrrImprovement().map(n -> n.withOverrides(
                        kept(NrrImprovementSection.READS, n.overrides(), before, value, n::resolve))))),
                retentionProgramSection.map(p -> p.withOverrides(
                        kept(RetentionProgramSection.READS, p.overrides(), before, value, p::resolve))),
                budget, postSaleFunnel,
                channelSections.map(list -> list.stream().map(c -> c.withOverrides(
                        kept(ChannelSection.READS, c.overrides(), before, value, c::resolve))).toList()),
                smbForecast);
    }

    /** A section's overrides, with the drivers it read before added when it cannot read the new ones. */
    private static Overrides kept(Set<Driver> reads, Overrides overrides, Drivers before, Drivers after,
                                  Consumer<Drivers> resolve) {
        try {
            resolve.accept(after);
            return overrides;
        } catch (InvalidInputException refused) {
            Overrides kept = overrides;
            for (Driver driver : reads) {
                OptionalDouble was = before.value(driver);
                if (!overrides.has(driver) && was.isPresent() && !was.equals(after.value(driver))) {
                    kept = kept.with(driver, was.getAsDouble());
                }
            }
            return kept;
        }
    }

    public Scenario withDriver(Driver driver, double value) {
        return withDrivers(drivers.with(driver, value));
    }

    /**
     * Unit economics as typed: its inputs are drivers, so they become the scenario's (every section reading them
     * follows). Null removes the section and keeps the drivers.
     */
    public Scenario withUnitEconomics(UnitEconomicsInputs value) {
        if (value == null) {
            return withUnitEconomicsSection(false);
        }
        Scenario followed = withDrivers(unitEconomicsDrivers(drivers, value));
        return followed.withUnitEconomicsSection(true);
    }

    /**
     * Retention as typed: start ARR, rates and new ARR become the scenario's drivers. The NRR-gain panel's values are
     * compared with the drivers as they were, so a panel that read the NRR still reads it when the NRR changes.
     */
    public Scenario withRetention(RetentionInputs value) {
        if (value == null) {
            return withRetentionSection(null);
        }
        Drivers base = drivers.rates().isPresent() ? drivers : drivers.withRates(value.rates());
        SectionValues values = new SectionValues(base);
        Optional<NrrImprovementSection> panel = value.nrrImprovement().map(n -> NrrImprovementSection.from(n, values));
        Drivers next = values.drivers().with(Driver.START_ARR, value.startArr()).withRates(value.rates())
                .withNewArrPerYear(value.newArrPerYear());
        Scenario followed = withRetentionSection(null).withDrivers(next);
        return followed.withRetentionSection(new RetentionSection(value.years(), panel));
    }

    /** The programme as typed: a value equal to the scenario's driver reads it, any other overrides it. */
    public Scenario withRetentionProgram(RetentionProgramInputs value) {
        if (value == null) {
            return withRetentionProgramSection(null);
        }
        SectionValues values = new SectionValues(drivers);
        RetentionProgramSection section = RetentionProgramSection.from(value, values);
        return new Scenario(name, currency, description, values.drivers(), hasUnitEconomics, retentionSection,
                Optional.of(section), budget, postSaleFunnel, channelSections, smbForecast);
    }

    /** The channels as typed: a value equal to the scenario's driver reads it, any other overrides it. */
    public Scenario withChannels(List<ChannelInputs> value) {
        if (value == null) {
            return withChannelSections(null);
        }
        Drivers current = drivers;
        List<ChannelSection> sections = new ArrayList<>();
        for (ChannelInputs channel : value) {
            SectionValues values = new SectionValues(current);
            sections.add(ChannelSection.from(channel, values));
            current = values.drivers();
        }
        return new Scenario(name, currency, description, current, hasUnitEconomics, retentionSection,
                retentionProgramSection, budget, postSaleFunnel, Optional.of(sections), smbForecast);
    }

    /** Unit economics on or off; its inputs are the drivers, which stay when it goes. */
    public Scenario withUnitEconomicsSection(boolean present) {
        return new Scenario(name, currency, description, drivers, present, retentionSection,
                retentionProgramSection, budget, postSaleFunnel, channelSections, smbForecast);
    }

    public Scenario withRetentionSection(RetentionSection value) {
        return new Scenario(name, currency, description, drivers, hasUnitEconomics, Optional.ofNullable(value),
                retentionProgramSection, budget, postSaleFunnel, channelSections, smbForecast);
    }

    public Scenario withRetentionProgramSection(RetentionProgramSection value) {
        return new Scenario(name, currency, description, drivers, hasUnitEconomics, retentionSection,
                Optional.ofNullable(value), budget, postSaleFunnel, channelSections, smbForecast);
    }

    public Scenario withChannelSections(List<ChannelSection> value) {
        return new Scenario(name, currency, description, drivers, hasUnitEconomics, retentionSection,
                retentionProgramSection, budget, postSaleFunnel, Optional.ofNullable(value), smbForecast);
    }

    public Scenario withBudget(BudgetInputs value) {
        return new Scenario(name, currency, description, drivers, hasUnitEconomics, retentionSection,
                retentionProgramSection, Optional.ofNullable(value), postSaleFunnel, channelSections, smbForecast);
    }

    public Scenario withPostSaleFunnel(PostSaleFunnelInputs value) {
        return new Scenario(name, currency, description, drivers, hasUnitEconomics, retentionSection,
                retentionProgramSection, budget, Optional.ofNullable(value), channelSections, smbForecast);
    }

    public Scenario withSmbForecast(SmbForecast value) {
        return new Scenario(name, currency, description, drivers, hasUnitEconomics, retentionSection,
                retentionProgramSection, budget, postSaleFunnel, channelSections, Optional.ofNullable(value));
    }

    private static UnitEconomicsInputs unitEconomicsOf(Drivers d) {
        return new UnitEconomicsInputs(d.require(Driver.ACV), d.require(Driver.GROSS_MARGIN), d.require(Driver.CAC),
                d.require(Driver.ANNUAL_LOGO_CHURN), d.value(Driver.FIRST_YEAR_LOGO_CHURN),
                d.value(Driver.ANNUAL_EXPANSION).orElse(0), d.billing().orElse(Billing.ANNUAL),
                (int) d.value(Driver.HORIZON_MONTHS).orElse(UnitEconomicsInputs.DEFAULT_HORIZON_MONTHS),
                d.value(Driver.ANNUAL_DISCOUNT_RATE).orElse(0));
    }

    private static Drivers unitEconomicsDrivers(Drivers d, UnitEconomicsInputs u) {
        Drivers next = d.with(Driver.ACV, u.acv()).with(Driver.GROSS_MARGIN, u.grossMargin()).with(Driver.CAC, u.cac())
                .with(Driver.ANNUAL_LOGO_CHURN, u.annualLogoChurn()).with(Driver.ANNUAL_EXPANSION, u.annualExpansion())
                .with(Driver.HORIZON_MONTHS, u.horizonMonths()).with(Driver.ANNUAL_DISCOUNT_RATE, u.annualDiscountRate())
                .withBilling(u.billing());
        return u.firstYearLogoChurn().isPresent()
                ? next.with(Driver.FIRST_YEAR_LOGO_CHURN, u.firstYearLogoChurn().getAsDouble())
                : next.without(Driver.FIRST_YEAR_LOGO_CHURN);
    }
}
