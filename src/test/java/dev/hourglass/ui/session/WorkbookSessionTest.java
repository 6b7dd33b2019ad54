package dev.hourglass.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.store.StoredScenario;
import dev.hourglass.store.Workbook;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's view of a workbook, without the toolkit: edits, undo/redo, unsaved marker, save, delete with undo. */
class WorkbookSessionTest {
    @TempDir
    Path dir;
    private Path file;
    private WorkbookSession session;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("plan.hourglass");
        try (Workbook workbook = Workbook.create(file, "USD", "en-US", JsonScenarioCodec.INSTANCE)) {
            for (Scenario scenario : SeedScenarios.all()) {
                workbook.addScenario(scenario);
            }
        }
        session = new WorkbookSession(Workbook.open(file, JsonScenarioCodec.INSTANCE), Duration.ofHours(1), Runnable::run);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static Scenario withCac(Scenario scenario, double cac) {
        return scenario.withUnitEconomics(scenario.unitEconomics().orElseThrow().withCac(cac));
    }

    @Test
    void anEditMarksTheWorkbookUnsavedAndUndoRedoWalkThroughIt() {
        ScenarioEntry base = session.scenarios().get(0);
        assertThat(session.titleProperty().get()).isEqualTo("Hourglass — plan.hourglass");
        session.edit(base, withCac(base.scenario(), 10_000), "CAC");
        assertThat(session.titleProperty().get()).isEqualTo("Hourglass — plan.hourglass •");
        assertThat(base.unsavedProperty().get()).isTrue();
        assertThat(session.history().undoLabelProperty().get()).isEqualTo("Undo CAC");

        session.history().undo();
        assertThat(base.scenario()).isEqualTo(SeedScenarios.baseCase());
        assertThat(session.modifiedProperty().get()).isFalse();
        session.history().redo();
        assertThat(base.scenario().unitEconomics().orElseThrow().cac()).isEqualTo(10_000);
    }

    @Test
    void saveWritesAVersionOfEachEditedScenario() throws Exception {
        ScenarioEntry nrr = session.scenarios().get(1);
        session.edit(nrr, nrr.scenario().withDescription("for the board"), "description");
        session.save();
        assertThat(session.modifiedProperty().get()).isFalse();
        assertThat(session.workbook().scenario(nrr.id()).scenario().description()).isEqualTo("for the board");
        assertThat(session.workbook().history(nrr.id())).hasSize(2);
    }

    @Test
    void unsavedEditsAreAutosavedAsDraftsAndCanBeDiscarded() throws Exception {
        ScenarioEntry base = session.scenarios().get(0);
        session.edit(base, withCac(base.scenario(), 11_000), "CAC");
        session.close();
        try (Workbook reopened = Workbook.open(file, JsonScenarioCodec.INSTANCE)) {
            StoredScenario stored = reopened.scenario(base.id());
            assertThat(stored.draft()).contains(withCac(SeedScenarios.baseCase(), 11_000));
        }
        session = new WorkbookSession(Workbook.open(file, JsonScenarioCodec.INSTANCE), Duration.ofHours(1), Runnable::run);
        ScenarioEntry again = session.scenarios().get(0);
        session.edit(again, withCac(again.scenario(), 12_000), "CAC");
        session.discardUnsaved();
        assertThat(again.scenario()).isEqualTo(SeedScenarios.baseCase());
        assertThat(session.workbook().scenario(again.id()).hasDraft()).isFalse();
    }

    @Test
    void aDeletedScenarioComesBackInItsPlaceWithUndo() throws Exception {
        ScenarioEntry nrr = session.scenarios().get(1);
        session.delete(nrr);
        assertThat(session.scenarios()).extracting(ScenarioEntry::toString)
                .containsExactly("Seed base case", "Retention programme");
        session.history().undo();
        assertThat(session.scenarios()).extracting(ScenarioEntry::toString)
                .containsExactly("Seed base case", "NRR 110 %", "Retention programme");
        assertThat(session.workbook().scenarios()).extracting(StoredScenario::name)
                .containsExactly("Seed base case", "NRR 110 %", "Retention programme");
        session.history().redo();
        assertThat(session.workbook().scenarios()).hasSize(2);
    }

    @Test
    void renamingOntoATakenNameIsRefusedAndDuplicatesKeepUnsavedEdits() throws Exception {
        ScenarioEntry base = session.scenarios().get(0);
        assertThatThrownBy(() -> session.rename(base, "NRR 110 %")).hasMessage("There is already a scenario named 'NRR 110 %'.");
        session.edit(base, withCac(base.scenario(), 9_000), "CAC");
        ScenarioEntry copy = session.duplicate(base);
        assertThat(copy.scenario()).isEqualTo(withCac(SeedScenarios.baseCase(), 9_000).withName("Seed base case (copy)"));
        assertThat(session.selectedProperty().get()).isSameAs(copy);
    }

    @Test
    void aNameOrDescriptionPastTheLimitIsRefusedAndADuplicateOfTheLongestNameStaysWithinIt() throws Exception {
        ScenarioEntry base = session.scenarios().get(0);
        assertThatThrownBy(() -> session.rename(base, "N".repeat(5_000_000)))
                .hasMessage("scenario name is 5000000 characters long; at most 200 are allowed");
        assertThatThrownBy(() -> session.describe(base, "d".repeat(10_001)))
                .hasMessage("description is 10001 characters long; at most 10000 are allowed");
        assertThat(base.scenario().name()).isEqualTo("Seed base case");

        session.rename(base, "x".repeat(200));
        ScenarioEntry copy = session.duplicate(base);
        assertThat(copy.scenario().name()).isEqualTo("x".repeat(193) + " (copy)");
    }
}
