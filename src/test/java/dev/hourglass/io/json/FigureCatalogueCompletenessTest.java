package dev.hourglass.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hourglass.model.figures.FigureCatalogue;
import dev.hourglass.model.figures.FigureTexts;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioCalculator;
import dev.hourglass.model.scenario.SeedScenarios;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every number {@code calc --json} writes, and every input of the scenario file, is a figure of the catalogue. */
class FigureCatalogueCompletenessTest {
    /** Names and identifiers, not figures. */
    private static final Set<String> NOT_FIGURES = Set.of("format", "version", "name", "currency", "description", "step", "stage");

    @Test
    void everyKeyOfCalcJsonHasAFigureWithWordsInBothLanguages() throws Exception {
        Set<String> keys = new TreeSet<>();
        for (Scenario scenario : scenarios()) {
            StringWriter json = new StringWriter();
            ScenarioResultJson.write(ScenarioCalculator.calculate(scenario), json);
            leaves(new ObjectMapper().readTree(json.toString()), "", keys);
        }
        assertThat(keys).contains("unitEconomics.cumulativeGrossProfit[59]", "retention.bridge[0].closing",
                "channels[0].ltvToCac", "postSaleFunnel.steps[5].cumulativeConversion", "smbForecast.forecast",
                "retentionProgram.breakEvenChurnReduction", "budget.postHoursShare");
        assertKnown(keys);
    }

    @Test
    void everyInputOfTheScenarioFileHasAFigure() throws Exception {
        Set<String> keys = new TreeSet<>();
        for (Scenario scenario : scenarios()) {
            leaves(new ObjectMapper().readTree(ScenarioJsonWriter.toJson(scenario)), "", keys);
        }
        assertThat(keys).contains("drivers.billing", "budget.lines[0].dollars", "channels[0].retained90d",
                "drivers.closeRate", "channels[0].overrides.annualLogoChurn");
        Set<String> figures = new TreeSet<>();
        keys.forEach(key -> figures.add(figureOf(key)));
        assertKnown(figures);
    }

    /**
     * The figure an input of the scenario file (version 2) is shown as: a driver is the figure it is typed as
     * ({@code drivers.acv} → {@code unitEconomics.acv}), the retention's rates and new ARR and the billing are their
     * section's inputs, and an override is its section's own input ({@code channels[0].overrides.acv} →
     * {@code channels[0].acv}, {@code retentionProgram.overrides.annualLogoChurn} → {@code retentionProgram.churnNow});
     * a key no section reads stays as it is, and fails.
     */
    private static String figureOf(String key) {
        if (key.startsWith("drivers.")) {
            String driver = key.substring("drivers.".length());
            return Driver.byKey(driver).map(Driver::figure).orElseGet(() -> Stream.of("unitEconomics.", "retention.")
                    .map(section -> section + driver).filter(path -> FigureCatalogue.find(path).isPresent())
                    .findFirst().orElse(key));
        }
        int overrides = key.indexOf(".overrides.");
        if (overrides < 0) {
            return key;
        }
        String section = key.substring(0, overrides);
        String driver = key.substring(overrides + ".overrides.".length());
        return Driver.byKey(driver).map(d -> section + "." + d.inputKey(section)).orElse(key);
    }

    @Test
    void theFlatNamesOfComparisonsAndExportsAreKnownToo() {
        for (Scenario scenario : scenarios()) {
            assertKnown(ScenarioFigures.inputs(scenario).keySet());
            assertKnown(ScenarioFigures.outputs(scenario).keySet());
            for (String path : ScenarioFigures.outputs(scenario).keySet()) {
                assertThat(FigureTexts.of(Locale.GERMAN).label(path)).doesNotContain("{0}");
            }
        }
    }

    private static void assertKnown(Set<String> keys) {
        for (String key : keys) {
            assertThat(FigureCatalogue.find(key)).as(key).isPresent();
            assertThat(FigureTexts.of(Locale.ENGLISH).label(key)).as(key).isNotBlank();
            assertThat(FigureTexts.of(Locale.GERMAN).formula(key)).as(key).isNotBlank();
        }
    }

    /** The seed scenarios and the seed-checks file, which has every section (channels and the funnel too). */
    private static List<Scenario> scenarios() {
        List<Scenario> scenarios = new ArrayList<>(SeedScenarios.all());
        try {
            scenarios.add(ScenarioJsonReader.read(Path.of(FigureCatalogueCompletenessTest.class
                    .getResource("/scenarios/seed-checks.json").toURI())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return scenarios;
    }

    private static void leaves(JsonNode node, String path, Set<String> into) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!NOT_FIGURES.contains(field.getKey())) {
                    leaves(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), into);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), path + "[" + i + "]", into);
            }
        } else {
            into.add(path);
        }
    }
}
