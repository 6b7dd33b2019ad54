package dev.hourglass.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.HourglassApp;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the import wizard headless: preview, the check with the rows left out, and the import. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardUiTest {
    private Workbook workbook;
    private Stage owner;
    private final AtomicInteger importedCalls = new AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("hourglass-wizard");
        workbook = Workbook.create(dir.resolve("w.hourglass"), "USD", "en-US", JsonScenarioCodec.INSTANCE);
        Path csv = dir.resolve("crm.csv");
        Files.writeString(csv, "id,amount,stage,closeDate,outcome\nA,100,Negotiating,2017-02-01,WON\n"
                + "B,oops,Negotiating,2017-02-01,OPEN\nC,300,Long list,2017-03-01,\n", StandardCharsets.UTF_8);
        ImportWizardViewModel viewModel = new ImportWizardViewModel(workbook, ImportWizardViewModel.Kind.DEALS);
        viewModel.open(csv);
        HourglassApp.applyTheme(false);
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.sizeToScene(); // the stage TestFX shares between test classes may keep another size
        stage.show();
        owner = stage;
        ImportWizard.show(stage, viewModel, importedCalls::incrementAndGet);
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    @Test
    void theCheckListsTheRowsLeftOutAndTheImportWritesTheRest(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#importWizard").tryQuery()).isPresent();
        robot.clickOn("4. Check the whole file");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#checkSummary").queryAs(Label.class)
                .getText().equals("3 rows read: 2 can be imported, 1 is left out."));
        assertThat(robot.lookup("#findings .import-warning").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("⚠ No deal has an original close date, so slippage cannot be measured: slipped deals"
                                + " and the slippage-adjusted close rate are no data.",
                        "⚠ 1 row left out: amount is not a number, e.g. crm.csv, line 3, column 'amount':"
                        + " amount is not a number ('oops')");

        robot.clickOn("5. Import");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> importedCalls.get() == 1);
        assertThat(workbook.datasets()).hasSize(1);
        assertThat(workbook.datasets().get(0).rowCount()).isEqualTo(2);
        assertThat(robot.lookup("#importWizard").tryQuery()).isEmpty(); // closed after the import
        assertThat(owner.isShowing()).isTrue();
    }

    /** Looked at by hand: target/screenshots/import-wizard.png (Monocle renders in software). */
    @Test
    void theWizardCanBeSeen(FxRobot robot) throws Exception {
        robot.clickOn("4. Check the whole file");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#checkSummary").queryAs(Label.class)
                .getText().isEmpty());
        Node wizard = robot.lookup("#importWizard").query();
        save(robot, wizard, "import-wizard.png");
        robot.interact(() -> robot.lookup("#importWizard #content").queryAs(ScrollPane.class)
                .setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, wizard, "import-wizard-stages.png");
    }

    static void save(FxRobot robot, Node wizard, String name) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = wizard.getScene().snapshot(null));
        int width = (int) image[0].getWidth();
        int height = (int) image[0].getHeight();
        BufferedImage png = new BufferedImage(width, height,
                BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, image[0].getPixelReader().getArgb(x, y));
            }
        }
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        ImageIO.write(png, "png", out.toFile());
        assertThat(width).isGreaterThan(600);
        assertThat(Files.size(out)).isPositive();
    }
}
