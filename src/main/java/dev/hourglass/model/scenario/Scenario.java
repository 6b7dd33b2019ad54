package dev.hourglass.model.scenario;

import dev.hourglass.model.InputLimits;
import dev.hourglass.model.Require;
import dev.hourglass.model.channels.ChannelInputs;
import dev.hourglass.model.pipeline.SmbForecast;
import dev.hourglass.model.postsale.BudgetInputs;
import dev.hourglass.model.postsale.PostSaleFunnelInputs;
import dev.hourglass.model.retention.RetentionInputs;
import dev.hourglass.model.retention.RetentionProgramInputs;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import java.util.List;
import java.util.Optional;

/**
 * One named set of planning assumptions. Every section is optional; a present section is computed.
 * Section names are those of the scenario file in cli.md.
 */
public record Scenario(
        String name,
        String currency,
        String description,
        Optional<UnitEconomicsInputs> unitEconomics,
        Optional<RetentionInputs> retention,
        Optional<RetentionProgramInputs> retentionProgram,
        Optional<BudgetInputs> budget,
        Optional<PostSaleFunnelInputs> postSaleFunnel,
        Optional<List<ChannelInputs>> channels,
        Optional<SmbForecast> smbForecast) {

    public static final String DEFAULT_CURRENCY = "USD";

    public Scenario {
        Require.notBlank("scenario name", name);
        Require.atMostChars("scenario name", name, InputLimits.MAX_NAME_CHARS);
        Require.notBlank("currency", currency);
        Require.atMostChars("currency", currency, InputLimits.MAX_NAME_CHARS);
        description = description == null ? "" : description;
        Require.atMostChars("description", description, InputLimits.MAX_DESCRIPTION_CHARS);
        Require.present("unit economics", unitEconomics);
        Require.present("retention", retention);
        Require.present("retention programme", retentionProgram);
        Require.present("budget", budget);
        Require.present("post-sale funnel", postSaleFunnel);
        Require.present("channels", channels);
        channels.ifPresent(list -> Require.atMostEntries("channels", list, InputLimits.MAX_LIST_ENTRIES));
        channels = channels.map(list -> Require.listOf("channels", list));
        Require.present("SMB forecast", smbForecast);
    }

    /** A scenario with no sections yet. */
    public static Scenario empty(String name) {
        return new Scenario(name, DEFAULT_CURRENCY, "", Optional.empty(), Optional.empty(), Optional.empty(),
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

    public Scenario withName(String value) {
        return new Scenario(value, currency, description, unitEconomics, retention, retentionProgram, budget,
                postSaleFunnel, channels, smbForecast);
    }

    public Scenario withCurrency(String value) {
        return new Scenario(name, value, description, unitEconomics, retention, retentionProgram, budget,
                postSaleFunnel, channels, smbForecast);
    }

    public Scenario withDescription(String value) {
        return new Scenario(name, currency, value, unitEconomics, retention, retentionProgram, budget,
                postSaleFunnel, channels, smbForecast);
    }

    public Scenario withUnitEconomics(UnitEconomicsInputs value) {
        return new Scenario(name, currency, description, Optional.ofNullable(value), retention, retentionProgram,
                budget, postSaleFunnel, channels, smbForecast);
    }

    public Scenario withRetention(RetentionInputs value) {
        return new Scenario(name, currency, description, unitEconomics, Optional.ofNullable(value), retentionProgram,
                budget, postSaleFunnel, channels, smbForecast);
    }

    public Scenario withRetentionProgram(RetentionProgramInputs value) {
        return new Scenario(name, currency, description, unitEconomics, retention, Optional.ofNullable(value),
                budget, postSaleFunnel, channels, smbForecast);
    }

    public Scenario withBudget(BudgetInputs value) {
        return new Scenario(name, currency, description, unitEconomics, retention, retentionProgram,
                Optional.ofNullable(value), postSaleFunnel, channels, smbForecast);
    }

    public Scenario withPostSaleFunnel(PostSaleFunnelInputs value) {
        return new Scenario(name, currency, description, unitEconomics, retention, retentionProgram, budget,
                Optional.ofNullable(value), channels, smbForecast);
    }

    public Scenario withChannels(List<ChannelInputs> value) {
        return new Scenario(name, currency, description, unitEconomics, retention, retentionProgram, budget,
                postSaleFunnel, Optional.ofNullable(value), smbForecast);
    }

    public Scenario withSmbForecast(SmbForecast value) {
        return new Scenario(name, currency, description, unitEconomics, retention, retentionProgram, budget,
                postSaleFunnel, channels, Optional.ofNullable(value));
    }
}
