package dev.hourglass.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.common.ColumnField;
import dev.hourglass.ui.common.EditHistory;
import dev.hourglass.ui.common.InputRow;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.pipeline.PipelineViewModel;
import dev.hourglass.ui.postsale.BudgetPostSaleViewModel;
import dev.hourglass.ui.retention.RetentionViewModel;
import dev.hourglass.ui.session.SelectedScenario;
import dev.hourglass.ui.session.WorkbookSession;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grids that named their rows themselves take the figure catalogue's words, in the language the user chose. */
class GridRowNamesTest {
    private static final Locale GERMAN = Locale.GERMANY;
    private static final FigureFormatter FORMATS = new FigureFormatter(GERMAN, "USD");

    @TempDir
    Path dir;

    @BeforeEach
    void chooseGerman() {
        UiText.use(Locale.GERMAN);
    }

    @AfterEach
    void backToEnglish() {
        UiText.use(Locale.ENGLISH);
    }

    @Test
    void retentionNamesTheNewArrOfEachYearAndTheUnitOfItsYears() throws Exception {
        try (WorkbookSession session = TestSessions.open(dir, SeedScenarios.all())) {
            RetentionViewModel vm = new RetentionViewModel(new SelectedScenario(session), FORMATS, GERMAN);
            assertThat(vm.grid().rows()).extracting(InputRow::label)
                    .endsWith("Neuer ARR, Jahr 1", "Neuer ARR, Jahr 2", "Neuer ARR, Jahr 3");
            InputRow years = vm.grid().rows().stream().filter(r -> r.field().key().equals("years")).findFirst()
                    .orElseThrow();
            assertThat(years.unitProperty().get()).isEqualTo("Jahre");
            assertThat(vm.grid().edit(vm.grid().rows().size() - 1, "3.500.000")).isTrue();
            assertThat(session.selectedProperty().get().scenario().retention().orElseThrow().newArrInYear(3))
                    .isEqualTo(3_500_000);
        }
    }

    @Test
    void theBudgetNamesItsStagesAndColumnsAsTheCatalogueDoes() throws Exception {
        try (WorkbookSession session = TestSessions.open(dir, SeedScenarios.all())) {
            BudgetPostSaleViewModel vm = new BudgetPostSaleViewModel(new SelectedScenario(session), FORMATS, GERMAN);
            assertThat(vm.budgetGrid().columns()).extracting(ColumnField::label).endsWith("Ausgaben", "Stunden");
            assertThat(vm.budgetGrid().columns().get(1).help()).isEqualTo("Für die Phase ausgegebenes Geld");
            assertThat(vm.budgetGrid().rows().get(0).get(0)).startsWith("Aufmerksamkeit");
        }
    }

    @Test
    void thePipelinesLeadFunnelAndCoverageFloorAreNamedByTheCatalogue() throws Exception {
        try (Workbook workbook = Workbook.create(dir.resolve("w.hourglass"), "EUR", "de", JsonScenarioCodec.INSTANCE)) {
            PipelineViewModel vm = new PipelineViewModel(workbook, new EditHistory(), FORMATS, GERMAN);
            assertThat(vm.leadGrid().rows()).extracting(InputRow::label).containsExactly("Leads", "MQLs", "SQLs");
            assertThat(vm.leadGrid().rows().get(1).help()).isEqualTo("Vom Marketing qualifizierte Leads im Zeitraum");
            InputRow floor = vm.coverageGrid().rows().get(0);
            assertThat(floor.label()).isEqualTo("Mindestabdeckung");
            assertThat(floor.unitProperty().get()).isEqualTo("×");
        }
    }
}
