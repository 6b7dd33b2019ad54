package dev.hourglass.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.json.JsonFieldException.Why;
import dev.hourglass.model.InputLimits;
import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.channels.ChannelInputs;
import dev.hourglass.model.pipeline.SmbForecast;
import dev.hourglass.model.postsale.BudgetInputs;
import dev.hourglass.model.postsale.BudgetLine;
import dev.hourglass.model.postsale.PostSaleFunnelInputs;
import dev.hourglass.model.postsale.RelationshipStage;
import dev.hourglass.model.retention.NrrImprovement;
import dev.hourglass.model.retention.RetentionInputs;
import dev.hourglass.model.retention.RetentionProgramInputs;
import dev.hourglass.model.retention.RetentionRates;
import dev.hourglass.model.scenario.ChannelSection;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.DriverRange;
import dev.hourglass.model.scenario.Drivers;
import dev.hourglass.model.scenario.NrrImprovementSection;
import dev.hourglass.model.scenario.Overrides;
import dev.hourglass.model.scenario.RetentionProgramSection;
import dev.hourglass.model.scenario.RetentionSection;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.uniteconomics.Billing;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads the scenario file (docs/scenario-format.md) into a {@link Scenario}, version 2 or an upgraded version 1;
 * every error names the file and the field.
 */
public final class ScenarioJsonReader {
    public static final String FORMAT = "hourglass-scenario";
    public static final int VERSION = 2;
    /** The first format: every section held its own copy of the drivers; upgraded as it is read. */
    public static final int VERSION_1 = 1;

    private static final ObjectMapper MAPPER = JsonFiles.STRICT;

    private ScenarioJsonReader() {
    }

    public static Scenario read(Path file) throws BadInputException {
        return JsonFiles.read(file, ScenarioJsonReader::fromJson);
    }

    public static Scenario read(String json) throws JsonFieldException, JsonProcessingException {
        if (json.length() > InputLimits.MAX_JSON_DOCUMENT_CHARS) {
            throw new JsonFieldException("scenario", String.format(Locale.ROOT,
                    "is %,d characters long; at most %,d are allowed", json.length(), InputLimits.MAX_JSON_DOCUMENT_CHARS));
        }
        return fromJson(MAPPER.readTree(json));
    }

    public static Scenario fromJson(JsonNode root) throws JsonFieldException {
        JsonObjectReader in = new JsonObjectReader(root, "");
        String format = in.string("format", FORMAT);
        if (!FORMAT.equals(format)) {
            throw new JsonFieldException("format", "expected \"" + FORMAT + "\", got \"" + format + "\"", Why.OTHER_FORMAT,
                    FORMAT, format);
        }
        int version = in.integer("version", VERSION_1);
        if (version > VERSION) {
            throw new JsonFieldException("version", "this file is version " + version
                    + ", written by a newer Hourglass; this one reads up to version " + VERSION, Why.NEWER_VERSION,
                    version, VERSION);
        }
        return version <= VERSION_1 ? fromVersion1(in) : fromVersion2(in);
    }

    /**
     * A version-1 file, upgraded as it is read: the sections are taken in the file's order (unit economics,
     * retention with its NRR gain, retention programme, channels in order), and the first value of a driver
     * defines it; a later section's equal value refers to it, a different one overrides it.
     */
    private static Scenario fromVersion1(JsonObjectReader in) throws JsonFieldException {
        in.allowOnly("format", "version", "name", "currency", "description", "unitEconomics", "retention",
                "retentionProgram", "budget", "postSaleFunnel", "channels", "smbForecast");
        String name = in.string("name", "Untitled scenario");
        String currency = in.string("currency", Scenario.DEFAULT_CURRENCY);
        String description = in.string("description", "");
        Scenario scenario = build("name", () -> Scenario.empty(name).withCurrency(currency).withDescription(description));
        for (String section : List.of("unitEconomics", "retention", "retentionProgram", "budget", "postSaleFunnel",
                "channels", "smbForecast")) {
            if (in.has(section)) {
                scenario = withSection(scenario, in, section);
            }
        }
        return scenario;
    }

