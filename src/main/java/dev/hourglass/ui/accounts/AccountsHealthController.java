package dev.hourglass.ui.accounts;

import dev.hourglass.model.accounts.ExpansionTarget;
import dev.hourglass.model.accounts.HealthSettings;
import dev.hourglass.model.accounts.Indicator;
import dev.hourglass.model.accounts.RenewalPeriod;
import dev.hourglass.model.accounts.RenewalPredictor;
import dev.hourglass.model.accounts.RenewalRisk;
import dev.hourglass.model.accounts.RiskBand;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.store.Dataset;
import dev.hourglass.ui.common.AppPreferences;
import dev.hourglass.ui.common.ChartAxes;
import dev.hourglass.ui.common.DatasetChooser;
import dev.hourglass.ui.common.DateText;
import dev.hourglass.ui.common.DecimalSpinners;
import dev.hourglass.ui.common.Dialogs;
import dev.hourglass.ui.common.ExportFiles;
import dev.hourglass.ui.common.HeadlineCards;
import dev.hourglass.ui.common.Tables;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.ValueText;
import dev.hourglass.ui.common.WholeNumberSpinners;
import dev.hourglass.ui.session.AccountsData;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.util.Duration;

/** Thin: binds the accounts health view model to the side panel, the cards, the table, the chart and the lists. */
public final class AccountsHealthController {
    /** Every band, the accounts without a score too, so that a quarter's bars add up to its renewals. */
    private static final List<RiskBand> STACKED = List.of(RiskBand.GREEN, RiskBand.YELLOW, RiskBand.RED,
            RiskBand.UNSCORED);

    /** The columns shown only where the table has room for them beside the rest (a user's choice wins). */
    private static final Set<String> HIDDEN_WHEN_NARROW = Set.of("source", "campaign");

    /** Text as wide as a band chip's padding and bold type, for fitting its column. */
    private static final String CHIP_ROOM = "\u2002\u2002\u2002";

    private final AccountsHealthViewModel viewModel;
    private final FigureFormatter formats;
    private final AppPreferences preferences;

    @FXML
    private ComboBox<Dataset> dataset;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Label message;
    @FXML
    private Label warning;
    @FXML
    private DatePicker asOf;
    @FXML
    private FlowPane predictorThresholds;
    @FXML
    private Label minimumOutcomesLabel;
    @FXML
    private Spinner<Double> expansionSeats;
    @FXML
    private Spinner<Double> expansionAdoption;
    @FXML
    private Spinner<Integer> minimumOutcomes;
    @FXML
    private GridPane weights;
    @FXML
    private GridPane thresholds;
    @FXML
    private Spinner<Integer> greenFrom;
    @FXML
    private Spinner<Integer> yellowFrom;
    @FXML
    private FlowPane cards;
    @FXML
    private ChoiceBox<AccountsHealthViewModel.Show> show;
    @FXML
    private Label shownCount;
    @FXML
    private Button exportAtRisk;
    @FXML
    private TableView<AccountsHealthViewModel.Row> table;
    @FXML
    private StackedBarChart<String, Number> renewals;
    @FXML
    private NumberAxis arrAxis;
    @FXML
    private Label probabilities;
    @FXML
    private Button useGrr;
    @FXML
    private Button useAtRisk;
    @FXML
    private TableView<RenewalPredictor> predictors;
    @FXML
    private Label expansionNote;
    @FXML
    private TableView<ExpansionTarget> expansion;

    private final Map<Indicator, Slider> weightSliders = new EnumMap<>(Indicator.class);
    private List<Spinner<Integer>> thresholdSpinners = List.of();
    private final Map<Indicator, Spinner<Double>> predictorSpinners = new EnumMap<>(Indicator.class);
    private boolean showingSettings;

    public AccountsHealthController(AccountsHealthViewModel viewModel, AppPreferences preferences) {
        this.viewModel = viewModel;
        this.preferences = preferences;
        this.formats = viewModel.formats();
    }

