package dev.hourglass.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hourglass.io.BadInputException;
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
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.uniteconomics.Billing;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the scenario file of cli.md into a {@link Scenario}; every error names the file and the field. */
public final class ScenarioJsonReader {
    public static final String FORMAT = "hourglass-scenario";
    public static final int VERSION = 1;

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
        in.allowOnly("format", "version", "name", "currency", "description", "unitEconomics", "retention",
                "retentionProgram", "budget", "postSaleFunnel", "channels", "smbForecast");
        String format = in.string("format", FORMAT);
        if (!FORMAT.equals(format)) {
            throw new JsonFieldException("format", "expected \"" + FORMAT + "\", got \"" + format + "\"");
        }
        int version = in.integer("version", VERSION);
        if (version > VERSION) {
            throw new JsonFieldException("version", "this file is version " + version
                    + ", written by a newer Hourglass; this one reads up to version " + VERSION);
        }
        String name = in.string("name", "Untitled scenario");
        String currency = in.string("currency", Scenario.DEFAULT_CURRENCY);
        String description = in.string("description", "");
        Scenario scenario = build("name", () -> Scenario.empty(name).withCurrency(currency).withDescription(description));
        Optional<JsonObjectReader> section = in.object("unitEconomics");
        if (section.isPresent()) {
            scenario = scenario.withUnitEconomics(unitEconomics(section.get()));
        }
        section = in.object("retention");
        if (section.isPresent()) {
            scenario = scenario.withRetention(retention(section.get()));
        }
        section = in.object("retentionProgram");
        if (section.isPresent()) {
            scenario = scenario.withRetentionProgram(retentionProgram(section.get()));
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
            List<ChannelInputs> channels = new ArrayList<>();
            for (JsonObjectReader.JsonElement element : in.array("channels")) {
                channels.add(channel(element.object()));
            }
            scenario = scenario.withChannels(channels);
        }
        section = in.object("smbForecast");
        if (section.isPresent()) {
            scenario = scenario.withSmbForecast(smbForecast(section.get()));
        }
        return scenario;
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
        RetentionRates rates;
        boolean byGrr = s.has("grr") || s.has("nrr");
        boolean byComponents = s.has("churnRate") || s.has("contractionRate") || s.has("expansionRate");
        if (byGrr && byComponents) {
            throw new JsonFieldException(s.path(), "give either grr and nrr, or churnRate, contractionRate and "
                    + "expansionRate, not both");
        }
        if (byComponents) {
            double churn = s.number("churnRate");
            double contraction = s.number("contractionRate", 0);
            double expansion = s.number("expansionRate", 0);
            rates = build(s.path(), () -> new RetentionRates.Components(churn, contraction, expansion));
        } else {
            double grr = s.number("grr");
            double nrr = s.number("nrr");
            rates = build(s.path(), () -> new RetentionRates.GrrNrr(grr, nrr));
        }
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
                    throw new JsonFieldException(line.pathOf("stage"), "is required");
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
