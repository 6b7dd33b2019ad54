package dev.hourglass.ui.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.DataImports;
import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.common.EditHistory;
import dev.hourglass.ui.common.Headline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Pipeline view's coverage floor: a setting kept with the workbook, both figures shown on the card. */
class PipelineCoverageFloorTest {
    @TempDir
    Path dir;

    private PipelineViewModel viewModel(Workbook workbook) throws Exception {
        PipelineViewModel vm = new PipelineViewModel(workbook, new EditHistory(), new FigureFormatter(Locale.US, "USD"),
                Locale.US);
        vm.show(PipelineViewModel.load(workbook, vm.datasets().get(0)));
        vm.setCustomPeriod(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 3, 31));
        return vm;
    }

    private static Headline required(PipelineViewModel vm) {
        return vm.headlines().stream().filter(h -> h.id().equals("requiredCoverage")).findFirst().orElseThrow();
    }

    @Test
    void theFloorIsEditedShownWithOneOverTheCloseRateAndKeptWithTheWorkbook() throws Exception {
        Path csv = Files.writeString(dir.resolve("crm.csv"), "id,amount,stage,closeDate,outcome\n"
                + "W1,300,Won,2017-02-01,WON\nL1,100,Lost,2017-02-10,LOST_COMPETITION\n"
                + "L2,200,Lost,2017-02-11,LOST_NO_DECISION\n");
        Path file = dir.resolve("w.hourglass");
        try (Workbook workbook = Workbook.create(file, "EUR", "en", JsonScenarioCodec.INSTANCE)) {
            DataImports.deals(workbook, csv, ImportMapping.defaults());
            PipelineViewModel vm = viewModel(workbook);
            // close rate 300 / 600 = 0.5 → 1 ÷ close rate 2×; floor 3 → required 3×
            assertThat(required(vm).note()).isEqualTo("1 ÷ close rate 2.0× · floor 3.0×");
            assertThat(required(vm).value()).isEqualTo("3.0×");
            assertThat(required(vm).formula()).startsWith("max(coverage floor, 1 ÷ close rate) = max(3.0×, 2.0×)");
            assertThat(vm.coverageGrid().edit(0, "1.5")).isTrue();
            assertThat(vm.resultProperty().get().requiredCoverage()).hasValue(2.0);
            assertThat(required(vm).note()).isEqualTo("1 ÷ close rate 2.0× · floor 1.5×");
            assertThat(required(vm).value()).isEqualTo("2.0×");
            assertThat(vm.coverageGrid().edit(0, "-1")).isFalse();
            assertThat(vm.settingsProperty().get().coverageFloor()).isEqualTo(1.5);
        }
        try (Workbook reopened = Workbook.open(file, JsonScenarioCodec.INSTANCE)) {
            PipelineViewModel vm = viewModel(reopened);
            assertThat(vm.settingsProperty().get().coverageFloor()).isEqualTo(1.5);
            assertThat(required(vm).value()).isEqualTo("2.0×");
        }
    }
}
