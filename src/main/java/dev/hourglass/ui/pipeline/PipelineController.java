package dev.hourglass.ui.pipeline;

import dev.hourglass.app.DatasetChoice;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.pipeline.AmountCount;
import dev.hourglass.model.pipeline.DealFilter;
import dev.hourglass.model.pipeline.DiagnosisFinding;
import dev.hourglass.model.pipeline.Dimension;
import dev.hourglass.model.pipeline.Finding;
import dev.hourglass.model.pipeline.ForecastCategory;
import dev.hourglass.model.pipeline.LeadFunnel;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.PipelineChanges;
import dev.hourglass.model.pipeline.PipelineResult;
import dev.hourglass.model.pipeline.SalesMotion;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.common.AppPreferences;
import dev.hourglass.ui.common.Background;
import dev.hourglass.ui.common.ChartAxes;
import dev.hourglass.ui.common.DatasetChooser;
import dev.hourglass.ui.common.DateText;
import dev.hourglass.ui.common.HeadlineCards;
import dev.hourglass.ui.common.InputGrid;
import dev.hourglass.ui.common.PeriodPicker;
import dev.hourglass.ui.common.Tables;
import dev.hourglass.ui.common.GroupName;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.ValueText;
import dev.hourglass.ui.common.View;
import dev.hourglass.ui.common.Waterfall;
import dev.hourglass.ui.common.Work;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Thin: the pipeline view's controls, cards, coverage chart, diagnosis, breakdowns and deals table. */
public final class PipelineController implements View {
    private final String all = UiText.text("pipeline.all");
    private static final DateTimeFormatter IMPORTED = DateTimeFormatter
            .ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault());

    private final PipelineViewModel viewModel;
    private final Locale locale;
    /** Hidden until the user brings them back with the table's column menu: the deals' essentials fit a laptop. */
    private static final Set<String> DEAL_COLUMNS_HIDDEN = Set.of("category", "segment", "owner");

    @FXML
    private ComboBox<Dataset> dataset;
    @FXML
    private PeriodPicker period;
    @FXML
    private TextField target;
    @FXML
    private ToggleButton enterprise;
    @FXML
    private ToggleButton smb;
    @FXML
    private ProgressIndicator loading;
    @FXML
    private Label message;
    @FXML
    private Label warnings;
    @FXML
    private HBox filters;
    @FXML
    private FlowPane cards;
    @FXML
    private VBox odds;
    @FXML
    private BarChart<Number, String> coverage;
    @FXML
    private NumberAxis amountAxis;
    @FXML
    private ComboBox<Dataset> compareWith;
    @FXML
    private StackedBarChart<String, Number> changes;
    @FXML
    private VBox diagnosis;
    @FXML
    private TabPane breakdowns;
    @FXML
    private VBox smbRates;
    @FXML
    private VBox coverageSettings;
    @FXML
    private VBox leadInputs;
    @FXML
    private ComboBox<String> leadSource;
    @FXML
    private Label leadOrigin;
    @FXML
    private TableView<LeadFunnel.Step> leadSteps;
    @FXML
    private FlowPane leadsNeeded;
    @FXML
    private Label leadsHint;
    @FXML
    private Label dealsTitle;
    @FXML
    private TableView<PipelineViewModel.DealRow> deals;

    private final AppPreferences preferences;

    public PipelineController(PipelineViewModel viewModel, Locale locale, AppPreferences preferences) {
        this.viewModel = viewModel;
        this.locale = locale;
        this.preferences = preferences;
    }

    @FXML
    private VBox root;

    private boolean shownBefore;

    /** The newest import is read the first time the view is shown, not while the window opens. */
    @Override
    public void shown() {
        if (!shownBefore) {
            shownBefore = true;
            if (dataset.getValue() == null) {
                DatasetChoice.newest(viewModel.datasets()).ifPresent(dataset::setValue);
            }
        }
    }

    /**
     * An import by the day its export was taken, else by when it was imported: the exports of one CRM taken on
     * different days (the snapshots the backtest replays) differ by that day, not by their minute of import.
     */
    private String label(Dataset d) {
        String rows = viewModel.formats().number(d.rowCount(), 0);
        return d.asOf().map(day -> UiText.text("pipeline.exportOf", d.name(), DateText.of(day), rows))
                .orElseGet(() -> d.name() + " · " + IMPORTED.format(d.importedAt()) + " (" + rows + ")");
    }

    @FXML
    void initialize() {
        loading.visibleProperty().bind(viewModel.loadingProperty());
        message.textProperty().bind(viewModel.messageProperty());
        warnings.textProperty().bind(viewModel.warningsProperty());
        warnings.visibleProperty().bind(viewModel.warningsProperty().isNotEmpty());
        warnings.managedProperty().bind(warnings.visibleProperty());
        DatasetChooser.follow(dataset, viewModel.datasets(), this::label, chosen -> {
                    if (compareWith != null) {
                        compareWith.setValue(null);
                    }
                    load(chosen);
                });
        period.bind(viewModel.periodPicker());
        target.setOnAction(e -> viewModel.setTarget(target.getText(), locale));
        target.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                viewModel.setTarget(target.getText(), locale);
            }
        });
        viewModel.settingsProperty().addListener((obs, old, now) ->
                target.setText(viewModel.formats().number(now.target(), 0)));
        ToggleGroup motion = new ToggleGroup();
        enterprise.setToggleGroup(motion);
        smb.setToggleGroup(motion);
        enterprise.setSelected(true);
        motion.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                motion.selectToggle(old);
            } else {
                viewModel.setMotion(now == smb ? SalesMotion.SMB : SalesMotion.ENTERPRISE);
            }
        });
        FilteredList<Dataset> others = viewModel.datasets().filtered(d -> true);
        dataset.valueProperty().addListener((obs, old, now) ->
                others.setPredicate(d -> now == null || d.id() != now.id()));
        compareWith.setItems(others);
        compareWith.setCellFactory(dataset.getCellFactory());
        compareWith.setButtonCell(dataset.getCellFactory().call(null));
        compareWith.valueProperty().addListener((obs, old, now) -> compare(now));
        viewModel.changesProperty().addListener((obs, old, now) -> drawChanges(now));
        changes.visibleProperty().bind(viewModel.changesProperty().isNotNull());
        changes.managedProperty().bind(changes.visibleProperty());
        buildFilters();
        HeadlineCards.bind(cards, viewModel.headlines());
        odds.getChildren().add(new OddsPanel(viewModel.oddsViewModel(),
                viewModel).node());
        viewModel.resultProperty().addListener((obs, old, now) -> draw(now));
        viewModel.diagnosis().addListener((ListChangeListener<DiagnosisFinding>) change -> showDiagnosis());
        buildBreakdowns();
        buildDealsTable();
        InputGrid smbGrid = new InputGrid(viewModel.smbGrid());
        smbGrid.setId("smbGrid");
        smbRates.getChildren().add(smbGrid);
        InputGrid coverageGrid = new InputGrid(viewModel.coverageGrid());
        coverageGrid.setId("coverageGrid");
        coverageSettings.getChildren().add(coverageGrid);
        InputGrid leadGrid = new InputGrid(viewModel.leadGrid());
        leadGrid.setId("leadGrid");
        leadInputs.getChildren().add(leadGrid);
        FigureFormatter f = viewModel.formats();
        leadSteps.setItems(viewModel.leadSteps());
        leadSteps.getColumns().add(Tables.column(UiText.text("pipeline.step"), s -> ValueText.of(s.stage()), null, false));
        leadSteps.getColumns().add(Tables.column(UiText.text("pipeline.count"), s -> f.number(s.count(), 0),
                s -> viewModel.countOrigin(s.stage()), true));
        leadSteps.getColumns().add(Tables.column(UiText.text("pipeline.fromTheStepBefore"), s -> f.percent(s.conversionFromPrevious()),
                null, true));
        leadSteps.getColumns().add(Tables.column(UiText.text("pipeline.fromLeads"), s -> f.percent(s.conversionFromLeads()), null, true));
        leadSteps.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        buildLeadSourceChooser();
        HeadlineCards.bind(leadsNeeded, viewModel.leadsNeeded());
        leadsHint.visibleProperty().bind(Bindings.isEmpty(viewModel.leadsNeeded()));
        leadsHint.managedProperty().bind(leadsHint.visibleProperty());
        if (viewModel.datasets().isEmpty()) {
            dealsTitle.setText(UiText.text("pipeline.noDealsImportedYet"));
        }
    }

    /**
     * All sources or one, when the workbook has imported leads; the typed counts only while some step still needs
     * them; and a line saying where the counts come from.
     */
    private void buildLeadSourceChooser() {
        leadSource.getItems().add(all);
        leadSource.setConverter(GroupName.converter());
        viewModel.leadSources().addListener((ListChangeListener<String>) c -> {
            leadSource.getItems().setAll(all);
            leadSource.getItems().addAll(viewModel.leadSources());
        });
        leadSource.getItems().addAll(viewModel.leadSources());
        leadSource.valueProperty().addListener((obs, old, now) ->
                viewModel.leadSourceProperty().set(now == null || all.equals(now) ? null : now));
        viewModel.leadSourceProperty().addListener((obs, old, now) -> leadSource.setValue(now == null ? all : now));
        leadSource.visibleProperty().bind(Bindings.isNotEmpty(viewModel.leadSources()));
        leadSource.managedProperty().bind(leadSource.visibleProperty());
        leadSource.setTooltip(Tables.tooltip(UiText.text("pipeline.countTheImportedLeads")));
        leadInputs.visibleProperty().bind(viewModel.typingNeededProperty());
        leadInputs.managedProperty().bind(leadInputs.visibleProperty());
        leadOrigin.textProperty().bind(Bindings.createStringBinding(() -> {
            Dataset leads = viewModel.leadsData().datasetProperty().get();
            String problem = viewModel.leadsData().messageProperty().get();
            if (!problem.isEmpty()) {
                return problem;
            }
            return leads == null ? UiText.text("pipeline.typeMarketingSCounts")
                    : UiText.text("pipeline.leadsMqlsAndSqls", leads.name(), (viewModel.typingNeededProperty().get() ? UiText.text("pipeline.theStepsItHas")
                    : ""));
        }, viewModel.leadsData().datasetProperty(), viewModel.leadsData().messageProperty(),
                viewModel.typingNeededProperty()));
    }

    private void load(Dataset chosen) {
        viewModel.open(chosen);
    }

    private void compare(Dataset chosen) {
        viewModel.compareWithImport(chosen);
    }

    private void drawChanges(PipelineChanges c) {
        if (c == null) {
            changes.getData().clear();
            return;
        }
        FigureFormatter f = viewModel.formats();
        String cur = viewModel.currency();
        Waterfall.draw(changes, List.of(
                Waterfall.Step.total(UiText.text("pipeline.earlier"), c.opening(), UiText.text("pipeline.openPipelineOfThe", f.money(c.opening(), cur))),
                Waterfall.Step.change(UiText.text("pipeline.new"), c.created(), UiText.text("pipeline.newDealsOpenIn", f.money(c.created(), cur))),
                Waterfall.Step.change(UiText.text("pipeline.movedIn"), c.movedIn(), UiText.text("pipeline.dealsWhoseCloseDate", f.money(c.movedIn(), cur))),
                Waterfall.Step.change(UiText.text("pipeline.movedOut"), -c.movedOut(), UiText.text("pipeline.dealsThatMovedOut", f.money(c.movedOut(), cur))),
                Waterfall.Step.change(UiText.text("pipeline.won"), -c.won(), UiText.text("pipeline.openThenWonNow", f.money(c.won(), cur))),
                Waterfall.Step.change(UiText.text("pipeline.lost"), -c.lost(), UiText.text("pipeline.openThenLostNow", f.money(c.lost(), cur))),
                Waterfall.Step.change(UiText.text("pipeline.amountChanged"), c.amountChanged(), UiText.text("pipeline.changeInTheAmount", f.money(c.amountChanged(), cur))),
                Waterfall.Step.total(UiText.text("pipeline.now"), c.closing(), UiText.text("pipeline.openPipelineOfThe2", f.money(c.closing(), cur)))));
    }


    private void buildFilters() {
        filters.getChildren().add(new Label(UiText.text("pipeline.filter")));
        for (Dimension d : Dimension.values()) {
            filters.getChildren().add(filter(ValueText.of(d), viewModel.values(d), value -> f -> f.with(d, value)));
        }
        ObservableList<String> categories = FXCollections.observableArrayList();
        for (ForecastCategory c : ForecastCategory.values()) {
            categories.add(ValueText.of(c));
        }
        filters.getChildren().add(filter(UiText.text("pipeline.category"), categories, value -> f -> f.withCategory(value == null ? null
                : Arrays.stream(ForecastCategory.values()).filter(c -> ValueText.of(c).equals(value)).findFirst()
                .orElse(null))));
        filters.getChildren().add(filter(UiText.text("pipeline.stage"), viewModel.stages(), value -> f -> f.withStage(value)));
    }

    private ComboBox<String> filter(String name, ObservableList<String> values,
                                    Function<String, UnaryOperator<DealFilter>> change) {
        ComboBox<String> box = new ComboBox<>();
        box.setPromptText(name);
        box.setConverter(GroupName.converter());
        box.getItems().add(all);
        values.addListener((ListChangeListener<String>) c -> {
            box.getItems().setAll(all);
            box.getItems().addAll(values);
            box.setValue(null);
        });
        box.getItems().addAll(values);
        box.valueProperty().addListener((obs, old, now) -> {
            String value = now == null || all.equals(now) ? null : now;
            viewModel.filterProperty().set(change.apply(value).apply(viewModel.filterProperty().get()));
        });
        // English writes the filter's name in lower case inside a sentence; German keeps its nouns capitalised.
        String inSentence = UiText.language().getLanguage().equals("en") ? name.toLowerCase(Locale.ROOT) : name;
        box.setTooltip(Tables.tooltip(UiText.text("pipeline.onlyDealsWithThis", inSentence)));
        return box;
    }

    private void draw(PipelineResult r) {
        coverage.getData().clear();
        if (r == null) {
            return;
        }
        amountAxis.setLabel(UiText.text("pipeline.amount2", viewModel.currency()));
        ChartAxes.money(amountAxis, viewModel.formats().withCurrency(viewModel.currency()));
        ChartAxes.money(changes.getYAxis(), viewModel.formats().withCurrency(viewModel.currency()));
        XYChart.Series<Number, String> bars = new XYChart.Series<>();
        bars.setName(UiText.text("pipeline.amount"));
        double won = r.rates().won().amount();
        AmountCount commit = r.open(ForecastCategory.COMMIT);
        AmountCount bestCase = r.open(ForecastCategory.BEST_CASE);
        AmountCount pipeline = r.open(ForecastCategory.PIPELINE);
        bars.getData().add(new XYChart.Data<>(r.target() * r.requiredCoverage().orElse(0), UiText.text("pipeline.requiredTargetCoverage")));
        bars.getData().add(new XYChart.Data<>(won + commit.amount() + bestCase.amount() + pipeline.amount(), UiText.text("pipeline.allOfIt")));
        bars.getData().add(new XYChart.Data<>(pipeline.amount(), UiText.text("pipeline.openPipeline")));
        bars.getData().add(new XYChart.Data<>(bestCase.amount(), UiText.text("pipeline.openBestCase")));
        bars.getData().add(new XYChart.Data<>(commit.amount(), UiText.text("pipeline.openCommit")));
        bars.getData().add(new XYChart.Data<>(won, UiText.text("pipeline.won")));
        bars.getData().add(new XYChart.Data<>(r.target(), UiText.text("pipeline.target")));
        coverage.getData().add(bars);
        FigureFormatter f = viewModel.formats();
        for (XYChart.Data<Number, String> bar : bars.getData()) {
            Tooltip.install(bar.getNode(), Tables.tooltip(bar.getYValue() + ": "
                    + f.money(bar.getXValue().doubleValue(), viewModel.currency())));
        }
    }

    private void showDiagnosis() {
        diagnosis.getChildren().clear();
        for (DiagnosisFinding finding : viewModel.diagnosis()) {
            Label title = new Label(ValueText.of(finding.finding()));
            title.getStyleClass().add("diagnosis-title");
            Label reason = new Label(DiagnosisText.of(finding.reason(), viewModel.formats()));
            reason.setWrapText(true);
            Label advice = new Label(adviceOf(finding.finding()));
            advice.setWrapText(true);
            advice.getStyleClass().add("field-label");
            VBox box = new VBox(2, title, reason, advice);
            box.getStyleClass().add("diagnosis");
            diagnosis.getChildren().add(box);
        }
    }

    private static String adviceOf(Finding finding) {
        return UiText.text("pipeline.advice." + finding.name());
    }

    private void buildBreakdowns() {
        FigureFormatter f = viewModel.formats();
        for (Dimension d : Dimension.values()) {
            TableView<PipelineViewModel.BreakdownRow> table = new TableView<>(viewModel.breakdown(d));
            Tables.copyable(table);
            table.getColumns().add(Tables.column(ValueText.of(d), r -> GroupName.of(r.value()), null, false));
            table.getColumns().add(Tables.column(UiText.text("pipeline.won"), r -> f.number(r.rates().won().amount(), 0), null, true));
            table.getColumns().add(Tables.column(UiText.text("pipeline.closed"), r -> f.number(r.rates().closedAmount(), 0), null, true));
            table.getColumns().add(Tables.column(UiText.text("pipeline.closeRate"), r -> f.percent(r.rates().closeRate()),
                    r -> UiText.text("pipeline.wonClosed", f.number(r.rates().won().amount(), 0), f.number(r.rates().closedAmount(), 0)), true));
            table.getColumns().add(Tables.column(UiText.text("pipeline.winRate"), r -> f.percent(r.rates().winRate()),
                    r -> UiText.text("pipeline.wonWonLostTo", f.number(r.rates().won().amount(), 0), f.number(r.rates().won().amount() + r.rates().lostCompetition().amount(), 0)), true));
            table.getColumns().add(Tables.column(UiText.text("pipeline.slipped"), r -> r.rates().slippedIfMeasured()
                    .map(slipped -> f.number(slipped.amount(), 0)).orElse(UiText.text("pipeline.noData")), null, true));
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            breakdowns.getTabs().add(new Tab(ValueText.of(d), table));
        }
    }

    private static TableColumn<PipelineViewModel.DealRow, String> dealColumn(
            String id, String title, Function<PipelineViewModel.DealRow, String> value,
            Function<PipelineViewModel.DealRow, String> formula, boolean number) {
        TableColumn<PipelineViewModel.DealRow, String> column = Tables.column(title, value, formula, number);
        column.setId(id);
        return column;
    }

    private void buildDealsTable() {
        FigureFormatter f = viewModel.formats();
        deals.setItems(viewModel.dealsInPeriod());
        viewModel.dealsInPeriod().addListener((ListChangeListener<PipelineViewModel.DealRow>) change ->
                dealsTitle.setText(UiText.text("pipeline.dealsOfThePeriod", f.number(viewModel.dealsInPeriod().size(), 0))));
        Tables.copyable(deals);
        TableColumn<PipelineViewModel.DealRow, Boolean> counted = new TableColumn<>(UiText.text("pipeline.inForecast"));
        counted.setCellValueFactory(c -> new SimpleBooleanProperty(c.getValue().counted()));
        counted.setCellFactory(c -> new TableCell<>() {
            private final CheckBox box = new CheckBox();

            {
                box.setOnAction(e -> {
                    PipelineViewModel.DealRow row = getTableRow().getItem();
                    if (row != null) {
                        viewModel.setInclude(row, box.isSelected());
                    }
                });
            }

            @Override
            protected void updateItem(Boolean value, boolean empty) {
                super.updateItem(value, empty);
                PipelineViewModel.DealRow row = empty ? null : getTableRow().getItem();
                boolean switchable = row != null && row.deal().outcome() == Outcome.OPEN;
                box.setSelected(value != null && value);
                box.setDisable(!switchable);
                setGraphic(row == null ? null : box);
            }
        });
        counted.setId("inForecast");
        deals.getColumns().add(counted);
        deals.getColumns().add(dealColumn("deal", UiText.text("pipeline.deal"), r -> r.deal().id(), null, false));
        deals.getColumns().add(dealColumn("amount", UiText.text("pipeline.amount"), r -> f.number(r.deal().amount(), 0), null, true));
        TableColumn<PipelineViewModel.DealRow, String> stage = dealColumn("stage", UiText.text("pipeline.stage"),
                r -> r.deal().stage(), null, false);
        Tables.wrapsCells(stage); // 'Building business case' in two lines rather than cut, where room is short
        deals.getColumns().add(stage);
        deals.getColumns().add(dealColumn("category", UiText.text("pipeline.category"), r -> f.texts().value(r.category()), null, false));
        deals.getColumns().add(dealColumn("closeDate", UiText.text("pipeline.closeDate"), r -> r.deal().closeDate() == null ? UiText.text("pipeline.none")
                        : DateText.of(r.deal().closeDate()),
                r -> r.deal().originalCloseDate() == null ? null : UiText.text("pipeline.originally", DateText.of(r.deal().originalCloseDate())), false));
        TableColumn<PipelineViewModel.DealRow, String> outcome = dealColumn("outcome", UiText.text("pipeline.outcome"),
                r -> f.texts().value(r.deal().outcome()), null, false);
        Tables.wrapsCells(outcome); // 'Lost to competition' too
        deals.getColumns().add(outcome);
        deals.getColumns().add(dealColumn("segment", UiText.text("pipeline.segment"), r -> r.deal().segment(), null, false));
        deals.getColumns().add(dealColumn("owner", UiText.text("pipeline.owner"), r -> r.deal().owner(), null, false));
        deals.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Tables.columnsChosen(deals, "pipeline.deals", DEAL_COLUMNS_HIDDEN, preferences);
        Tables.columnsFit(deals);
        deals.setRowFactory(table -> {
            TableRow<PipelineViewModel.DealRow> row = new TableRow<>();
            MenuItem in = new MenuItem(UiText.text("pipeline.countInTheForecast"));
            MenuItem out = new MenuItem(UiText.text("pipeline.leaveOutOfThe"));
            MenuItem auto = new MenuItem(UiText.text("pipeline.letItsCategoryDecide"));
            in.setOnAction(e -> viewModel.setInclude(row.getItem(), Boolean.TRUE));
            out.setOnAction(e -> viewModel.setInclude(row.getItem(), Boolean.FALSE));
            auto.setOnAction(e -> viewModel.setInclude(row.getItem(), null));
            ContextMenu menu = new ContextMenu(in, out, auto);
            row.contextMenuProperty().bind(Bindings.when(row.itemProperty().isNull())
                    .then((ContextMenu) null).otherwise(menu));
            return row;
        });
    }
}
