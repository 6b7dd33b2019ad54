package dev.hourglass.ui.pipeline;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.forecast.BacktestPeriod;
import dev.hourglass.model.forecast.OpenDeal;
import dev.hourglass.model.forecast.PeriodLength;
import dev.hourglass.model.pipeline.DealFilter;
import dev.hourglass.ui.common.Tables;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.ValueText;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Pipeline view's "Odds of the period": P10 / P50 / P90, the probability of reaching the target in large type,
 * the gap at P50, the deals that move the odds most, and the backtest (table, chart and a plain verdict). Follows
 * the pipeline view model: every new result of the period asks for new odds.
 */
final class OddsPanel {
    private final OddsViewModel odds;
    private final PipelineViewModel pipeline;
    private final VBox node = new VBox(8);

    OddsPanel(OddsViewModel odds, PipelineViewModel pipeline) {
        this.odds = odds;
        this.pipeline = pipeline;
        node.setId("oddsPanel");
        build();
        pipeline.resultProperty().addListener((obs, old, now) -> recompute());
    }

    VBox node() {
        return node;
    }

    private void recompute() {
        PipelineViewModel.LoadedDeals data = pipeline.loadedProperty().get();
        DealFilter filter = pipeline.filterProperty().get();
        odds.compute(data, pipeline.periodProperty().get(), pipeline.settingsProperty().get(),
                data == null || filter.isAll() ? deal -> true : filter.predicate(data.setup()));
    }

    private void build() {
        FigureFormatter f = odds.formats();
        Label title = new Label(UiText.text("pipeline.oddsOfThePeriod"));
        title.getStyleClass().add("section-title");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(odds.busyProperty());
        Label probability = new Label();
        probability.setId("oddsProbability");
        probability.setStyle("-fx-font-size: 2.6em; -fx-font-weight: bold;");
        Label probabilityCaption = new Label(UiText.text("pipeline.probabilityOfReachingThe"));
        Label percentiles = new Label();
        percentiles.setId("oddsPercentiles");
        percentiles.setStyle("-fx-font-size: 1.3em;");
        Label percentilesCaption = new Label(UiText.text("pipeline.p10P50P90Of"));
        Label gap = new Label();
        gap.setId("oddsGap");
        Label method = new Label();
        method.setId("oddsMethod");
        method.setWrapText(true);
        method.getStyleClass().add("field-label");
        Label problem = new Label();
        problem.getStyleClass().add("input-message");
        problem.textProperty().bind(odds.messageProperty());
        odds.oddsProperty().addListener((obs, old, now) -> {
            probability.setText(odds.probabilityOfTarget());
            percentiles.setText(odds.percentiles());
            gap.setText(odds.gapAtP50());
            method.setText(odds.method());
        });
        HBox figures = new HBox(28, new VBox(2, probability, probabilityCaption),
                new VBox(2, percentiles, percentilesCaption, gap));
        Label movers = new Label(UiText.text("pipeline.dealsThatMoveThe"));
        movers.getStyleClass().add("field-label");
        TableView<OpenDeal> deals = new TableView<>(odds.deals());
        deals.setId("oddsDeals");
        deals.setPrefHeight(230);
        deals.getColumns().add(Tables.column(UiText.text("pipeline.deal"), OpenDeal::id, null, false));
        deals.getColumns().add(Tables.column(UiText.text("pipeline.amount"), d -> odds.money(d.amount()), null, true));
        deals.getColumns().add(Tables.column(UiText.text("pipeline.win"), d -> f.percent(d.winProbability()), null, true));
        deals.getColumns().add(Tables.column(UiText.text("pipeline.slip"), d -> f.percent(d.slipProbability()), null, true));
        deals.getColumns().add(Tables.column(UiText.text("pipeline.expected"), d -> odds.money(d.expected()),
                d -> UiText.text("pipeline.amountWin1Slip"), true));
        deals.getColumns().add(Tables.column(UiText.text("pipeline.swing"), d -> odds.money(d.swing()),
                d -> UiText.text("pipeline.amount2P1"), true));
        deals.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.headersFit(deals);
        Tables.copyable(deals);
        node.getChildren().addAll(new HBox(10, title, busy), method, problem, figures, movers, deals);
        buildBacktest(f);
    }

