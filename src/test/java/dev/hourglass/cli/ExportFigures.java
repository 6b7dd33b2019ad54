package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs an analysis command on an export and reads the figures of its JSON, for the end-to-end tests of exports. */
final class ExportFigures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportFigures() {
    }

    /** The JSON of {@code command FILE OPTIONS…}, which must succeed without a stack trace. */
    static JsonNode analysis(String command, Path file, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of(command, file.toString()));
        args.addAll(List.of(options));
        CliRunner run = CliRunner.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        return JSON.readTree(run.out());
    }

    /** Imports the file into a new workbook in {@code dir} without --kind; its report must say {@code expected}. */
    static Path imported(Path dir, Path file, String... expected) {
        Path workbook = dir.resolve(file.getFileName() + ".hourglass");
        CliRunner run = CliRunner.run("import-data", workbook.toString(), file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(expected);
        return workbook;
    }

    static void assertAmountCount(JsonNode value, double amount, long count) {
        assertThat(value.get("amount").asDouble()).isCloseTo(amount, offset(0.005));
        assertThat(value.get("count").asLong()).isEqualTo(count);
    }

    /** The pipeline's won, lost-to-competition and open-pipeline figures of the period: amount and count of each. */
    static void assertWonLostOpen(JsonNode pipeline, double won, long wonCount, double lost, long lostCount,
                                  double open, long openCount) {
        assertAmountCount(pipeline.get("won"), won, wonCount);
        assertAmountCount(pipeline.get("lostCompetition"), lost, lostCount);
        assertAmountCount(pipeline.get("open").get("pipeline"), open, openCount);
    }

    static void assertMonth(JsonNode cohorts, String month, double mrr, int customers) {
        for (JsonNode m : cohorts.get("months")) {
            if (m.get("month").asText().equals(month)) {
                assertThat(m.get("mrr").asDouble()).isCloseTo(mrr, offset(0.01));
                assertThat(m.get("customers").asInt()).isEqualTo(customers);
                return;
            }
        }
        throw new AssertionError("no month " + month + " in " + cohorts.get("months"));
    }

    static JsonNode source(JsonNode funnel, String source) {
        for (JsonNode s : funnel.get("bySource")) {
            if (s.get("source").asText().equals(source)) {
                return s;
            }
        }
        throw new AssertionError("no source " + source + " in " + funnel.get("bySource"));
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.isTextual() ? n.asText() : n.toString()));
        return texts;
    }
}
