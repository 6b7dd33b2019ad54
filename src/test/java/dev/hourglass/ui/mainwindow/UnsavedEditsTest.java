package dev.hourglass.ui.mainwindow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.store.StoredScenario;
import dev.hourglass.store.Workbook;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnsavedEditsTest {
    @TempDir
    Path dir;

    private static Scenario edited() {
        Scenario base = SeedScenarios.baseCase();
        return base.withUnitEconomics(base.unitEconomics().orElseThrow().withCac(15_000));
    }

    private Workbook workbookWithADraft() throws Exception {
        Workbook workbook = Workbook.create(dir.resolve("w.hourglass"), "USD", "en-US", JsonScenarioCodec.INSTANCE);
        long id = workbook.addScenario(SeedScenarios.baseCase()).id();
        workbook.addScenario(SeedScenarios.nrr110());
        workbook.saveDraft(id, edited());
        return workbook;
    }

    @Test
    void namesTheScenariosWithUnsavedEditsAndRestoresThem() throws Exception {
        try (Workbook workbook = workbookWithADraft()) {
            UnsavedEdits edits = UnsavedEdits.in(workbook);
            assertThat(edits.any()).isTrue();
            assertThat(edits.describe()).contains("•  Seed base case — edited ").doesNotContain("NRR 110");
            edits.restore();
            StoredScenario base = workbook.scenario("Seed base case").orElseThrow();
            assertThat(base.scenario()).isEqualTo(edited());
            assertThat(base.hasDraft()).isFalse();
            assertThat(workbook.history(base.id()).get(0).note()).isEqualTo("restored unsaved edits");
            assertThat(UnsavedEdits.in(workbook).any()).isFalse();
        }
    }

    @Test
    void discardingKeepsTheLastSavedVersion() throws Exception {
        try (Workbook workbook = workbookWithADraft()) {
            UnsavedEdits.in(workbook).discard();
            StoredScenario base = workbook.scenario("Seed base case").orElseThrow();
            assertThat(base.scenario()).isEqualTo(SeedScenarios.baseCase());
            assertThat(base.hasDraft()).isFalse();
        }
    }
}