    @FXML
    void initialize() {
        AccountsData data = viewModel.data();
        dataset.setItems(data.datasets());
        DatasetChooser.label(dataset, d -> UiText.text("accounts.accounts2", d.sourceFile(), formats.number(d.rowCount(), 0)));
        dataset.valueProperty().bindBidirectional(data.chosenProperty());
        // Busy while the accounts are read. Not also while they are first scored: an indeterminate indicator kept
        // spinning into the second background step left the filled view unpainted under X until the next input.
        busy.visibleProperty().bind(data.loadingProperty());
        message.textProperty().bind(data.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        warning.textProperty().bind(viewModel.warningProperty());
        warning.managedProperty().bind(warning.textProperty().isNotEmpty());
        asOf.valueProperty().bindBidirectional(viewModel.asOfProperty());
        asOf.setTooltip(Tables.tooltip(UiText.text("accounts.everyFigureAsKnown")));
        weightSliders();
        bandSpinners();
        thresholdSpinners();
        predictorSpinners();
        expansionSpinners();
        HeadlineCards.bind(cards, viewModel.headlines());
        PauseTransition saving = new PauseTransition(Duration.millis(600));
        saving.setOnFinished(e -> viewModel.saveSettings());
        viewModel.settingsProperty().addListener((obs, old, now) -> saving.playFromStart());

        show.getItems().setAll(AccountsHealthViewModel.Show.values());
        show.valueProperty().bindBidirectional(viewModel.showProperty());
        buildTable();
        buildPredictors();
        buildExpansion();
        viewModel.renewalRiskProperty().addListener((obs, old, now) -> drawRenewals(now));
        drawRenewals(viewModel.renewalRiskProperty().get());
        exportAtRisk.disableProperty().bind(viewModel.modelProperty().isNull());
        if (data.datasets().isEmpty() && data.chosenProperty().get() == null) {
            data.refreshDatasets();
        }
    }

    private void weightSliders() {
        int row = 0;
        for (Indicator indicator : Indicator.values()) {
            Label name = new Label(ValueText.of(indicator));
            name.setMinWidth(Region.USE_PREF_SIZE);
            Slider slider = new Slider(0, 50, viewModel.settingsProperty().get().weight(indicator));
            slider.setMajorTickUnit(10);
            slider.setBlockIncrement(1);
            slider.setSnapToTicks(false);
            slider.setId("weight-" + indicator.name());
            Label value = new Label();
            value.setMinWidth(28);
            value.textProperty().bind(slider.valueProperty().map(v -> Long.toString(Math.round(v.doubleValue()))));
            slider.valueProperty().addListener((obs, old, now) -> {
                if (!showingSettings && !viewModel.setWeight(indicator, Math.round(now.doubleValue()))) {
                    showSettings(); // refused: the last weight above 0 cannot go
                }
            });
            weightSliders.put(indicator, slider);
            Tooltip.install(name, Tables.tooltip(rule(indicator)));
            weights.addRow(row++, name, slider, value);
        }
    }

    /** How an indicator is scored 0–1, with the settings' thresholds. */
    private String rule(Indicator indicator) {
        HealthSettings s = viewModel.settingsProperty().get();
        return switch (indicator) {
            case ACTIVATION -> UiText.text("accounts.activatedWithinDays1", s.activationFullDays(), s.activationHalfDays());
            case TIME_TO_FIRST_VALUE -> UiText.text("accounts.firstValueWithinDays", s.firstValueFullDays(), s.firstValueHalfDays());
            case ADOPTION -> UiText.text("accounts.featuresAdoptedFeaturesAvailable");
            case SEAT_UTILISATION -> UiText.text("accounts.activeUsersSeatsAt");
            case SUPPORT_LOAD -> UiText.text("accounts.1SupportTicketsPer", s.ticketsPerUserAtZero());
            case STAKEHOLDERS -> UiText.text("accounts.activeStakeholdersAtMost", s.stakeholdersFull());
            case NPS -> UiText.text("accounts.nps100200");
        };
    }

    private void bandSpinners() {
        HealthSettings s = viewModel.settingsProperty().get();
        WholeNumberSpinners.configure(greenFrom, 1, 100, (int) s.greenFrom(), 1);
        WholeNumberSpinners.configure(yellowFrom, 0, 99, (int) s.yellowFrom(), 1);
        greenFrom.valueProperty().addListener((obs, old, now) -> {
            if (!viewModel.setBands(now, yellowFrom.getValue())) {
                showSettings(); // refused (green below yellow): the control shows what the scores use
            }
        });
        yellowFrom.valueProperty().addListener((obs, old, now) -> {
            if (!viewModel.setBands(greenFrom.getValue(), now)) {
                showSettings();
            }
        });
    }

    /** One spinner per scoring threshold; a change re-scores every account (the indicators are read again). */
    private void thresholdSpinners() {
        HealthSettings s = viewModel.settingsProperty().get();
        thresholdSpinners = List.of(
                threshold(0, UiText.text("accounts.activatedForFullScore"), s.activationFullDays(), 1, 365),
                threshold(1, UiText.text("accounts.forHalfTheScore"), s.activationHalfDays(), 1, 730),
                threshold(2, UiText.text("accounts.firstValueForFull"), s.firstValueFullDays(), 1, 365),
                threshold(3, UiText.text("accounts.forHalfTheScore"), s.firstValueHalfDays(), 1, 730),
                threshold(4, UiText.text("accounts.supportTicketsPerUser"), (int) Math.round(s.ticketsPerUserAtZero()), 1, 50),
                threshold(5, UiText.text("accounts.activeStakeholdersForFull"), s.stakeholdersFull(), 1, 20));
        List<Spinner<Integer>> t = thresholdSpinners;
        t.forEach(spinner -> spinner.valueProperty().addListener((obs, old, now) -> {
            if (!showingSettings && !viewModel.setScoring(t.get(0).getValue(), t.get(1).getValue(), t.get(2).getValue(),
                    t.get(3).getValue(), t.get(4).getValue(), t.get(5).getValue())) {
                showSettings(); // refused (half-score days below full-score days)
            }
        }));
        viewModel.settingsProperty().addListener((obs, old, now) -> showSettings());
    }

    /** Every control shows the settings the scores use: after a change, a refused edit, or a reset. */
    private void showSettings() {
        if (showingSettings) {
            return;
        }
        showingSettings = true;
        HealthSettings now = viewModel.settingsProperty().get();
        WholeNumberSpinners.show(greenFrom, (int) now.greenFrom());
        WholeNumberSpinners.show(yellowFrom, (int) now.yellowFrom());
        int[] values = {now.activationFullDays(), now.activationHalfDays(), now.firstValueFullDays(),
            now.firstValueHalfDays(), (int) Math.round(now.ticketsPerUserAtZero()), now.stakeholdersFull()};
        for (int i = 0; i < values.length; i++) {
            WholeNumberSpinners.show(thresholdSpinners.get(i), values[i]);
        }
        weightSliders.forEach((indicator, slider) -> slider.setValue(now.weight(indicator)));
        predictorSpinners.forEach((indicator, spinner) -> DecimalSpinners.show(spinner,
                now.predictorThresholds().value(indicator) * scale(indicator), decimals(indicator)));
        DecimalSpinners.show(expansionSeats, now.expansionSeatFrom() * 100, 1);
        DecimalSpinners.show(expansionAdoption, now.expansionAdoptionFrom() * 100, 1);
        WholeNumberSpinners.show(minimumOutcomes, now.minimumOutcomes());
        showingSettings = false;
    }

    /** One spinner per indicator beside the predictor table: what "meeting" it means. */
    private void predictorSpinners() {
        HealthSettings s = viewModel.settingsProperty().get();
        for (Indicator indicator : Indicator.values()) {
            Spinner<Double> spinner = new Spinner<>();
            double scale = scale(indicator);
            DecimalSpinners.configure(spinner, indicator == Indicator.NPS ? -100 : 0, maximum(indicator),
                    s.predictorThresholds().value(indicator) * scale, step(indicator), decimals(indicator));
            spinner.setPrefWidth(90);
            spinner.setMinWidth(90);
            spinner.setId("predictor-" + indicator.name());
            spinner.valueProperty().addListener((obs, old, now) -> {
                double value = decimals(indicator) == 0 && scale == 1 ? Math.round(now) : now / scale;
                if (!showingSettings && !viewModel.setPredictorThreshold(indicator, value)) {
                    showSettings();
                }
            });
            predictorSpinners.put(indicator, spinner);
            Label before = new Label(before(indicator));
            Label after = new Label(after(indicator));
            before.setMinWidth(Region.USE_PREF_SIZE);
            after.setMinWidth(Region.USE_PREF_SIZE);
            HBox item = new HBox(6, before, spinner, after);
            item.setAlignment(Pos.CENTER_LEFT);
            predictorThresholds.getChildren().add(item);
        }
    }

    private static double scale(Indicator indicator) {
        return indicator == Indicator.ADOPTION || indicator == Indicator.SEAT_UTILISATION ? 100 : 1;
    }

    private static int decimals(Indicator indicator) {
        return switch (indicator) {
            case ADOPTION, SEAT_UTILISATION -> 1;
            case SUPPORT_LOAD -> 2;
            default -> 0;
        };
    }

    private static double step(Indicator indicator) {
        return switch (indicator) {
            case ADOPTION, SEAT_UTILISATION, NPS -> 5;
            case SUPPORT_LOAD -> 0.1;
            default -> 1;
        };
    }

    private static double maximum(Indicator indicator) {
        return switch (indicator) {
            case ACTIVATION, TIME_TO_FIRST_VALUE -> 730;
            case ADOPTION, SEAT_UTILISATION, NPS -> 100;
            case SUPPORT_LOAD -> 50;
            case STAKEHOLDERS -> 50;
        };
    }

    /** What comes before the threshold's spinner: "Activated within", "Seats used ≥". */
    private static String before(Indicator indicator) {
        return switch (indicator) {
            case ACTIVATION -> UiText.text("accounts.activatedWithin");
            case TIME_TO_FIRST_VALUE -> UiText.text("accounts.firstValueWithin");
            case ADOPTION -> UiText.text("accounts.adoption");
            case SEAT_UTILISATION -> UiText.text("accounts.seatsUsed");
            case SUPPORT_LOAD -> UiText.text("accounts.ticketsPerActiveUser");
            case STAKEHOLDERS -> UiText.text("accounts.activeStakeholders");
            case NPS -> UiText.text("accounts.nps");
        };
    }

    private static String after(Indicator indicator) {
        return switch (indicator) {
            case ACTIVATION, TIME_TO_FIRST_VALUE -> UiText.text("accounts.daysUnit");
            case ADOPTION, SEAT_UTILISATION -> "%";
            default -> "";
        };
    }

    /** The expansion list's two thresholds and the known outcomes p(band) needs, each beside what it drives. */
    private void expansionSpinners() {
        HealthSettings s = viewModel.settingsProperty().get();
        DecimalSpinners.configure(expansionSeats, 0, 100, s.expansionSeatFrom() * 100, 5, 1);
        DecimalSpinners.configure(expansionAdoption, 0, 100, s.expansionAdoptionFrom() * 100, 5, 1);
        for (Spinner<Double> spinner : List.of(expansionSeats, expansionAdoption)) {
            spinner.valueProperty().addListener((obs, old, now) -> {
                if (!showingSettings && !viewModel.setExpansion(expansionSeats.getValue() / 100,
                        expansionAdoption.getValue() / 100)) {
                    showSettings();
                }
            });
        }
        WholeNumberSpinners.configure(minimumOutcomes, 1, 100_000, Math.max(1, s.minimumOutcomes()), 1);
        Tooltip why = Tables.tooltip(UiText.text("accounts.aBandSChurn"));
        minimumOutcomesLabel.setTooltip(why);
        minimumOutcomes.setTooltip(why);
        minimumOutcomes.valueProperty().addListener((obs, old, now) -> {
            if (!showingSettings && !viewModel.setMinimumOutcomes(now)) {
                showSettings();
            }
        });
    }

    private Spinner<Integer> threshold(int row, String label, int value, int min, int max) {
        Spinner<Integer> spinner = new Spinner<>();
        WholeNumberSpinners.configure(spinner, min, max, value, 1);
        spinner.setPrefWidth(105);
        spinner.setMinWidth(105);
        Label name = new Label(label);
        name.setWrapText(true);
        thresholds.addRow(row, name, spinner);
        return spinner;
    }

    private void buildTable() {
        SortedList<AccountsHealthViewModel.Row> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Tables.copyable(table);
        table.getColumns().add(id("account", text(UiText.text("accounts.account"), r -> r.account().account())));
        TableColumn<AccountsHealthViewModel.Row, Number> score = id("score",
                number(UiText.text("accounts.score"), AccountsHealthViewModel.Row::score, 0));
        table.getColumns().add(score);
        TableColumn<AccountsHealthViewModel.Row, RiskBand> band = new TableColumn<>(UiText.text("accounts.band"));
        band.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().band()));
        band.setCellFactory(c -> new BandCell<>());
        band.setComparator(Comparator.comparingInt(RiskBand::ordinal).reversed());
        band.setId("band");
        Tables.shownAs(band, b -> ValueText.of(b) + CHIP_ROOM); // the chip's rounded ends
        table.getColumns().add(band);
        TableColumn<AccountsHealthViewModel.Row, String> reasons = new TableColumn<>(UiText.text("accounts.whyPointsLost"));
        reasons.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(reasonsText(c.getValue())));
        reasons.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                AccountsHealthViewModel.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                String missing = row == null ? "" : viewModel.missing(row);
                setTooltip(row == null ? null : Tables.tooltip(UiText.text("accounts.score100WeightIndicator", formats.number(row.score(), 1), (text == null ? "" : text.replace("; ", "\n")), (missing.isEmpty() ? "" : "\n" + missing))));
            }
        });
        reasons.setSortable(false);
        reasons.setId("reasons");
        reasons.setPrefWidth(420);
        Tables.takesTheRest(reasons); // cut where room is short: the tooltip has every reason
        table.getColumns().add(id("arrNow", number(UiText.text("accounts.arrNow"), r -> r.account().arrNow(), 0)));
        table.getColumns().add(id("renewal", renewalDate()));
        table.getColumns().add(id("source", text(UiText.text("accounts.source"), r -> r.account().source())));
        table.getColumns().add(id("campaign", text(UiText.text("accounts.campaign"), r -> r.account().campaign())));
        table.getColumns().add(reasons);
        // the notes take what the figures leave, and only they are cut: every other column reads in full
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.columnsChosen(table, "accounts.health", HIDDEN_WHEN_NARROW, preferences);
        Tables.columnsFit(table); // 'ARR heute', 'Verlängerung' whole, not 'ARR h…'
        table.getSortOrder().add(score);
        viewModel.rows().addListener((ListChangeListener<AccountsHealthViewModel.Row>) c -> countShown());
        countShown();
    }

    private void countShown() {
        shownCount.setText(UiText.text("accounts.accounts3", formats.number(viewModel.rows().size(), 0)));
    }

    private String reasonsText(AccountsHealthViewModel.Row row) {
        return String.join("; ", viewModel.reasons(row).stream().limit(3)
                .map(r -> HealthText.reason(r, formats) + " (−" + formats.number(r.pointsLost(), 0) + ")").toList());
    }

    private <T> TableColumn<T, String> text(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    /** Shown as the language writes a day, sorted by the day itself. */
    private static TableColumn<AccountsHealthViewModel.Row, LocalDate> renewalDate() {
        return Tables.shownColumn(UiText.text("accounts.renewal"), row -> row.account().renewalDate().orElse(null),
                DateText::of);
    }

    private static <C extends TableColumn<?, ?>> C id(String id, C column) {
        column.setId(id);
        return column;
    }

    private <T> TableColumn<T, Number> number(String title, ToDoubleFunction<T> value, int decimals) {
        TableColumn<T, Number> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue())));
        Function<Number, String> shown = n -> Double.isNaN(n.doubleValue()) ? formats.noData()
                : formats.number(n.doubleValue(), decimals);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : shown.apply(n));
            }
        });
        Tables.shownAs(column, shown);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setComparator((a, b) -> Double.compare(a.doubleValue(), b.doubleValue()));
        return column;
    }

    private void buildPredictors() {
        predictors.setItems(viewModel.predictors());
        Tables.copyable(predictors);
        predictors.getColumns().add(Tables.column(UiText.text("accounts.indicator"), p -> ValueText.of(p.indicator()), p -> UiText.text("accounts.meetingIt", HealthText.meaning(p.indicator(), viewModel.settingsProperty().get().predictorThresholds().value(p.indicator()), formats)), false));
        predictors.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        expansion.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        predictors.getColumns().add(Tables.column(UiText.text("accounts.meetingIt2"), p -> formats.number(p.meeting(), 0), null, true));
        predictors.getColumns().add(Tables.column(UiText.text("accounts.renewed"), p -> formats.percent(p.renewalRateMeeting()),
                p -> UiText.text("accounts.ofRenewed", p.meetingRenewed(), p.meeting()), true));
        predictors.getColumns().add(Tables.column(UiText.text("accounts.notMeetingIt"), p -> formats.number(p.notMeeting(), 0), null, true));
        predictors.getColumns().add(Tables.column(UiText.text("accounts.renewed2"), p -> formats.percent(p.renewalRateNotMeeting()),
                p -> UiText.text("accounts.ofRenewed", p.notMeetingRenewed(), p.notMeeting()), true));
        predictors.getColumns().add(Tables.column(UiText.text("accounts.lift"), p -> p.lift().isPresent()
                        ? formats.number(p.lift().getAsDouble(), 2) + "×" : formats.noData(),
                p -> UiText.text("accounts.renewalRateMeetingNot", formats.percent(p.renewalRateMeeting()), formats.percent(p.renewalRateNotMeeting())), true));
    }

    private void buildExpansion() {
        expansion.setItems(viewModel.expansionTargets());
        Tables.copyable(expansion);
        expansion.getColumns().add(Tables.column(UiText.text("accounts.account"), t -> t.account().account(), null, false));
        expansion.getColumns().add(Tables.column(UiText.text("accounts.score"), t -> formats.number(t.score(), 0), null, true));
        expansion.getColumns().add(Tables.column(UiText.text("accounts.arrNow"), t -> formats.money(t.arrNow(), viewModel.currency()), null, true));
        expansion.getColumns().add(Tables.column(UiText.text("accounts.seatsUsed2"), t -> formats.percent(t.seatUtilisation()),
                t -> UiText.text("accounts.activeUsersSeats", t.account().activeUsers().orElse(0), t.account().seats().orElse(0)),
                true));
        expansion.getColumns().add(Tables.column(UiText.text("accounts.adoption2"), t -> formats.percent(t.adoption()),
                t -> UiText.text("accounts.featuresAdoptedAvailable", t.account().featuresAdopted().orElse(0), t.account().featuresAvailable().orElse(0)), true));
        expansion.getColumns().add(Tables.column(UiText.text("accounts.source"), t -> t.account().source(), null, false));
        viewModel.settingsProperty().addListener((obs, old, now) -> noteExpansion());
        noteExpansion();
    }

    private void noteExpansion() {
        HealthSettings s = viewModel.settingsProperty().get();
        expansionNote.setText(UiText.text("accounts.greenAccountsUsingAt", formats.percent(s.expansionSeatFrom()), formats.percent(s.expansionAdoptionFrom())));
    }

    private void drawRenewals(RenewalRisk risk) {
        renewals.getData().clear();
        if (risk == null) {
            probabilities.setText("");
            useGrr.setDisable(true);
            useAtRisk.setDisable(true);
            return;
        }
        arrAxis.setLabel(UiText.text("accounts.arrUpForRenewal", viewModel.currency()));
        ChartAxes.money(arrAxis, viewModel.formats().withCurrency(viewModel.currency()));
        for (RiskBand band : STACKED) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(ValueText.of(band));
            for (RenewalPeriod period : risk.byQuarter()) {
                series.getData().add(new XYChart.Data<>(period.label(), period.arrByBand().get(band)));
            }
            renewals.getData().add(series);
        }
        for (int b = 0; b < STACKED.size(); b++) {
            RiskBand band = STACKED.get(b);
            for (XYChart.Data<String, Number> point : renewals.getData().get(b).getData()) {
                point.getNode().getStyleClass().add("band-bar-" + band.name().toLowerCase(Locale.ROOT));
                RenewalPeriod period = risk.byQuarter().stream().filter(p -> p.label().equals(point.getXValue()))
                        .findFirst().orElseThrow();
                Tooltip.install(point.getNode(), Tables.tooltip(UiText.text("accounts.arrUpForRenewal2", period.label(), ValueText.of(band).toLowerCase(UiText.language()), formats.money(point.getYValue().doubleValue(),
                        viewModel.currency()), formats.money(period.expectedChurnedArr(), viewModel.currency()))));
            }
        }
        probabilities.setText(UiText.text("accounts.churnProbabilityByBand", viewModel.probabilities(risk), formats.money(risk.expectedChurnedArr(), viewModel.currency()), formats.money(risk.pipelineArr(), viewModel.currency())));
        useGrr.setDisable(false);
        useAtRisk.setDisable(false);
    }

    @FXML
    void reset() {
        viewModel.resetSettings();
        showSettings(); // also when the settings were the defaults already but a control showed a refused value
    }

    @FXML
    void exportAtRisk() {
        ExportFiles.save(table.getScene().getWindow(), UiText.text("accounts.exportTheRedAnd"), UiText.text("accounts.accountsAtRisk"),
                new FileChooser.ExtensionFilter(UiText.text("accounts.csv"), "*.csv"), null, viewModel::exportAtRisk, file -> { });
    }

    @FXML
    void useGrr() {
        confirm(viewModel.previewGrr(), UiText.text("accounts.takeTheScenarioS"),
                UiText.text("accounts.theSelectedScenarioHas"), viewModel::applyGrr);
    }

    @FXML
    void useAtRisk() {
        confirm(viewModel.previewAtRisk(), UiText.text("accounts.pointTheRetentionProgramme"),
                UiText.text("accounts.theSelectedScenarioHas2"), viewModel::applyAtRisk);
    }

    private void confirm(List<AccountsHealthViewModel.Change> changes, String question, String impossible, Runnable apply) {
        if (changes.isEmpty()) {
            Dialogs.information(table.getScene().getWindow(), impossible);
            return;
        }
        StringBuilder text = new StringBuilder();
        for (AccountsHealthViewModel.Change change : changes) {
            text.append(change.input()).append(":  ").append(change.now()).append("  →  ").append(change.then()).append('\n');
        }
        if (Dialogs.confirm(table.getScene().getWindow(), null, question, UiText.text("accounts.nctrlZTakesIt", text))) {
            apply.run();
        }
    }

    /** A band as a coloured chip. */
    private static final class BandCell<T> extends TableCell<T, RiskBand> {
        private final Label chip = new Label();

        BandCell() {
            chip.getStyleClass().add("band-chip");
        }

        @Override
        protected void updateItem(RiskBand band, boolean empty) {
            super.updateItem(band, empty);
            if (empty || band == null) {
                setGraphic(null);
                return;
            }
            chip.setText(ValueText.of(band));
            chip.getStyleClass().removeIf(c -> c.startsWith("band-chip-"));
            chip.getStyleClass().add("band-chip-" + band.name().toLowerCase(Locale.ROOT));
            setGraphic(chip);
        }
    }
}
