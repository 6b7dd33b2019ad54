package dev.hourglass.ui.channels;

import dev.hourglass.model.channels.ChannelResult;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.ui.common.ChartAxes;
import dev.hourglass.ui.common.RowsGrid;
import dev.hourglass.ui.common.SectionInputs;
import dev.hourglass.ui.common.Tables;
import dev.hourglass.ui.common.UiText;
import java.util.OptionalDouble;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;

/** Thin: the channel grid, the ranking table and the CAC-against-LTV chart. */
public final class ChannelsController {
    private final ChannelsViewModel viewModel;

    @FXML
    private SectionInputs section;
    @FXML
    private TableView<ChannelResult> ranking;
    @FXML
    private BarChart<String, Number> chart;
    @FXML
    private NumberAxis moneyAxis;

    public ChannelsController(ChannelsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    void initialize() {
        Tables.copyable(ranking);
        RowsGrid grid = new RowsGrid(viewModel.grid(), UiText.text("channels.row"));
        grid.setId("channelsGrid");
        section.show(grid);
        FigureFormatter f = viewModel.formats();
        TableColumn<ChannelResult, String> rank = new TableColumn<>("#");
        rank.setCellValueFactory(c -> new ReadOnlyStringWrapper(Integer.toString(viewModel.ranked().indexOf(c.getValue()) + 1)));
        rank.setMaxWidth(50);
        ranking.getColumns().add(rank);
        ranking.getColumns().add(Tables.column(UiText.text("channels.channel"), ChannelResult::name, null, false));
        ranking.getColumns().add(Tables.column(UiText.text("channels.cac"), r -> money(r.cac()), r -> viewModel.inputs(r.name())
                .map(c -> UiText.text("channels.spendNewCustomers", money(c.spend()), c.newCustomers())).orElse(null), true));
        ranking.getColumns().add(Tables.column(UiText.text("channels.perActivated"), r -> money(r.costPerActivated()), r -> viewModel
                .inputs(r.name()).map(c -> UiText.text("channels.spendActivated", money(c.spend()), c.activated()))
                .orElse(null), true));
        ranking.getColumns().add(Tables.column(UiText.text("channels.perRetained90D"), r -> money(r.costPerRetained()), r -> viewModel
                .inputs(r.name()).map(c -> UiText.text("channels.spendRetainedAt90", money(c.spend()), c.retained90d()))
                .orElse(null), true));
        ranking.getColumns().add(Tables.column(UiText.text("channels.ltv"), r -> f.money(r.ltv(), viewModel.currency()), r -> viewModel
                .inputs(r.name()).map(c -> UiText.text("channels.ltvOf1With", money(c.acv()), f.percent(c.grossMargin()), f.percent(c.annualLogoChurn()), f.percent(c.annualExpansion())))
                .orElse(null), true));
        ranking.getColumns().add(Tables.column(UiText.text("channels.ltvCac"), r -> f.multiple(r.ltvToCac()),
                r -> UiText.text("channels.ltvCac2", f.money(r.ltv(), viewModel.currency()), money(r.cac())), true));
        showBands();
        ranking.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ranking.setItems(viewModel.ranked());
        viewModel.ranked().addListener((ListChangeListener<ChannelResult>) change -> draw());
        draw();
    }

    /** With ranges: each channel's LTV:CAC P10–P90 beside its LTV:CAC, and why not when the runs failed. */
    private void showBands() {
        TableColumn<ChannelResult, String> band = Tables.column(UiText.text("channels.bands.ltvToCac"),
                r -> viewModel.ltvToCacRange(r.name()).orElse(viewModel.formats().noData()),
                r -> viewModel.ltvToCacBandNote(r.name()).orElse(null), true);
        band.setId("ltvToCacBand");
        band.setVisible(!viewModel.ltvToCacBands().isEmpty());
        viewModel.ltvToCacBands().addListener((InvalidationListener) change -> {
            band.setVisible(!viewModel.ltvToCacBands().isEmpty());
            ranking.refresh();
        });
        ranking.getColumns().add(band);
        Label problem = new Label();
        problem.setId("channelsBandsProblem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.bandsProblemProperty());
        problem.visibleProperty().bind(viewModel.bandsProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Pane parent = (Pane) ranking.getParent();
        parent.getChildren().add(parent.getChildren().indexOf(ranking) + 1, problem);
    }

    private String money(double value) {
        return viewModel.formats().money(value, viewModel.currency());
    }

    private String money(OptionalDouble value) {
        return value.isPresent() ? viewModel.formats().money(value.getAsDouble(), viewModel.currency()) : viewModel.formats().noData();
    }

    private void draw() {
        chart.getData().clear();
        moneyAxis.setLabel(viewModel.currency());
        ChartAxes.money(moneyAxis, viewModel.formats().withCurrency(viewModel.currency()));
        XYChart.Series<String, Number> cac = new XYChart.Series<>();
        cac.setName(UiText.text("channels.cac"));
        XYChart.Series<String, Number> ltv = new XYChart.Series<>();
        ltv.setName(UiText.text("channels.ltv"));
        for (ChannelResult r : viewModel.ranked()) {
            cac.getData().add(new XYChart.Data<>(r.name(), r.cac().orElse(0)));
            ltv.getData().add(new XYChart.Data<>(r.name(), r.ltv()));
        }
        chart.getData().setAll(cac, ltv);
        for (int i = 0; i < viewModel.ranked().size(); i++) {
            ChannelResult r = viewModel.ranked().get(i);
            Tooltip.install(cac.getData().get(i).getNode(), Tables.tooltip(UiText.text("channels.cacOfSpendNew", r.name(), money(r.cac()))));
            Tooltip.install(ltv.getData().get(i).getNode(), Tables.tooltip(UiText.text("channels.ltvOfLtvCac", r.name(), money(r.ltv()), viewModel.formats().multiple(r.ltvToCac()))));
        }
    }
}
