package dev.hourglass.ui.acquisition;

import dev.hourglass.model.accounts.GroupOutcome;
import dev.hourglass.ui.common.ChartAxes;
import dev.hourglass.ui.common.Dialogs;
import dev.hourglass.ui.common.HeadlineCards;
import dev.hourglass.ui.common.Tables;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.View;
import java.util.List;
import java.util.OptionalDouble;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/** Thin: the grouping toggle, the cards, the outcomes table, the CAC-against-LTV chart and the retention dialog. */
public final class AcquisitionController implements View {
    private static final PseudoClass BEST = PseudoClass.getPseudoClass("best");
    private static final PseudoClass WORST = PseudoClass.getPseudoClass("worst");

    /** A row's height with room for a name on two lines, and the headers' on two lines. */
    private static final double ROW_HEIGHT = 36;
    private static final double HEADER_HEIGHT = 60;

    private final AcquisitionViewModel viewModel;

    @FXML
    private VBox root;
    @FXML
    private ToggleButton byCampaign;
    @FXML
    private ToggleButton bySource;
    @FXML
    private Button useRetention;
    @FXML
    private Label retentionNote;
    @FXML
    private ProgressIndicator loading;
    @FXML
    private Label message;
    @FXML
    private VBox content;
    @FXML
    private FlowPane cards;
    @FXML
    private Label hints;
    @FXML
    private TableView<GroupOutcome> outcomes;
    @FXML
    private CacLtvChart chart;
    @FXML
    private NumberAxis cacAxis;
    @FXML
    private NumberAxis ltvAxis;
    @FXML
    private Label notPlotted;
    @FXML
    private VBox leadCosts;
    @FXML
    private TableView<AcquisitionViewModel.CostPerLead> costsPerLead;

