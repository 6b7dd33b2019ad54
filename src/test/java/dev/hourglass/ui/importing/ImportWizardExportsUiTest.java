package dev.hourglass.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.HourglassApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The wizard headless on a Salesforce report as exported: recognised, what it found, the import, and its fit. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardExportsUiTest {
    private Workbook workbook;
    private final AtomicInteger importedCalls = new AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("hourglass-wizard-exports");
        workbook = Workbook.create(dir.resolve("w.hourglass"), "USD", "en-US", JsonScenarioCodec.INSTANCE);
        ImportWizardViewModel viewModel = new ImportWizardViewModel(workbook, null);
        viewModel.open(Path.of("src/test/resources/exports/salesforce-opportunities.csv"));
        HourglassApp.applyTheme(false);
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.sizeToScene(); // the stage TestFX shares between test classes may keep another size
        stage.show();
        ImportWizard.show(stage, viewModel, importedCalls::incrementAndGet);
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    @Test
    void aSalesforceReportIsRecognisedWhatWasFoundIsSaidAndItImports(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#recognised").queryAs(Label.class).getText()).isEqualTo("Recognised as a Salesforce"
                + " opportunity report: its columns and values are set below — change any.");
        assertThat(robot.lookup("#kindChoice").queryAs(ComboBox.class).getValue())
                .isEqualTo(ImportWizardViewModel.Kind.DEALS);
        assertThat(robot.lookup("#column-id").queryAs(ComboBox.class).getValue()).isEqualTo("Opportunity ID");
        assertThat(robot.lookup("#column-id").queryAs(ComboBox.class).getTooltip().getText())
                .isEqualTo("'Opportunity ID' → id (recognised as Opportunity ID)");
        assertThat(robot.lookup("#findings .import-finding").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("• Close Date: dates read as M/D/YYYY (6/21/2017 on line 4 has a day above 12).");

        robot.clickOn("4. Check the whole file");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#checkSummary").queryAs(Label.class)
                .getText().equals("120 rows read: 120 can be imported, 0 are left out."));
        assertThat(robot.lookup("#findings .import-finding").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.startsWith("• Stages the setup did not know, added after the known ones"));
        ImportWizardUiTest.save(robot, robot.lookup("#importWizard").query(), "import-wizard-salesforce.png");

        robot.clickOn("5. Import");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> importedCalls.get() == 1);
        assertThat(workbook.datasets(Dataset.Kind.DEALS)).singleElement().extracting(Dataset::rowCount).isEqualTo(120L);
    }

    @Test
    void theWizardFitsTheScreenItsButtonsAreWholeAndTheFieldGridNeedsNoSidewaysScroll(FxRobot robot) {
        Window wizard = robot.lookup("#importWizard").query().getScene().getWindow();
        assertThat(wizard.getHeight()).isLessThanOrEqualTo(Screen.getPrimary().getVisualBounds().getHeight());
        for (String text : new String[] {"4. Check the whole file", "Cancel", "5. Import"}) {
            Button button = robot.lookup(".button").match(n -> n instanceof Button b && b.getText().equals(text))
                    .queryAs(Button.class);
            assertThat(button.getWidth()).as(text).isGreaterThanOrEqualTo(button.prefWidth(-1));
            assertThat(button.localToScene(button.getBoundsInLocal()).getMaxY()).as(text)
                    .isLessThanOrEqualTo(button.getScene().getHeight());
        }
        FlowPane grid = robot.lookup("#fieldGrid").queryAs(FlowPane.class);
        ScrollPane content = robot.lookup("#content").queryAs(ScrollPane.class);
        assertThat(grid.getWidth()).isLessThanOrEqualTo(content.getViewportBounds().getWidth());
        // every deals field (closedDate, wonDate and lostDate among them), in rows of as many as fit
        assertThat(grid.getChildren()).hasSize(18);
    }
}