    /**
     * Sets one section of a scenario from its version-1 shape (every driver's value written out), as a what-if
     * tool varies it: a value equal to the scenario's driver refers to it, any other overrides it; unit economics
     * and retention set the drivers themselves.
     */
    static Scenario withSection(Scenario scenario, JsonObjectReader in, String section) throws JsonFieldException {
        Scenario base = scenario;
        return switch (section) {
            case "unitEconomics" -> {
                UnitEconomicsInputs u = unitEconomics(in.object(section).orElseThrow());
                yield build(in.pathOf(section), () -> base.withUnitEconomics(u));
            }
            case "retention" -> {
                RetentionInputs r = retention(in.object(section).orElseThrow());
                yield build(in.pathOf(section), () -> base.withRetention(r));
            }
            case "retentionProgram" -> {
                RetentionProgramInputs p = retentionProgram(in.object(section).orElseThrow());
                yield build(in.pathOf(section), () -> base.withRetentionProgram(p));
            }
            case "budget" -> base.withBudget(budget(in.object(section).orElseThrow()));
            case "postSaleFunnel" -> base.withPostSaleFunnel(postSaleFunnel(in.object(section).orElseThrow()));
            case "channels" -> {
                List<ChannelInputs> channels = new ArrayList<>();
                for (JsonObjectReader.JsonElement element : in.array(section)) {
                    channels.add(channel(element.object()));
                }
                yield build(in.pathOf(section), () -> base.withChannels(channels));
            }
            case "smbForecast" -> base.withSmbForecast(smbForecast(in.object(section).orElseThrow()));
            default -> throw new JsonFieldException(in.pathOf(section), "is not a section of a scenario",
                    Why.NOT_A_SECTION);
        };
    }

    private static Scenario fromVersion2(JsonObjectReader in) throws JsonFieldException {
        in.allowOnly("format", "version", "name", "description", "drivers", "unitEconomics", "retention",
                "retentionProgram", "budget", "postSaleFunnel", "channels", "smbForecast");
        String name = in.string("name", "Untitled scenario");
        String description = in.string("description", "");
        JsonObjectReader driversIn = in.object("drivers").orElse(null);
        String currency = driversIn == null ? Scenario.DEFAULT_CURRENCY
                : driversIn.string("currency", Scenario.DEFAULT_CURRENCY);
        Drivers drivers = driversIn == null ? Drivers.NONE : drivers(driversIn);
        Scenario scenario = build("name", () -> Scenario.empty(name).withCurrency(currency)
                .withDescription(description).withDrivers(drivers));
        Optional<JsonObjectReader> section = in.object("unitEconomics");
        if (section.isPresent()) {
            section.get().allowOnly();
            Scenario base = scenario;
            scenario = build(section.get().path(), () -> base.withUnitEconomicsSection(true));
        }
        section = in.object("retention");
        if (section.isPresent()) {
            RetentionSection retention = retentionSection(section.get());
            Scenario base = scenario;
            scenario = build(section.get().path(), () -> base.withRetentionSection(retention));
        }
        section = in.object("retentionProgram");
        if (section.isPresent()) {
            JsonObjectReader p = section.get();
            p.allowOnly("churnTarget", "programCost", "overrides");
            double churnTarget = p.number("churnTarget");
            double cost = p.number("programCost");
            Overrides overrides = overrides(p);
            Scenario base = scenario;
            scenario = build(p.path(), () -> base.withRetentionProgramSection(
                    new RetentionProgramSection(churnTarget, cost, overrides)));
        }
        section = in.object("budget");
        if (section.isPresent()) {
            scenario = scenario.withBudget(budget(section.get()));
        }
        section = in.object("postSaleFunnel");
        if (section.isPresent()) {
            scenario = scenario.withPostSaleFunnel(postSaleFunnel(section.get()));
        }
        if (in.has("channels")) {
            List<ChannelSection> channels = new ArrayList<>();
            for (JsonObjectReader.JsonElement element : in.array("channels")) {
                JsonObjectReader c = element.object();
                c.allowOnly("name", "spend", "newCustomers", "activated", "retained90d", "overrides");
                String channelName = c.string("name");
                double spend = c.number("spend");
                long newCustomers = c.count("newCustomers");
                long activated = c.count("activated");
                long retained = c.count("retained90d");
                Overrides overrides = overrides(c);
                channels.add(build(c.path(), () -> new ChannelSection(channelName, spend, newCustomers, activated,
                        retained, overrides)));
            }
            Scenario base = scenario;
            scenario = build("channels", () -> base.withChannelSections(channels));
        }
        section = in.object("smbForecast");
        if (section.isPresent()) {
            scenario = scenario.withSmbForecast(smbForecast(section.get()));
        }
        return scenario;
    }

