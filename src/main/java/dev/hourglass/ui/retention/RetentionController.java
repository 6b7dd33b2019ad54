package dev.hourglass.ui.retention;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.retention.ArrBridgeYear;
import dev.hourglass.ui.common.ArrBridgeChart;
import dev.hourglass.ui.common.ChartAxes;
import dev.hourglass.ui.common.HeadlineCards;
import dev.hourglass.ui.common.InputGrid;
import dev.hourglass.ui.common.SectionInputs;
import dev.hourglass.ui.common.Tables;
import dev.hourglass.ui.common.UiText;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Thin: binds the retention view model to its FXML, draws the ARR waterfall and fills the tables. */
public final class RetentionController {
    private final RetentionViewModel viewModel;

    @FXML
    private SectionInputs section;
    @FXML
    private VBox missing;
    @FXML
    private SectionInputs improvementSection;
    @FXML
    private Button addImprovement;
    @FXML
    private FlowPane cards;
    @FXML
    private FlowPane improvementCards;
    @FXML
    private Label improvementTitle;
    @FXML
    private ArrBridgeChart waterfall;
    @FXML
    private TableView<ArrBridgeYear> bridgeTable;
    @FXML
    private TableView<RetentionViewModel.Comparison> comparisonTable;

    public RetentionController(RetentionViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    void initialize() {
        showFan();
        Tables.copyable(bridgeTable);
        Tables.copyable(comparisonTable);
        Tables.headersFit(bridgeTable);
        Tables.headersFit(comparisonTable);
        InputGrid grid = new InputGrid(viewModel.grid());
        grid.setId("retentionGrid");
        InputGrid componentsGrid = new InputGrid(viewModel.componentsGrid());
        componentsGrid.setId("retentionComponentsGrid");
        ToggleButton asGrrNrr = new ToggleButton(UiText.text("retention.grrAndNrr"));
        ToggleButton asComponents = new ToggleButton(UiText.text("retention.churnContractionExpansion"));
        asGrrNrr.getStyleClass().add("left-pill");
        asComponents.getStyleClass().add("right-pill");
        ToggleGroup form = new ToggleGroup();
        asGrrNrr.setToggleGroup(form);
        asComponents.setToggleGroup(form);
        // in a narrow pane (German) the long one takes two lines, and the short one stays whole beside it
        asGrrNrr.setMinWidth(Region.USE_PREF_SIZE);
        asComponents.setWrapText(true);
        asGrrNrr.setMaxHeight(Double.MAX_VALUE);
        asComponents.setMaxHeight(Double.MAX_VALUE);
        HBox formChoice = new HBox(asGrrNrr, asComponents);
        section.show(viewModel.hasSectionProperty(), formChoice, grid, componentsGrid);
        Runnable show = () -> {
            boolean has = viewModel.hasSectionProperty().get();
            boolean components = viewModel.componentsFormProperty().get();
            showWhen(formChoice, has);
            showWhen(grid, has && !components);
            showWhen(componentsGrid, has && components);
            showWhen(missing, !has);
            form.selectToggle(components ? asComponents : asGrrNrr);
        };
        viewModel.hasSectionProperty().addListener((obs, old, now) -> show.run());
        viewModel.componentsFormProperty().addListener((obs, old, now) -> show.run());
        show.run();
        form.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                form.selectToggle(old);
            } else {
                viewModel.useComponentsForm(now == asComponents);
            }
        });

        InputGrid improvement = new InputGrid(viewModel.improvementGrid());
        improvement.setId("nrrImprovementGrid");
        improvementSection.show(viewModel.hasImprovementProperty(), SectionInputs.withReset(improvement));
        addImprovement.visibleProperty().bind(viewModel.hasImprovementProperty().not()
                .and(viewModel.hasSectionProperty()));
        addImprovement.managedProperty().bind(addImprovement.visibleProperty());
        improvementTitle.visibleProperty().bind(viewModel.hasImprovementProperty());
        improvementTitle.managedProperty().bind(improvementTitle.visibleProperty());

        HeadlineCards.bind(cards, viewModel.headlines());
        HeadlineCards.bind(improvementCards, viewModel.improvementCards());
        bridgeColumns();
        bridgeTable.setItems(viewModel.bridge());
        comparisonTable.setItems(viewModel.comparison());
        comparisonTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RetentionViewModel.Comparison row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(PseudoClass.getPseudoClass("current"), !empty && row != null && row.current());
            }
        });
        viewModel.bridge().addListener((ListChangeListener<ArrBridgeYear>) change -> redraw());
        redraw();
    }

    @FXML
    void addSection() {
        viewModel.addSection();
    }

    @FXML
    void addImprovement() {
        viewModel.addImprovement();
    }

    private static void showWhen(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private void bridgeColumns() {
        FigureFormatter f = viewModel.formats();
        TableColumn<ArrBridgeYear, String> year = Tables.column(UiText.text("retention.year"), b -> Integer.toString(b.year()), null, false);
        year.setMinWidth(60);
        bridgeTable.getColumns().add(year);
        bridgeTable.getColumns().add(Tables.column(UiText.text("retention.opening"), b -> money(b.opening()),
                b -> b.year() == 1 ? UiText.text("retention.startArr") : UiText.text("retention.closingArrOfYear", (b.year() - 1)), true));
        bridgeTable.getColumns().add(Tables.column(UiText.text("retention.churned"), b -> money(-b.churned()),
                b -> UiText.text("retention.openingChurnRate", money(b.opening()), f.percent(rate(b.churned(), b))), true));
        bridgeTable.getColumns().add(Tables.column(UiText.text("retention.contracted"), b -> money(-b.contracted()),
                b -> UiText.text("retention.openingContractionRate", money(b.opening()), f.percent(rate(b.contracted(), b))), true));
        bridgeTable.getColumns().add(Tables.column(UiText.text("retention.expanded"), b -> money(b.expanded()),
                b -> UiText.text("retention.openingExpansionRate", money(b.opening()), f.percent(rate(b.expanded(), b))), true));
        bridgeTable.getColumns().add(Tables.column(UiText.text("retention.newArr"), b -> money(b.newArr()), b -> UiText.text("retention.newArrBookedIn", b.year()), true));
        bridgeTable.getColumns().add(Tables.column(UiText.text("retention.closing"), b -> money(b.closing()),
                b -> UiText.text("retention.openingChurnedContractedExpanded", money(b.opening()), money(b.churned()), money(b.contracted()), money(b.expanded()), money(b.newArr())), true));
        bridgeTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private String money(double value) {
        return viewModel.formats().money(value, viewModel.currency());
    }

    private static double rate(double amount, ArrBridgeYear year) {
        return year.opening() == 0 ? 0 : amount / year.opening();
    }

    private void redraw() {
        rebuildComparisonColumns();
        waterfall.showEveryStep(viewModel.bridge(), viewModel.formats(), viewModel.currency());
    }

    /**
     * One column per year of the bridge. The columns stay when only the figures change (another scenario of as many
     * years): rebuilt under the constrained resize policy, they shared out the old widths and read '…'.
     */
    private void rebuildComparisonColumns() {
        int years = viewModel.bridge().size();
        if (comparisonTable.getColumns().size() == years + 1) {
            comparisonTable.refresh();
            return;
        }
        FigureFormatter formats = viewModel.formats();
        comparisonTable.getColumns().clear();
        TableColumn<RetentionViewModel.Comparison, String> nrr = new TableColumn<>(UiText.text("retention.nrr"));
        nrr.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().nrr() + (c.getValue().current() ? UiText.text("retention.thisScenario") : "")));
        comparisonTable.getColumns().add(nrr);
        for (int y = 0; y < years; y++) {
            int index = y;
            TableColumn<RetentionViewModel.Comparison, String> closing = new TableColumn<>(UiText.text("retention.arrAfterYear", (y + 1)));
            closing.setCellValueFactory(c -> new ReadOnlyStringWrapper(formats.moneyCompact(c.getValue().closing().get(index),
                    viewModel.currency())));
            closing.setStyle("-fx-alignment: CENTER-RIGHT;");
            comparisonTable.getColumns().add(closing);
        }
        comparisonTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /**
     * With ranges among the drivers: closing ARR by year over the runs, the P10–P90 band shaded and P50 through it,
     * under the waterfall; hidden without ranges.
     */
    private void showFan() {
        NumberAxis money = new NumberAxis();
        ChartAxes.money(money, viewModel.formats().withCurrency(viewModel.currency()));
        FanChart fan = new FanChart(money);
        fan.setId("closingArrFan");
        fan.setTitle(UiText.text("range.bands.fan"));
        fan.visibleProperty().bind(Bindings.isNotEmpty(viewModel.fan()));
        fan.managedProperty().bind(fan.visibleProperty());
        viewModel.fan().addListener((ListChangeListener<RetentionViewModel.FanYear>) change -> fan.show(viewModel.fan()));
        VBox parent = (VBox) waterfall.getParent();
        parent.getChildren().add(parent.getChildren().indexOf(waterfall) + 1, fan);
        fan.show(viewModel.fan());
    }
}