    public AcquisitionController(AcquisitionViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private DatePicker asOf;

    private boolean shownBefore;

    /** The accounts are analysed the first time the view is shown, not while the window opens. */
    @Override
    public void shown() {
        if (!shownBefore) {
            shownBefore = true;
            viewModel.showFirstTime();
        }
    }

    @FXML
    void initialize() {
        asOf.valueProperty().bindBidirectional(viewModel.asOfProperty());
        asOf.setTooltip(Tables.tooltip(UiText.text("acquisition.everyFigureAsKnown")));
        loading.visibleProperty().bind(viewModel.loadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());
        message.textProperty().bind(Bindings.when(viewModel.loadingProperty()
                        .and(viewModel.hasAccountsProperty().not()))
                .then(UiText.text("acquisition.readingTheCustomerAccounts")).otherwise(viewModel.messageProperty()));
        message.visibleProperty().bind(viewModel.hasAccountsProperty().not());
        message.managedProperty().bind(message.visibleProperty());
        content.visibleProperty().bind(viewModel.hasAccountsProperty());
        content.managedProperty().bind(content.visibleProperty());
        useRetention.visibleProperty().bind(viewModel.hasAccountsProperty());
        useRetention.disableProperty().bind(viewModel.canUseRetentionProperty().not());
        retentionNote.textProperty().bind(viewModel.retentionNoteProperty());
        retentionNote.visibleProperty().bind(viewModel.hasAccountsProperty());

        ToggleGroup grouping = new ToggleGroup();
        byCampaign.setToggleGroup(grouping);
        bySource.setToggleGroup(grouping);
        byCampaign.setSelected(viewModel.groupingProperty().get() == AcquisitionViewModel.Grouping.CAMPAIGN);
        bySource.setSelected(!byCampaign.isSelected());
        grouping.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                grouping.selectToggle(old);
            } else {
                viewModel.groupingProperty().set(now == bySource ? AcquisitionViewModel.Grouping.SOURCE
                        : AcquisitionViewModel.Grouping.CAMPAIGN);
            }
        });

        HeadlineCards.bind(cards, viewModel.headlines());
        hints.textProperty().bind(viewModel.hintsProperty());
        hints.visibleProperty().bind(viewModel.hintsProperty().isNotEmpty());
        hints.managedProperty().bind(hints.visibleProperty());
        notPlotted.textProperty().bind(viewModel.notPlottedProperty());
        buildTable();
        buildCostPerLeadTable();
        viewModel.points().addListener((ListChangeListener<AcquisitionViewModel.Point>) change -> draw());
        viewModel.groupingProperty().addListener((obs, old, now) -> retitle());
        draw();
    }

    private void buildCostPerLeadTable() {
        leadCosts.visibleProperty().bind(Bindings.isNotEmpty(viewModel.costsPerLead()));
        leadCosts.managedProperty().bind(leadCosts.visibleProperty());
        costsPerLead.setItems(viewModel.costsPerLead());
        Tables.copyable(costsPerLead);
        var f = viewModel.formats();
        costsPerLead.getColumns().add(Tables.column(UiText.text("acquisition.channel"), AcquisitionViewModel.CostPerLead::channel, null, false));
        costsPerLead.getColumns().add(Tables.column(UiText.text("acquisition.spend"), c -> f.money(c.spend(), viewModel.currency()), null, true));
        costsPerLead.getColumns().add(Tables.column(UiText.text("acquisition.leads"), c -> f.number(c.leads(), 0), null, true));
        costsPerLead.getColumns().add(Tables.column(UiText.text("acquisition.costPerLead"), c -> c.costPerLead().isPresent()
                ? f.money(c.costPerLead().getAsDouble(), viewModel.currency()) : f.noData(),
                AcquisitionViewModel.CostPerLead::formula, true));
        costsPerLead.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private void buildTable() {
        Tables.copyable(outcomes);
        for (AcquisitionViewModel.Column c : viewModel.columns()) {
            TableColumn<GroupOutcome, String> column = Tables.column(c.title(), c.value(), c.formula(), c.numeric());
            column.setId(c.id() + "Column");
            if (c.id().equals("group")) {
                Tables.wrapsCells(column); // a long name takes two lines rather than push LTV:CAC out of sight
            }
            outcomes.getColumns().add(column);
        }
        // as wide as their values and their headers' longest words (headers wrap), so the twelve fit at 1366 pixels
        Tables.columnsFit(outcomes);
        outcomes.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(GroupOutcome item, boolean empty) {
                super.updateItem(item, empty);
                boolean shown = !empty && item != null;
                pseudoClassStateChanged(BEST, shown && viewModel.best().filter(item::equals).isPresent());
                pseudoClassStateChanged(WORST, shown && viewModel.worst().filter(item::equals).isPresent());
            }
        });
        outcomes.setItems(viewModel.rows());
        outcomes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // rows grow when a name wraps; room for two lines a row keeps every row in sight without a scroll bar
        outcomes.prefHeightProperty().bind(Bindings.size(viewModel.rows()).multiply(ROW_HEIGHT).add(HEADER_HEIGHT));
        retitle();
    }

    private void retitle() {
        outcomes.getColumns().get(0).setText(viewModel.groupingProperty().get().title());
        chart.setTitle(UiText.text("acquisition.cacAgainstLtvPer", viewModel.groupingProperty().get().word()));
        outcomes.refresh();
    }

    @FXML
    void useRetention() {
        List<AcquisitionViewModel.Change> changes = viewModel.retentionChanges();
        if (changes.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (AcquisitionViewModel.Change change : changes) {
            text.append(change.text()).append('\n');
        }
        if (Dialogs.confirm(useRetention.getScene().getWindow(), UiText.text("acquisition.useMeasuredRetentionIn"),
                UiText.text("acquisition.setTheseChannelsChurn"),
                UiText.text("acquisition.nallAsOneEdit", text))) {
            viewModel.useMeasuredRetention();
        }
    }

    /** One point per group, labelled, and the LTV = 3 × CAC guide. */
    private void draw() {
        chart.getData().clear();
        String currency = viewModel.currency();
        cacAxis.setLabel(UiText.text("acquisition.cac2", currency));
        ltvAxis.setLabel(UiText.text("acquisition.ltv2", currency));
        ChartAxes.money(cacAxis, viewModel.formats().withCurrency(currency));
        ChartAxes.money(ltvAxis, viewModel.formats().withCurrency(currency));
        List<AcquisitionViewModel.Point> points = viewModel.points();
        if (points.isEmpty()) {
            return;
        }
        double maxCac = points.stream().mapToDouble(AcquisitionViewModel.Point::cac).max().orElse(1);
        double maxLtv = points.stream().mapToDouble(AcquisitionViewModel.Point::ltv).max().orElse(1);
        double xUpper = niceCeiling(maxCac * 1.5);
        double yUpper = niceCeiling(maxLtv * 1.12);
        range(cacAxis, xUpper);
        range(ltvAxis, yUpper);
        XYChart.Series<Number, Number> groups = new XYChart.Series<>();
        groups.setName(viewModel.groupingProperty().get().title() + "s");
        for (AcquisitionViewModel.Point p : points) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(p.cac(), p.ltv());
            d.setNode(pointNode(p));
            groups.getData().add(d);
        }
        double x = Math.min(xUpper, yUpper / AcquisitionViewModel.GOOD_RATIO);
        double y = AcquisitionViewModel.GOOD_RATIO * x;
        XYChart.Series<Number, Number> guide = new XYChart.Series<>();
        guide.setName(UiText.text("acquisition.ltv3Cac"));
        for (double[] end : new double[][] {{0, 0}, {x, y}}) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(end[0], end[1]);
            Region none = new Region();
            none.setVisible(false);
            d.setNode(none);
            guide.getData().add(d);
        }
        Label guideLabel = new Label(UiText.text("acquisition.ltv3Cac"));
        guideLabel.getStyleClass().add("acquisition-guide-label");
        guide.getData().get(1).setNode(labelAtEnd(guideLabel));
        chart.getData().setAll(List.of(groups, guide));
        groups.getNode().getStyleClass().add("acquisition-points-line");
        guide.getNode().getStyleClass().add("acquisition-guide-line");
        Tooltip.install(guide.getNode(), Tables.tooltip(UiText.text("acquisition.aboveThisLineA")));
    }

    /** 1, 2 or 5 times a power of ten, at least {@code value}. */
    static double niceCeiling(double value) {
        if (!(value > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static void range(NumberAxis axis, double upper) {
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(upper);
        axis.setTickUnit(upper / 5);
    }

    private static StackPane labelAtEnd(Label label) {
        StackPane anchor = new StackPane() {
            @Override
            protected void layoutChildren() {
                label.autosize();
                label.relocate(-label.getWidth() - 4, -label.getHeight() - 2);
            }
        };
        label.setManaged(false);
        anchor.getChildren().add(label);
        anchor.setPrefSize(1, 1);
        return anchor;
    }

    private StackPane pointNode(AcquisitionViewModel.Point p) {
        Circle dot = new Circle(8);
        dot.getStyleClass().add(p.ltvToCac() >= AcquisitionViewModel.GOOD_RATIO ? "acquisition-good" : "acquisition-poor");
        Label label = new Label(p.group() + "  " + viewModel.formats().multiple(OptionalDouble.of(p.ltvToCac())));
        label.getStyleClass().add("acquisition-point-label");
        label.setManaged(false); // placed by the chart, clear of the other points and labels
        StackPane node = new StackPane(dot);
        node.getProperties().put(CacLtvChart.LABEL, label);
        node.getChildren().add(label);
        node.setPrefSize(16, 16);
        node.setMaxSize(16, 16);
        Tooltip.install(node, Tables.tooltip(p.tooltip()));
        return node;
    }
}