    private static Drivers drivers(JsonObjectReader d) throws JsonFieldException {
        List<String> keys = new ArrayList<>(List.of("currency", "billing", "newArrPerYear", "grr", "churnRate",
                "contractionRate", "expansionRate"));
        for (Driver driver : Driver.values()) {
            keys.add(driver.key());
        }
        d.allowOnly(keys.toArray(String[]::new));
        Map<Driver, Double> values = new EnumMap<>(Driver.class);
        Map<Driver, DriverRange> ranges = new EnumMap<>(Driver.class);
        for (Driver driver : Driver.values()) {
            if (d.isObject(driver.key())) {
                ranges.put(driver, range(d.object(driver.key()).orElseThrow(), driver));
            }
            if (driver != Driver.NRR && d.has(driver.key())) {
                values.put(driver, ranges.containsKey(driver) ? ranges.get(driver).likely() : d.number(driver.key()));
            }
        }
        Optional<Billing> billing = d.has("billing")
                ? Optional.of(d.enumValue("billing", Billing.class, Billing.ANNUAL)) : Optional.empty();
        Optional<RetentionRates> rates = d.has("grr") || d.has("nrr") || d.has("churnRate")
                || d.has("contractionRate") || d.has("expansionRate")
                ? Optional.of(ranges.containsKey(Driver.NRR) ? ratesWithLikelyNrr(d, ranges.get(Driver.NRR))
                : rates(d)) : Optional.empty();
        List<Double> newArr = d.numbers("newArrPerYear");
        return build(d.path(), () -> new Drivers(values, billing, rates, newArr, ranges));
    }

    /**
     * A driver typed as a range (forecast.md §3): {@code {"low", "likely", "high"}} triangular, {@code {"low",
     * "high"}} uniform. An error names the key at fault ({@code drivers.acv.likely}).
     */
    private static DriverRange range(JsonObjectReader r, Driver driver) throws JsonFieldException {
        r.allowOnly("low", "likely", "high");
        double low = r.number("low");
        double high = r.number("high");
        OptionalDouble likely = r.optionalNumber("likely");
        try {
            DriverRange range = likely.isPresent() ? DriverRange.triangular(low, likely.getAsDouble(), high)
                    : DriverRange.uniform(low, high);
            range.checkFor(driver);
            return range;
        } catch (InvalidInputException e) {
            String key = List.of("low", "likely", "high").contains(e.field()) ? r.pathOf(e.field()) : r.path();
            throw new JsonFieldException(key, e.getMessage());
        }
    }

    /** GRR and NRR with the NRR typed as a range: the rates hold its likely value. */
    private static RetentionRates ratesWithLikelyNrr(JsonObjectReader s, DriverRange nrr) throws JsonFieldException {
        if (s.has("churnRate") || s.has("contractionRate") || s.has("expansionRate")) {
            throw new JsonFieldException(s.path(), "give either grr and nrr, or churnRate, contractionRate and "
                    + "expansionRate, not both", Why.RATES_TWICE);
        }
        double grr = s.number("grr");
        return build(s.path(), () -> new RetentionRates.GrrNrr(grr, nrr.likely()));
    }

    private static RetentionSection retentionSection(JsonObjectReader r) throws JsonFieldException {
        r.allowOnly("years", "nrrImprovement");
        int years = r.integer("years", 1);
        Optional<NrrImprovementSection> panel = Optional.empty();
        Optional<JsonObjectReader> q = r.object("nrrImprovement");
        if (q.isPresent()) {
            JsonObjectReader n = q.get();
            n.allowOnly("nrrB", "overrides");
            double nrrB = n.number("nrrB");
            Overrides overrides = overrides(n);
            panel = Optional.of(build(n.path(), () -> new NrrImprovementSection(nrrB, overrides)));
        }
        Optional<NrrImprovementSection> question = panel;
        return build(r.path(), () -> new RetentionSection(years, question));
    }

