package dev.hourglass.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.HourglassApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The wizard headless on the CRM opportunities: the tables beside proposed ticked, and the check's list prices. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardJoinsUiTest {
    private Workbook workbook;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("hourglass-wizard-joins");
        workbook = Workbook.create(dir.resolve("w.hourglass"), "USD", "en-US", JsonScenarioCodec.INSTANCE);
        ImportWizardViewModel viewModel = new ImportWizardViewModel(workbook, null);
        viewModel.open(Path.of("src/test/resources/exports/crm-opportunities.csv"));
        HourglassApp.applyTheme(false);
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.sizeToScene(); // the stage TestFX shares between test classes may keep another size
        stage.show();
        ImportWizard.show(stage, viewModel, () -> { });
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    @Test
    void theProposedJoinsAreShownTickedAndTheCheckFillsTheAmountsFromTheListPrices(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#joinedFiles .check-box").queryAllAs(CheckBox.class))
                .extracting(CheckBox::getText, CheckBox::isSelected).containsExactly(
                        tuple("crm-products.csv by product: sales_price → List price",
                                true),
                        tuple("crm-sales-teams.csv by sales_agent: manager → Team",
                                true));
        Button join = robot.lookup("#joinButton").queryAs(Button.class);
        assertThat(join.getText()).isEqualTo("Join a file…");
        assertThat(join.isVisible()).isTrue();
        assertThat(join.getWidth()).isGreaterThanOrEqualTo(join.prefWidth(-1));
        assertThat(robot.lookup("#joinProblem").queryAs(Label.class).isVisible()).isFalse();

        robot.clickOn("4. Check the whole file");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#checkSummary").queryAs(Label.class)
                .getText().equals("150 rows read: 150 can be imported, 0 are left out."));
        WaitForAsyncUtils.waitForFxEvents(); // the summary is set before the findings
        assertThat(robot.lookup("#findings .import-finding").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("• crm-products.csv (lookup by product): all 150 rows found their row.",
                        "• crm-sales-teams.csv (lookup by sales_agent): all 150 rows found their row.",
                        "• 80 deals without an amount took the list price of their product.");
        ImportWizardUiTest.save(robot, robot.lookup("#importWizard").query(), "import-wizard-joins.png");
    }
}
