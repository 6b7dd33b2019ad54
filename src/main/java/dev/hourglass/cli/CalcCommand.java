package dev.hourglass.cli;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.json.ScenarioFigures;
import dev.hourglass.io.json.ScenarioJsonReader;
import dev.hourglass.io.json.ScenarioResultJson;
import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.figures.Figure;
import dev.hourglass.model.figures.FigureCatalogue;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.figures.FigureTexts;
import dev.hourglass.model.figures.Section;
import dev.hourglass.model.figures.Unit;
import dev.hourglass.model.postsale.BudgetResult;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioBands;
import dev.hourglass.model.scenario.ScenarioCalculator;
import dev.hourglass.model.scenario.ScenarioOverride;
import dev.hourglass.model.scenario.ScenarioResult;
import dev.hourglass.model.scenario.ScenarioSimulation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "calc", mixinStandardHelpOptions = true,
        description = {"Computes every section of a scenario file (metrics.md §1–5).",
            "Exit codes: 0 ok, 1 bad input (the message names the file and field), 2 bad usage."})
final class CalcCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.json", description = "A scenario file (format: cli.md).")
    private Path file;

    @Option(names = "--json", description = "Print JSON (12 significant digits; keys as in metrics.md) instead of a table.")
    private boolean json;

    @Option(names = "--runs", paramLabel = "N", description = "When the scenario has ranges: Monte Carlo runs for the "
            + "outputs' bands (default 10000).")
    private int runs = ScenarioSimulation.DEFAULT_RUNS;

    @Option(names = "--seed", paramLabel = "S", description = "When the scenario has ranges: the random seed; the same "
            + "seed gives the same bands (default 1).")
    private long seed = ScenarioSimulation.DEFAULT_SEED;

    @Override
    public Integer call() throws BadInputException {
        PrintWriter out = spec.commandLine().getOut();
        if (runs < 1 || runs > ScenarioSimulation.MAX_RUNS) {
            throw UsageError.of(spec, "--runs must be between 1 and " + ScenarioSimulation.MAX_RUNS + ", got " + runs);
        }
        Scenario scenario = ScenarioJsonReader.read(file);
        ScenarioResult result = ScenarioCalculator.calculate(scenario);
        ScenarioBands bands = bands(scenario);
        if (json) {
            ScenarioResultJson.write(result, Optional.of(ScenarioFigures.overriddenInputs(scenario)), bands, out);
            out.println();
            out.flush();
        } else {
            TextTable t = table(scenario, result);
            if (!bands.isEmpty()) {
                bandsTable(t, scenario, bands);
            }
            t.print(out);
        }
        return HourglassCli.OK;
    }

    /** A draw no section can take is bad input in the file: the message names the file and the drawn values. */
    private ScenarioBands bands(Scenario scenario) throws BadInputException {
        try {
            return ScenarioSimulation.run(scenario, runs, seed);
        } catch (InvalidInputException e) {
            throw new BadInputException(file + ", drivers: " + e.getMessage());
        }
    }

    /** P10 / P50 / P90 of every output that varies over the runs, with the catalogue's label and format. */
    private static void bandsTable(TextTable t, Scenario scenario, ScenarioBands bands) {
        FigureFormatter f = CliText.of(scenario.currency());
        t.section("Ranges: P10 / P50 / P90 of " + String.format(Locale.ROOT, "%,d", bands.runs()) + " runs (seed "
                + bands.seed() + ")");
        bands.bands().forEach((path, band) -> {
            Figure figure = FigureCatalogue.of(path);
            t.row(f.texts().label(path), value(f, figure, band.p10(), scenario) + " / "
                    + value(f, figure, band.p50(), scenario) + " / " + value(f, figure, band.p90(), scenario));
        });
    }

    /** Every output of the JSON with the catalogue's label and format, section by section; "no data" shown as such. */
    private static TextTable table(Scenario scenario, ScenarioResult r) {
        FigureFormatter f = CliText.of(scenario.currency());
        FigureTexts texts = f.texts();
        TextTable t = new TextTable();
        t.section(scenario.name() + " (" + scenario.currency() + ")");
        Map<Section, Map<String, OptionalDouble>> sections = new LinkedHashMap<>();
        ScenarioFigures.outputsWithGaps(scenario).forEach((path, value) -> sections
                .computeIfAbsent(FigureCatalogue.of(path).section(), s -> new LinkedHashMap<>()).put(path, value));
        sections.forEach((section, rows) -> {
            t.section(texts.section(section));
            rows.forEach((path, value) -> {
                Figure figure = FigureCatalogue.of(path);
                if (!figure.key().equals("retention.bridge[].year") && figure.unit() != Unit.CHOICE) {
                    t.row(texts.label(path), value(f, figure, value, scenario));
                }
            });
            if (section == Section.BUDGET) {
                BudgetResult b = r.budget().orElseThrow();
                t.row(texts.label("budget.totalDollars"), f.format("budget.totalDollars", b.totalDollars()));
                t.row(texts.label("budget.totalHours"), f.format("budget.totalHours", b.totalHours()));
            }
        });
        overrides(t, f, ScenarioFigures.overriddenInputs(scenario));
        return t;
    }

    /** The sections' overrides of business drivers: the section's value marked, the scenario's beside it. */
    private static void overrides(TextTable t, FigureFormatter f, Map<String, ScenarioOverride> overrides) {
        if (overrides.isEmpty()) {
            return;
        }
        FigureTexts texts = f.texts();
        t.section("Overrides of business drivers (" + CompareCommand.OVERRIDE_MARK + " "
                + CompareCommand.OVERRIDE_LEGEND + ")");
        overrides.forEach((path, o) -> {
            Figure figure = FigureCatalogue.of(path);
            String scenarioValue = o.scenarioValue().isPresent()
                    ? "scenario: " + f.format(figure, o.scenarioValue().getAsDouble()) : "the scenario has none";
            t.row(texts.section(figure.section()) + " · " + texts.label(path),
                    f.format(figure, o.value()) + " " + CompareCommand.OVERRIDE_MARK + " (" + scenarioValue + ")");
        });
    }

    private static String value(FigureFormatter f, Figure figure, OptionalDouble value, Scenario scenario) {
        if (value.isEmpty() && figure.key().equals("unitEconomics.paybackMonth")) {
            return f.notWithin(scenario.unitEconomics().orElseThrow().horizonMonths());
        }
        return f.format(figure, value);
    }
}
