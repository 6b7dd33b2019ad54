package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.ui.HourglassApp;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Columns fitted to their values and headers, as the Pipeline's deals and Acquisition value's outcomes are. */
@ExtendWith(ApplicationExtension.class)
class TablesFitUiTest {
    /** The width a table has in Acquisition value on a 1366-pixel screen, beside the scenario list. */
    private static final double TABLE_WIDTH = 1060;
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        HourglassApp.applyTheme(false); // the app's type and paddings, whichever test class ran before
        Scene scene = new Scene(root, TABLE_WIDTH, 400);
        scene.getStylesheets().add(HourglassApp.stylesheet());
        stage.setScene(scene);
        stage.sizeToScene(); // the stage TestFX shares between test classes may keep another size
        stage.show();
    }

    @Test
    void aColumnIsAsWideAsItsLongestValue(FxRobot robot) {
        TableView<String> table = new TableView<>(FXCollections.observableArrayList("Prospecting",
                "Understanding value", "Building business case"));
        TableColumn<String, String> stage = Tables.column("Stage", s -> s, null, false);
        table.getColumns().add(stage);
        for (String title : List.of("Deal", "Amount", "Category", "Close date", "Outcome", "Segment", "Owner")) {
            table.getColumns().add(Tables.column(title, s -> "", null, false));
        }
        robot.interact(() -> {
            Tables.columnsFit(table);
            root.getChildren().setAll(table);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getWidth()).isGreaterThan(textWidth("Building business case"));
    }

    @Test
    void twelveColumnsWithWrappingNamesAndHeadersFitALaptopScreen(FxRobot robot) {
        TableView<String> table = new TableView<>(FXCollections.observableArrayList(
                "Campaign B (better customers)", "Campaign A (cheaper leads)", "Partner referrals"));
        TableColumn<String, String> names = Tables.column("Campaign", s -> s, null, false);
        Tables.wrapsCells(names);
        table.getColumns().add(names);
        for (String title : List.of("Customers", "CAC", "Activated", "Days to value", "Adoption", "Retained 12 m",
                "NRR", "Expansion ARR", "Cost per retained", "LTV", "LTV:CAC")) {
            table.getColumns().add(Tables.column(title, s -> "87.6%", null, true));
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getStylesheets().add("data:text/css,.column-header .label { -fx-wrap-text: true; }");
        robot.interact(() -> {
            Tables.columnsFit(table);
            root.getChildren().setAll(table);
        });
        WaitForAsyncUtils.waitForFxEvents();

        double widths = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(widths).isLessThanOrEqualTo(TABLE_WIDTH);
        for (TableColumn<String, ?> column : table.getVisibleLeafColumns()) {
            assertThat(column.getWidth()).as(column.getText()).isGreaterThan(textWidth("87.6%"))
                    .isGreaterThanOrEqualTo(column.getMinWidth());
        }
        assertThat(names.getWidth()).as("the names wrap, each word whole").isGreaterThan(textWidth("customers)"));
    }

    private static double textWidth(String value) {
        Text text = new Text(value);
        text.setFont(Font.getDefault());
        return text.getLayoutBounds().getWidth();
    }
}
