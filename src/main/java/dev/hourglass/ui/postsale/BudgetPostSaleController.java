package dev.hourglass.ui.postsale;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.postsale.BudgetResult;
import dev.hourglass.model.postsale.PostSaleFunnelStep;
import dev.hourglass.ui.common.HeadlineCards;
import dev.hourglass.ui.common.InputGrid;
import dev.hourglass.ui.common.RowsGrid;
import dev.hourglass.ui.common.SectionInputs;
import dev.hourglass.ui.common.Tables;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.ValueText;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** Thin: the budget grid and its pre/post chart, the funnel inputs, table and chart. */
public final class BudgetPostSaleController {
    private final BudgetPostSaleViewModel viewModel;

    @FXML
    private SectionInputs budgetSection;
    @FXML
    private SectionInputs funnelSection;
    @FXML
    private VBox missingFunnel;
    @FXML
    private FlowPane cards;
    @FXML
    private StackedBarChart<String, Number> splitChart;
    @FXML
    private TableView<PostSaleFunnelStep> funnelTable;
    @FXML
    private BarChart<Number, String> funnelChart;

    public BudgetPostSaleController(BudgetPostSaleViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    void initialize() {
        Tables.copyable(funnelTable);
        RowsGrid budget = new RowsGrid(viewModel.budgetGrid(), UiText.text("postsale.row"));
        budget.setId("budgetGrid");
        budgetSection.show(budget);
        InputGrid funnel = new InputGrid(viewModel.funnelGrid());
        funnel.setId("funnelGrid");
        funnelSection.show(viewModel.hasFunnelProperty(), funnel);
        missingFunnel.visibleProperty().bind(viewModel.hasFunnelProperty().not());
        missingFunnel.managedProperty().bind(missingFunnel.visibleProperty());
        HeadlineCards.bind(cards, viewModel.budgetCards());
        viewModel.budgetCards().addListener((ListChangeListener<Object>) change -> drawSplit());
        drawSplit();

        FigureFormatter f = viewModel.formats();
        funnelTable.getColumns().add(Tables.column(UiText.text("postsale.milestone"), s -> ValueText.of(s.step()), null, false));
        funnelTable.getColumns().add(Tables.column(UiText.text("postsale.accounts"), s -> f.number(s.count(), 0), null, true));
        funnelTable.getColumns().add(Tables.column(UiText.text("postsale.stepConversion"), s -> f.percent(s.stepConversion()),
                s -> UiText.text("postsale.accountsAccountsOfThe", s.count(), previous(s)), true));
        funnelTable.getColumns().add(Tables.column(UiText.text("postsale.cumulative"), s -> f.percent(s.cumulativeConversion()),
                s -> UiText.text("postsale.accountsClosedWonAccounts", s.count(), viewModel.funnel().get(0).count()), true));
        funnelTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        funnelTable.setItems(viewModel.funnel());
        Tables.columnsFit(funnelTable);
        viewModel.funnel().addListener((ListChangeListener<PostSaleFunnelStep>) change -> drawFunnel());
        drawFunnel();
    }

    @FXML
    void addFunnel() {
        viewModel.addFunnel();
    }

    private long previous(PostSaleFunnelStep step) {
        int index = viewModel.funnel().indexOf(step);
        return index <= 0 ? step.count() : viewModel.funnel().get(index - 1).count();
    }

    /** The "95/5" audit: pre- and post-purchase shares of dollars and of hours. */
    private void drawSplit() {
        splitChart.getData().clear();
        BudgetResult r = viewModel.budget();
        if (r == null) {
            return;
        }
        XYChart.Series<String, Number> pre = new XYChart.Series<>();
        pre.setName(UiText.text("postsale.prePurchase"));
        XYChart.Series<String, Number> post = new XYChart.Series<>();
        post.setName(UiText.text("postsale.postPurchase"));
        pre.getData().add(new XYChart.Data<>(UiText.text("postsale.dollars"), r.preDollarsShare().orElse(0) * 100));
        post.getData().add(new XYChart.Data<>(UiText.text("postsale.dollars"), r.postDollarsShare().orElse(0) * 100));
        pre.getData().add(new XYChart.Data<>(UiText.text("postsale.hours"), r.preHoursShare().orElse(0) * 100));
        post.getData().add(new XYChart.Data<>(UiText.text("postsale.hours"), r.postHoursShare().orElse(0) * 100));
        splitChart.getData().setAll(pre, post);
        FigureFormatter f = viewModel.formats();
        Tooltip.install(pre.getData().get(0).getNode(), Tables.tooltip(UiText.text("postsale.prePurchaseDollarsAll", f.percent(r.preDollarsShare()), f.money(r.totalDollars(), viewModel.currency()))));
        Tooltip.install(post.getData().get(0).getNode(), Tables.tooltip(UiText.text("postsale.postPurchaseDollarsAll", f.percent(r.postDollarsShare()))));
        Tooltip.install(pre.getData().get(1).getNode(), Tables.tooltip(UiText.text("postsale.prePurchaseHoursAll", f.percent(r.preHoursShare()), f.number(r.totalHours(), 0))));
        Tooltip.install(post.getData().get(1).getNode(), Tables.tooltip(UiText.text("postsale.postPurchaseHoursAll", f.percent(r.postHoursShare()))));
    }

    private void drawFunnel() {
        funnelChart.getData().clear();
        XYChart.Series<Number, String> accounts = new XYChart.Series<>();
        accounts.setName(UiText.text("postsale.accounts"));
        for (int i = viewModel.funnel().size() - 1; i >= 0; i--) {
            PostSaleFunnelStep step = viewModel.funnel().get(i);
            accounts.getData().add(new XYChart.Data<>(step.count(), ValueText.of(step.step())));
        }
        funnelChart.getData().add(accounts);
        FigureFormatter f = viewModel.formats();
        for (XYChart.Data<Number, String> bar : accounts.getData()) {
            PostSaleFunnelStep step = viewModel.funnel().stream().filter(s -> ValueText.of(s.step()).equals(bar.getYValue()))
                    .findFirst().orElseThrow();
            Tooltip.install(bar.getNode(), Tables.tooltip(UiText.text("postsale.accountsOfTheStep", ValueText.of(step.step()), step.count(), f.percent(step.stepConversion()), f.percent(step.cumulativeConversion()))));
        }
    }

}
