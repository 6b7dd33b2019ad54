package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.ui.HourglassApp;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.beans.property.ReadOnlyObjectWrapper;
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

    /** Compare's table beside the scenario list and the chooser on a 1366-pixel screen. */
    private static final double COMPARE_WIDTH = 810;

    @Test
    void fourScenariosWithTheirChangesUnderTheValuesFitALaptopScreenWithoutScrolling(FxRobot robot) {
        TableView<String> table = new TableView<>(FXCollections.observableArrayList(
                "Unit economics · Annual logo churn", "Retention programme · Retention programme ROI",
                "Retention & NRR · Year 3: closing ARR"));
        TableColumn<String, String> names = Tables.column("Figure", s -> s, null, false);
        Tables.wrapsCells(names, true);
        table.getColumns().add(names);
        table.getColumns().add(Tables.column("Seed base case", s -> "$10,000,000", null, true));
        for (String scenario : List.of("NRR 110 %", "Retention programme", "Acquisition channels")) {
            table.getColumns().add(Tables.column(scenario, s -> "$12,345,678\n+$2,345,678 (+23.5%)", null, true));
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getStylesheets().add("data:text/css,.column-header .label { -fx-wrap-text: true; }");
        robot.interact(() -> {
            Tables.columnsFit(table);
            root.getChildren().setAll(table);
            table.setMaxWidth(COMPARE_WIDTH);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getColumnResizePolicy()).as("a table that would scroll is left unconstrained")
                .isEqualTo(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        double widths = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(widths).isLessThanOrEqualTo(COMPARE_WIDTH);
        for (TableColumn<String, ?> column : table.getVisibleLeafColumns().subList(2, 5)) {
            assertThat(column.getWidth()).as(column.getText())
                    .isGreaterThan(textWidth("+$2,345,678 (+23.5%)") * 0.85); // the note's smaller type
        }
    }

    @Test
    void columnsHiddenWhenNarrowShowWhereThereIsRoomUntilTheUserChoosesAndTheChoiceIsRemembered(FxRobot robot)
            throws Exception {
        Preferences node = Preferences.userRoot().node("dev/hourglass/tables-test-" + System.nanoTime());
        try {
            AppPreferences preferences = new AppPreferences(node);
            TableView<String> table = new TableView<>(FXCollections.observableArrayList("D11"));
            for (String id : List.of("deal", "amount", "stage", "closeDate", "outcome", "segment", "owner")) {
                TableColumn<String, String> column = Tables.column(id, s -> "Long list", null, false);
                column.setId(id);
                table.getColumns().add(column);
            }
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
            robot.interact(() -> {
                Tables.columnsChosen(table, "deals", Set.of("segment", "owner"), preferences);
                Tables.columnsFit(table);
                root.getChildren().setAll(table);
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(table.isTableMenuButtonVisible()).isTrue();
            assertThat(table.getVisibleLeafColumns()).as("a wide window's table").extracting(TableColumn::getId)
                    .containsExactly("deal", "amount", "stage", "closeDate", "outcome", "segment", "owner");

            // room for the first five and half of the sixth, beside the table's borders and scroll bar
            double fiveAndAHalf = table.getColumns().subList(0, 5).stream().mapToDouble(TableColumn::getMinWidth)
                    .sum() + 20 + table.getColumns().get(5).getMinWidth() / 2;
            robot.interact(() -> table.setMaxWidth(fiveAndAHalf));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(table.getVisibleLeafColumns()).as("a laptop's narrow table").extracting(TableColumn::getId)
                    .containsExactly("deal", "amount", "stage", "closeDate", "outcome");
            assertThat(preferences.hiddenColumns("deals", null)).as("the room chose, not the user").isNull();

            robot.interact(() -> table.getColumns().get(5).setVisible(true));
            assertThat(preferences.hiddenColumns("deals", Set.of("segment", "owner"))).containsExactly("owner");
            robot.interact(() -> table.setMaxWidth(TABLE_WIDTH));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(table.getVisibleLeafColumns()).as("the user's choice wins over the room")
                    .extracting(TableColumn::getId)
                    .containsExactly("deal", "amount", "stage", "closeDate", "outcome", "segment");
        } finally {
            node.removeNode();
        }
    }

    /** Accounts health's table beside the settings on a 1366-pixel screen. */
    private static final double ACCOUNTS_WIDTH = 730;

    @Test
    void longNotesTakeTheWidthTheFiguresLeaveSoTheTableDoesNotScroll(FxRobot robot) {
        TableView<Double> table = new TableView<>(FXCollections.observableArrayList(1_234_567.0, 48_800.0));
        table.getColumns().add(Tables.column("Account", v -> "A003748", null, false));
        TableColumn<Double, Double> arr = new TableColumn<>("ARR now");
        arr.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        Tables.shownAs(arr, v -> String.format(Locale.ROOT, "%,.0f", v));
        table.getColumns().add(arr);
        table.getColumns().add(Tables.column("Renewal", v -> "2026-03-12", null, false));
        TableColumn<Double, String> reasons = Tables.column("Why (points lost)",
                v -> "no activation within 30 days (−25); 0 of 20 features adopted (0%) (−25); 5 of 40 seats used", null,
                false);
        reasons.setPrefWidth(420);
        Tables.takesTheRest(reasons);
        table.getColumns().add(reasons);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStylesheets().add("data:text/css,.column-header .label { -fx-wrap-text: true; }");
        robot.interact(() -> {
            Tables.columnsFit(table);
            root.getChildren().setAll(table);
            table.setMaxWidth(ACCOUNTS_WIDTH);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getColumnResizePolicy()).as("no horizontal scroll bar")
                .isEqualTo(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        double widths = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(widths).isLessThanOrEqualTo(ACCOUNTS_WIDTH);
        assertThat(arr.getWidth()).as("a number in full").isGreaterThan(textWidth("1,234,567"));
        assertThat(reasons.getWidth()).as("the notes get the rest").isGreaterThan(ACCOUNTS_WIDTH / 2);
    }

    private static double textWidth(String value) {
        Text text = new Text(value);
        text.setFont(Font.getDefault());
        return text.getLayoutBounds().getWidth();
    }
}