    private static Overrides overrides(JsonObjectReader section) throws JsonFieldException {
        Optional<JsonObjectReader> o = section.object("overrides");
        if (o.isEmpty()) {
            return Overrides.NONE;
        }
        JsonObjectReader in = o.get();
        in.allowOnly(Arrays.stream(Driver.values()).map(Driver::key).toArray(String[]::new));
        Map<Driver, Double> values = new EnumMap<>(Driver.class);
        for (Driver driver : Driver.values()) {
            if (in.has(driver.key())) {
                values.put(driver, in.number(driver.key()));
            }
        }
        return build(in.path(), () -> new Overrides(values));
    }

    private static RetentionRates rates(JsonObjectReader s) throws JsonFieldException {
        boolean byGrr = s.has("grr") || s.has("nrr");
        boolean byComponents = s.has("churnRate") || s.has("contractionRate") || s.has("expansionRate");
        if (byGrr && byComponents) {
            throw new JsonFieldException(s.path(), "give either grr and nrr, or churnRate, contractionRate and "
                    + "expansionRate, not both", Why.RATES_TWICE);
        }
        if (byComponents) {
            double churn = s.number("churnRate");
            double contraction = s.number("contractionRate", 0);
            double expansion = s.number("expansionRate", 0);
            return build(s.path(), () -> new RetentionRates.Components(churn, contraction, expansion));
        }
        double grr = s.number("grr");
        double nrr = s.number("nrr");
        return build(s.path(), () -> new RetentionRates.GrrNrr(grr, nrr));
    }

    private static UnitEconomicsInputs unitEconomics(JsonObjectReader s) throws JsonFieldException {
        s.allowOnly("acv", "grossMargin", "cac", "annualLogoChurn", "firstYearLogoChurn", "annualExpansion",
                "billing", "horizonMonths", "annualDiscountRate");
        double acv = s.number("acv");
        double grossMargin = s.number("grossMargin");
        double cac = s.number("cac");
        double churn = s.number("annualLogoChurn");
        var firstYear = s.optionalNumber("firstYearLogoChurn");
        double expansion = s.number("annualExpansion", 0);
        Billing billing = s.enumValue("billing", Billing.class, Billing.ANNUAL);
        int horizon = s.integer("horizonMonths", UnitEconomicsInputs.DEFAULT_HORIZON_MONTHS);
        double discount = s.number("annualDiscountRate", 0);
        return build(s.path(), () -> new UnitEconomicsInputs(acv, grossMargin, cac, churn, firstYear, expansion,
                billing, horizon, discount));
    }

    private static RetentionInputs retention(JsonObjectReader s) throws JsonFieldException {
        s.allowOnly("startArr", "grr", "nrr", "churnRate", "contractionRate", "expansionRate", "newArrPerYear",
                "years", "nrrImprovement");
        double startArr = s.number("startArr");
        RetentionRates rates = rates(s);
        List<Double> newArr = s.numbers("newArrPerYear");
        int years = s.integer("years", Math.max(1, newArr.size()));
        Optional<NrrImprovement> improvement = Optional.empty();
        Optional<JsonObjectReader> q = s.object("nrrImprovement");
        if (q.isPresent()) {
            JsonObjectReader n = q.get();
            n.allowOnly("nrrA", "nrrB", "acv", "cac", "closeRate");
            double nrrA = n.number("nrrA");
            double nrrB = n.number("nrrB");
            double acv = n.number("acv");
            double cac = n.number("cac");
            double closeRate = n.number("closeRate");
            improvement = Optional.of(build(n.path(), () -> new NrrImprovement(nrrA, nrrB, acv, cac, closeRate)));
        }
        Optional<NrrImprovement> question = improvement;
        return build(s.path(), () -> new RetentionInputs(startArr, rates, newArr, years, question));
    }