    private void buildBacktest(FigureFormatter f) {
        Label title = new Label(UiText.text("pipeline.haveTheseOddsBeen"));
        title.getStyleClass().add("section-title");
        ComboBox<PeriodLength> length = new ComboBox<>();
        length.getItems().setAll(PeriodLength.QUARTER, PeriodLength.MONTH);
        length.setValue(PeriodLength.QUARTER);
        length.setConverter(ValueText.converter(PeriodLength.class));
        Button run = new Button(UiText.text("pipeline.backtest"));
        run.setId("backtestButton");
        run.setOnAction(e -> odds.backtest(pipeline.loadedProperty().get(), length.getValue(),
                pipeline.settingsProperty().get()));
        run.disableProperty().bind(pipeline.loadedProperty().isNull());
        Label verdict = new Label(UiText.text("pipeline.replaysTheEarlierImports"));
        verdict.setId("backtestVerdict");
        verdict.setWrapText(true);
        odds.verdictProperty().addListener((obs, old, now) -> verdict.setText(now));
        TableView<BacktestPeriod> table = new TableView<>(odds.backtestPeriods());
        table.setId("backtestTable");
        table.setPrefHeight(220);
        table.getColumns().add(Tables.column(UiText.text("pipeline.period"),
                p -> p.period().start() + " – " + p.period().end(), null, false));
        table.getColumns().add(Tables.column(UiText.text("pipeline.asOf"), p -> p.asOf().toString(), null, false));
        table.getColumns().add(Tables.column("P10", p -> odds.money(p.odds().p10()), null, true));
        table.getColumns().add(Tables.column("P50", p -> odds.money(p.odds().p50()), null, true));
        table.getColumns().add(Tables.column("P90", p -> odds.money(p.odds().p90()), null, true));
        table.getColumns().add(Tables.column(UiText.text("pipeline.actual"), p -> odds.money(p.actual()), null, true));
        table.getColumns().add(Tables.column(UiText.text("pipeline.pTarget"),
                p -> f.percent(p.odds().probabilityOfTarget()), null, true));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.columnsFit(table); // '2017-01-01 – 2017-03-31' and '$10,391,200' in full, not '2017-0…'
        Tables.copyable(table);
        LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis());
        chart.setId("backtestChart");
        chart.setTitle(UiText.text("pipeline.predictedP10P50P90"));
        chart.setAnimated(false);
        chart.setPrefHeight(280);
        odds.backtestPeriods().addListener((ListChangeListener<BacktestPeriod>) c -> draw(chart));
        table.visibleProperty().bind(odds.backtestProperty().isNotNull());
        table.managedProperty().bind(table.visibleProperty());
        chart.visibleProperty().bind(odds.backtestProperty().isNotNull());
        chart.managedProperty().bind(chart.visibleProperty());
        node.getChildren().addAll(new HBox(10, title, length, run), verdict, table, chart);
    }

    private void draw(LineChart<String, Number> chart) {
        XYChart.Series<String, Number> p10 = new XYChart.Series<>();
        p10.setName("P10");
        XYChart.Series<String, Number> p50 = new XYChart.Series<>();
        p50.setName("P50");
        XYChart.Series<String, Number> p90 = new XYChart.Series<>();
        p90.setName("P90");
        XYChart.Series<String, Number> actual = new XYChart.Series<>();
        actual.setName(UiText.text("pipeline.actual"));
        for (BacktestPeriod p : odds.backtestPeriods()) {
            String label = p.period().start().toString();
            p10.getData().add(new XYChart.Data<>(label, p.odds().p10()));
            p50.getData().add(new XYChart.Data<>(label, p.odds().p50()));
            p90.getData().add(new XYChart.Data<>(label, p.odds().p90()));
            actual.getData().add(new XYChart.Data<>(label, p.actual()));
        }
        chart.getData().setAll(p10, p50, p90, actual);
    }
}
