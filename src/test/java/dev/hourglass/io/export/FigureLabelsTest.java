package dev.hourglass.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.io.json.ScenarioFigures;
import dev.hourglass.io.json.ScenarioJsonReader;
import dev.hourglass.model.scenario.Scenario;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FigureLabelsTest {
    @Test
    void everyInputAndOutputOfTheSeedScenarioHasWords() throws Exception {
        Scenario seed = ScenarioJsonReader.read(Path.of("src/test/resources/scenarios/seed-checks.json"));
        Map<String, FigureLabels.Label> labels = FigureLabels.of(seed);
        assertThat(ScenarioFigures.inputs(seed).keySet()).allSatisfy(key -> assertThat(labels).containsKey(key));
        assertThat(ScenarioFigures.outputs(seed).keySet()).allSatisfy(key -> assertThat(labels).containsKey(key));
        assertThat(labels.get("unitEconomics.annualLogoChurn"))
                .isEqualTo(new FigureLabels.Label("Unit economics", "Annual logo churn", "PERCENT"));
        assertThat(labels.get("retention.bridge[year 1].opening"))
                .isEqualTo(new FigureLabels.Label("Retention & NRR", "Year 1: opening ARR", "MONEY"));
        assertThat(labels.get("postSaleFunnel.steps[sponsor90d].cumulativeConversion").unit()).isEqualTo("PERCENT");
        assertThat(labels.get("channels[Paid search].ltvToCac"))
                .isEqualTo(new FigureLabels.Label("Channels", "Paid search: LTV:CAC", "RATIO"));
    }
}
