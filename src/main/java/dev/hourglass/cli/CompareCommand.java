package dev.hourglass.cli;

import static dev.hourglass.cli.CliText.TEXT;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.export.ComparisonExport;
import dev.hourglass.io.export.WorkshopReport;
import dev.hourglass.io.json.JsonOut;
import dev.hourglass.io.json.OverridesJson;
import dev.hourglass.io.whatif.ScenarioComparison;
import dev.hourglass.model.figures.Figure;
import dev.hourglass.model.figures.FigureCatalogue;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.figures.Unit;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.store.WorkbookException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Two or more scenarios side by side: every input and output, with the difference to the first "
                + "(absolute and %%).",
            "A scenario is a scenario file (SCENARIO.json) or a scenario of a workbook (WORKBOOK.hourglass#Name).",
            "Exit codes: 0 ok, 1 bad input (the message names the file and field), 2 bad usage."})
final class CompareCommand implements Callable<Integer> {
    /** The mark of a section's override, as Compare shows it in the desktop. */
    static final String OVERRIDE_MARK = "\u25C6";
    static final String OVERRIDE_LEGEND = "a section's override of a business driver: its own value, not the scenario's";

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "SCENARIO", description = "SCENARIO.json or WORKBOOK.hourglass#Name.")
    private List<String> sources;

    @Option(names = "--differences-only", description = "Leave out the figures that are the same everywhere.")
    private boolean differencesOnly;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    private boolean json;

    @Option(names = "--xlsx", paramLabel = "FILE.xlsx",
            description = "Also write the comparison as a spreadsheet (figures by name and unit, formats, Δ as values).")
    private Path xlsx;

    @Option(names = "--csv", paramLabel = "FILE.csv", description = "Also write the comparison as CSV.")
    private Path csv;

    @Option(names = "--lang", paramLabel = "en|de",
            description = "The language of the spreadsheet's words (default: this machine's when it is en or de, "
                    + "else en).")
    private String lang;

    @Override
    public Integer call() throws BadInputException, WorkbookException, CannotWriteException {
        if (lang != null && !(lang.matches("[a-z]{2}")
                && WorkshopReport.Options.hasLanguage(Locale.forLanguageTag(lang)))) {
            throw UsageError.of(spec, "--lang: '" + lang + "' is not a language of the spreadsheet; say en or de");
        }
        OutputFiles.checkExports(ScenarioSources.inputs(sources), xlsx, csv);
        List<Scenario> scenarios = ScenarioSources.readAll(sources);
        ScenarioComparison comparison = ScenarioComparison.of(scenarios);
        try {
            if (xlsx != null) {
                ComparisonExport.xlsx(scenarios, xlsx, lang == null ? Locale.getDefault() : Locale.forLanguageTag(lang));
            }
            if (csv != null) {
                ComparisonExport.csv(comparison, csv);
            }
        } catch (IOException e) {
            throw CannotWriteException.of(e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(comparison, out);
        } else {
            printTable(comparison, CliText.of(scenarios.get(0).currency()), out);
        }
        out.flush();
        return HourglassCli.OK;
    }

    private void printJson(ScenarioComparison c, PrintWriter writer) {
        try (JsonOut out = new JsonOut(writer, true)) {
            out.beginObject().beginArray("scenarios");
            c.scenarios().forEach(out::string);
            out.endArray();
            rows(out, "inputs", c.inputs());
            rows(out, "outputs", c.outputs());
            out.beginArray("overrides");
            for (int i = 0; i < c.scenarios().size(); i++) {
                out.beginObject().string("scenario", c.scenarios().get(i));
                OverridesJson.write(out, "inputs", c.overrides().get(i));
                out.endObject();
            }
            out.endArray();
            out.endObject();
        }
        writer.println();
    }

    private void rows(JsonOut out, String name, List<ScenarioComparison.Row> rows) {
        out.beginArray(name);
        for (ScenarioComparison.Row row : rows) {
            if (differencesOnly && !row.differs()) {
                continue;
            }
            out.beginObject().string("key", row.key());
            numbers(out, "values", row.values());
            numbers(out, "delta", row.delta());
            numbers(out, "deltaPercent", row.deltaPercent());
            out.endObject();
        }
        out.endArray();
    }

    private static void numbers(JsonOut out, String name, List<OptionalDouble> values) {
        out.beginArray(name);
        values.forEach(out::number);
        out.endArray();
    }

    /** Labels, units and differences as the catalogue writes them: a rate's Δ in points, Δ % of the base. */
    private void printTable(ScenarioComparison c, FigureFormatter f, PrintWriter out) {
        for (String section : List.of("Inputs", "Outputs")) {
            List<ScenarioComparison.Row> rows = section.equals("Inputs") ? c.inputs() : c.outputs();
            List<List<String>> table = new ArrayList<>();
            List<String> header = new ArrayList<>(List.of(section));
            for (int i = 0; i < c.scenarios().size(); i++) {
                header.add(c.scenarios().get(i));
                if (i > 0) {
                    header.add("Δ");
                    header.add("Δ %");
                }
            }
            table.add(header);
            for (ScenarioComparison.Row row : rows) {
                if (differencesOnly && !row.differs()) {
                    continue;
                }
                Optional<Figure> figure = FigureCatalogue.find(row.key());
                String label = figure.isPresent()
                        ? f.texts().section(figure.get().section()) + " · " + f.texts().label(row.key()) : row.key();
                List<String> line = new ArrayList<>(List.of((row.differs() ? "* " : "  ") + label));
                for (int i = 0; i < row.values().size(); i++) {
                    boolean overridden = section.equals("Inputs") && c.overridden(i, row.key());
                    line.add(value(f, figure, row.values().get(i)) + (overridden ? " " + OVERRIDE_MARK : ""));
                    if (i > 0) {
                        OptionalDouble delta = row.delta().get(i);
                        line.add(delta.isEmpty() ? "" : figure.isPresent()
                                ? f.difference(figure.get(), delta.getAsDouble()) : number(delta));
                        line.add(row.deltaPercent().get(i).isPresent()
                                ? TEXT.percent(row.deltaPercent().get(i)) : "");
                    }
                }
                table.add(line);
            }
            TextTable.printColumns(out, table);
            out.println();
        }
        out.println("* differs from " + c.scenarios().get(0));
        if (c.anyOverride()) {
            out.println(OVERRIDE_MARK + " " + OVERRIDE_LEGEND);
        }
    }

    private static String value(FigureFormatter f, Optional<Figure> figure, OptionalDouble value) {
        return figure.isPresent() && figure.get().unit() != Unit.CHOICE ? f.format(figure.get(), value) : number(value);
    }

    /** A figure the catalogue does not name, as a plain number. */
    private static String number(OptionalDouble value) {
        if (value.isEmpty()) {
            return TEXT.noData();
        }
        double v = value.getAsDouble();
        return TEXT.fixed(v, Math.abs(v) < 10 && v != Math.rint(v) ? 4 : 0);
    }
}