    private static RetentionProgramInputs retentionProgram(JsonObjectReader s) throws JsonFieldException {
        s.allowOnly("customers", "acv", "grossMargin", "churnNow", "churnTarget", "programCost");
        double customers = s.number("customers");
        double acv = s.number("acv");
        double margin = s.number("grossMargin");
        double churnNow = s.number("churnNow");
        double churnTarget = s.number("churnTarget");
        double cost = s.number("programCost");
        return build(s.path(), () -> new RetentionProgramInputs(customers, acv, margin, churnNow, churnTarget, cost));
    }

    private static BudgetInputs budget(JsonObjectReader s) throws JsonFieldException {
        s.allowOnly("lines");
        List<BudgetLine> lines = new ArrayList<>();
        if (s.has("lines")) {
            for (JsonObjectReader.JsonElement element : s.array("lines")) {
                JsonObjectReader line = element.object();
                line.allowOnly("stage", "dollars", "hours");
                if (!line.has("stage")) {
                    throw new JsonFieldException(line.pathOf("stage"), "is required", Why.REQUIRED);
                }
                RelationshipStage stage = line.enumValue("stage", RelationshipStage.class, null);
                double dollars = line.number("dollars", 0);
                double hours = line.number("hours", 0);
                lines.add(build(line.path(), () -> new BudgetLine(stage, dollars, hours)));
            }
        }
        return new BudgetInputs(lines);
    }

    private static PostSaleFunnelInputs postSaleFunnel(JsonObjectReader s) throws JsonFieldException {
        s.allowOnly("closedWon", "onboarded7d", "activated30d", "keyFeature60d", "sponsor90d", "renewalIntent270d");
        long closedWon = s.count("closedWon");
        long onboarded = s.count("onboarded7d");
        long activated = s.count("activated30d");
        long keyFeature = s.count("keyFeature60d");
        long sponsor = s.count("sponsor90d");
        long renewal = s.count("renewalIntent270d");
        return build(s.path(), () -> new PostSaleFunnelInputs(closedWon, onboarded, activated, keyFeature, sponsor,
                renewal));
    }

    private static ChannelInputs channel(JsonObjectReader s) throws JsonFieldException {
        s.allowOnly("name", "spend", "newCustomers", "activated", "retained90d", "annualLogoChurn",
                "annualExpansion", "acv", "grossMargin");
        String name = s.string("name");
        double spend = s.number("spend");
        long newCustomers = s.count("newCustomers");
        long activated = s.count("activated");
        long retained = s.count("retained90d");
        double churn = s.number("annualLogoChurn");
        double expansion = s.number("annualExpansion", 0);
        double acv = s.number("acv");
        double margin = s.number("grossMargin");
        return build(s.path(), () -> new ChannelInputs(name, spend, newCustomers, activated, retained, churn,
                expansion, acv, margin));
    }

    private static SmbForecast smbForecast(JsonObjectReader s) throws JsonFieldException {
        s.allowOnly("won", "commit", "commitRate", "bestCase", "bestCaseRate", "pipeline", "pipelineRate",
                "expectedCreation", "creationRate");
        double won = s.number("won", 0);
        double commit = s.number("commit", 0);
        double commitRate = s.number("commitRate");
        double bestCase = s.number("bestCase", 0);
        double bestCaseRate = s.number("bestCaseRate");
        double pipeline = s.number("pipeline", 0);
        double pipelineRate = s.number("pipelineRate");
        double creation = s.number("expectedCreation", 0);
        double creationRate = s.number("creationRate");
        return build(s.path(), () -> new SmbForecast(won, commit, commitRate, bestCase, bestCaseRate, pipeline,
                pipelineRate, creation, creationRate));
    }

    /** Runs a model constructor, turning its range check into an error on this JSON path. */
    private static <T> T build(String path, ModelConstructor<T> constructor) throws JsonFieldException {
        try {
            return constructor.create();
        } catch (InvalidInputException e) {
            throw new JsonFieldException(path.isEmpty() ? "scenario" : path, e.getMessage());
        }
    }

    @FunctionalInterface
    private interface ModelConstructor<T> {
        T create();
    }
}
