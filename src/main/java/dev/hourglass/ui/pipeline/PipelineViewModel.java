package dev.hourglass.ui.pipeline;

import dev.hourglass.app.DataImports;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.csv.Detection;
import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.leads.GroupFunnel;
import dev.hourglass.model.leads.LeadData;
import dev.hourglass.model.leads.LeadFunnelAnalysis;
import dev.hourglass.model.leads.LeadFunnelReport;
import dev.hourglass.model.leads.LeadGrouping;
import dev.hourglass.model.leads.StepCount;
import dev.hourglass.model.pipeline.ConversionRates;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.DealFilter;
import dev.hourglass.model.pipeline.DiagnosisFinding;
import dev.hourglass.ui.common.FileProblemText;
import dev.hourglass.ui.common.PipelineWarningText;
import dev.hourglass.model.pipeline.Dimension;
import dev.hourglass.model.pipeline.ForecastCategory;
import dev.hourglass.model.pipeline.LeadFunnel;
import dev.hourglass.model.pipeline.LeadStage;
import dev.hourglass.model.pipeline.LeadsNeeded;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.Period;
import dev.hourglass.model.pipeline.PipelineAnalysis;
import dev.hourglass.model.pipeline.PipelineChanges;
import dev.hourglass.model.pipeline.PipelineResult;
import dev.hourglass.model.pipeline.PipelineSettings;
import dev.hourglass.model.pipeline.SalesMotion;
import dev.hourglass.model.pipeline.StageSetup;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import dev.hourglass.ui.common.DetectionText;
import dev.hourglass.ui.common.EditHistory;
import dev.hourglass.ui.common.Headline;
import dev.hourglass.ui.common.InputField;
import dev.hourglass.ui.common.InputGridModel;
import dev.hourglass.ui.common.InputKind;
import dev.hourglass.ui.common.InvalidInputText;
import dev.hourglass.ui.common.PeriodChoice;
import dev.hourglass.ui.common.PeriodPickerModel;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.Work;
import dev.hourglass.ui.session.LeadsData;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Pipeline and forecast over deals imported into the workbook (metrics.md §4): period, target and filters in;
 * coverage, rates, forecasts, diagnosis, breakdowns and the deals of the period out, recalculated through the model
 * on every change. Each deal's forecast switch is stored in the workbook and undoable.
 */
public final class PipelineViewModel {
    /**
     * Deals of one import, in file order (a deal's index is its row number in the workbook).
     *
     * @param fileWarnings what the import's kept report found that makes every figure of these deals mislead (amounts
     *                     in several currencies), shown with the warnings of each period
     */
    public record LoadedDeals(Dataset dataset, List<Deal> deals, StageSetup setup, List<Detection> fileWarnings) {
        public LoadedDeals {
            fileWarnings = List.copyOf(fileWarnings);
        }

        public LoadedDeals(Dataset dataset, List<Deal> deals, StageSetup setup) {
            this(dataset, deals, setup, List.of());
        }
    }

    /** A deal shown in the table: its row number, the deal, its forecast category, and whether it counts. */
    public record DealRow(int index, Deal deal, ForecastCategory category, boolean counted) {
    }

    /** One value of a breakdown (a segment, an owner …) and its rates. */
    public record BreakdownRow(String value, ConversionRates rates) {
    }

    /** A period to pick: a quarter or a month, with its label. */
    /** The workbook setting that keeps the view's coverage floor. */
    static final String COVERAGE_FLOOR_SETTING = "pipeline.coverageFloor";

    private final Workbook workbook;
    private final EditHistory history;
    private final FigureFormatter formats;
    private final ObservableList<Dataset> datasets = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LoadedDeals> loaded = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PeriodChoice> periods = FXCollections.observableArrayList();
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final ObjectProperty<DealFilter> filter = new SimpleObjectProperty<>(DealFilter.all());
    private final ObjectProperty<PipelineSettings> settings = new SimpleObjectProperty<>(PipelineSettings.defaults(1));
    private final Map<Dimension, ObservableList<String>> dimensionValues = new EnumMap<>(Dimension.class);
    private final ObservableList<String> stages = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PipelineResult> result = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Headline> headlines = FXCollections.observableArrayList();
    private final ObservableList<DealRow> dealsInPeriod = FXCollections.observableArrayList();
    private final ObservableList<DiagnosisFinding> diagnosis = FXCollections.observableArrayList();
    private final Map<Dimension, ObservableList<BreakdownRow>> breakdowns = new EnumMap<>(Dimension.class);
    private final InputGridModel<PipelineSettings> smbGrid;
    private final InputGridModel<PipelineSettings> coverageGrid;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final Work work;
    private final PeriodPickerModel periodPicker;
    /** The analysis's warnings, one a line; empty when there are none. */
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper("");
    private List<Deal> deals = new ArrayList<>();
    private final ReadOnlyObjectWrapper<LoadedDeals> earlier = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PipelineChanges> changes = new ReadOnlyObjectWrapper<>();
    /** Marketing's counts for the period, typed by the user (the CRM export has deals, not leads). */
    private final ObjectProperty<LeadFunnel> marketing = new SimpleObjectProperty<>(new LeadFunnel(0, 0, 0, 0, 0));
    private final InputGridModel<LeadFunnel> leadGrid;
    private final ObservableList<LeadFunnel.Step> leadSteps = FXCollections.observableArrayList();
    private final ObservableList<Headline> leadsNeeded = FXCollections.observableArrayList();
    /** Marketing's leads imported into the workbook: when there are some, their counts replace the typed ones. */
    private final LeadsData leadsData;
    private final ObservableList<String> leadSources = FXCollections.observableArrayList();
    /** The source whose leads the funnel counts; null for all sources. */
    private final ObjectProperty<String> leadSource = new SimpleObjectProperty<>();
    private final Map<LeadStage, String> countOrigins = new EnumMap<>(LeadStage.class);
    private final ReadOnlyBooleanWrapper typingNeeded = new ReadOnlyBooleanWrapper(true);

    /** Reads the workbook's leads right away (tests, small workbooks); the app passes its own {@link LeadsData}. */
    public PipelineViewModel(Workbook workbook, EditHistory history, FigureFormatter formats, Locale locale) {
        this(workbook, history, formats, locale, new LeadsData(workbook, Work.NOW), Work.NOW);
    }

    /** @param work where a dataset's deals are read (in the background in the app) */
    public PipelineViewModel(Workbook workbook, EditHistory history, FigureFormatter formats, Locale locale,
                             LeadsData leadsData, Work work) {
        this.workbook = workbook;
        this.leadsData = leadsData;
        this.work = work;
        this.periodPicker = new PeriodPickerModel(periods, period, this::setCustomPeriod);
        this.history = history;
        this.formats = formats;
        for (Dimension d : Dimension.values()) {
            dimensionValues.put(d, FXCollections.observableArrayList());
            breakdowns.put(d, FXCollections.observableArrayList());
        }
        this.smbGrid = new InputGridModel<>(smbFields(), settings::get, settings::set, this::currency, locale)
                .namedBy("smbForecast.");
        this.coverageGrid = new InputGridModel<>(coverageFields(), settings::get, settings::set, this::currency, locale)
                .namedBy("pipeline.");
        settings.set(settings.get().withCoverageFloor(savedCoverageFloor()));
        this.leadGrid = new InputGridModel<>(leadFields(), marketing::get, marketing::set, () -> "", locale)
                .namedBy("pipeline.");
        marketing.addListener((obs, old, now) -> recompute());
        leadsData.leadsProperty().addListener((obs, old, now) -> showLeadSources(now));
        leadSource.addListener((obs, old, now) -> recompute());
        period.addListener((obs, old, now) -> recompute());
        filter.addListener((obs, old, now) -> recompute());
        settings.addListener((obs, old, now) -> {
            smbGrid.refresh();
            coverageGrid.refresh();
            if (old.coverageFloor() != now.coverageFloor()) {
                saveCoverageFloor(now.coverageFloor());
            }
            recompute();
        });
        refreshDatasets();
    }

    static List<InputField<LeadFunnel>> leadFields() {
        return List.of(
                InputField.required("leads", UiText.text("pipeline.leads"), InputKind.COUNT, UiText.text("pipeline.leadsCreatedInThe"),
                        f -> (double) f.leads(), (f, v) -> new LeadFunnel(Math.round(v), f.mqls(), f.sqls(), 0, 0)),
                InputField.required("mqls", UiText.text("pipeline.mqls"), InputKind.COUNT, UiText.text("pipeline.marketingQualifiedLeadsIn"),
                        f -> (double) f.mqls(), (f, v) -> new LeadFunnel(f.leads(), Math.round(v), f.sqls(), 0, 0)),
                InputField.required("sqls", UiText.text("pipeline.sqls"), InputKind.COUNT, UiText.text("pipeline.salesQualifiedLeadsIn"),
                        f -> (double) f.sqls(), (f, v) -> new LeadFunnel(f.leads(), f.mqls(), Math.round(v), 0, 0)));
    }

    static List<InputField<PipelineSettings>> coverageFields() {
        return List.of(InputField.required("coverageFloor", UiText.text("pipeline.coverageFloor"), InputKind.NUMBER,
                UiText.text("pipeline.requiredCoverageMaxThis"),
                PipelineSettings::coverageFloor, PipelineSettings::withCoverageFloor));
    }

    /** The coverage floor kept with the workbook; the rule of thumb when none was kept or it cannot be read. */
    private double savedCoverageFloor() {
        try {
            return workbook.setting(COVERAGE_FLOOR_SETTING).map(PipelineViewModel::floorOrNull)
                    .orElse(PipelineSettings.RULE_OF_THUMB_COVERAGE);
        } catch (WorkbookException e) {
            message.set(FileProblemText.of(e));
            return PipelineSettings.RULE_OF_THUMB_COVERAGE;
        }
    }

    private static Double floorOrNull(String text) {
        try {
            double floor = Double.parseDouble(text);
            return Double.isFinite(floor) && floor >= 0 ? floor : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Keeps the floor with the workbook; a read-only workbook keeps it for this session only. */
    private void saveCoverageFloor(double floor) {
        if (workbook.isReadOnly()) {
            return;
        }
        try {
            workbook.saveSetting(COVERAGE_FLOOR_SETTING, Double.toString(floor));
        } catch (WorkbookException e) {
            message.set(FileProblemText.of(e));
        }
    }

    static List<InputField<PipelineSettings>> smbFields() {
        return List.of(
                InputField.required("commitRate", UiText.text("pipeline.commitRate"), InputKind.PERCENT, UiText.text("pipeline.shareOfOpenCommit"),
                        PipelineSettings::commitRate, (s, v) -> s.withSmbRates(v, s.bestCaseRate(), s.pipelineRate(),
                                s.creationRate())),
                InputField.required("bestCaseRate", UiText.text("pipeline.bestCaseRate"), InputKind.PERCENT,
                        UiText.text("pipeline.shareOfOpenBest"), PipelineSettings::bestCaseRate,
                        (s, v) -> s.withSmbRates(s.commitRate(), v, s.pipelineRate(), s.creationRate())),
                InputField.required("pipelineRate", UiText.text("pipeline.pipelineRate"), InputKind.PERCENT,
                        UiText.text("pipeline.shareOfOpenPipeline"), PipelineSettings::pipelineRate,
                        (s, v) -> s.withSmbRates(s.commitRate(), s.bestCaseRate(), v, s.creationRate())),
                InputField.required("creationRate", UiText.text("pipeline.creationRate"), InputKind.PERCENT,
                        UiText.text("pipeline.shareOfPipelineStill"), PipelineSettings::creationRate,
                        (s, v) -> s.withSmbRates(s.commitRate(), s.bestCaseRate(), s.pipelineRate(), v)),
                InputField.required("expectedCreation", UiText.text("pipeline.expectedCreation"), InputKind.MONEY,
                        UiText.text("pipeline.pipelineExpectedToBe"),
                        PipelineSettings::expectedCreation, PipelineSettings::withExpectedCreation));
    }

    /** The deals datasets of the workbook, newest last, and its newest leads. */
    public void refreshDatasets() {
        try {
            datasets.setAll(workbook.datasets(Dataset.Kind.DEALS));
        } catch (WorkbookException e) {
            message.set(FileProblemText.of(e));
        }
        leadsData.refresh();
    }

    /** The sources of the imported leads, most leads first; the chosen one stays when the new leads have it. */
    private void showLeadSources(LeadData leads) {
        List<String> sources = leads == null ? List.of()
                : LeadFunnelAnalysis.analyse(leads, null, LeadGrouping.SOURCE).groups().stream()
                .map(GroupFunnel::name).toList();
        String chosen = leadSource.get();
        leadSources.setAll(sources);
        if (chosen != null && !sources.contains(chosen)) {
            leadSource.set(null); // recomputes
        } else {
            recompute();
        }
    }

    /**
     * Reads a dataset's deals through {@link Work} (off the FX thread in the app) and shows them; a failure is said in
     * the message.
     */
    public void open(Dataset chosen) {
        loading.set(true);
        work.run("load-deals", () -> load(workbook, chosen), read -> {
            loading.set(false);
            show(read);
        }, failure -> {
            loading.set(false);
            message.set(FileProblemText.of(failure));
        });
    }

    /** Reads an earlier import to compare with; one that cannot be read leaves the view as it was (it is optional). */
    public void compareWithImport(Dataset earlierImport) {
        if (earlierImport == null) {
            compareWith(null);
            return;
        }
        loading.set(true);
        work.run("load-earlier-deals", () -> load(workbook, earlierImport), read -> {
            loading.set(false);
            compareWith(read);
        }, failure -> loading.set(false));
    }

    /** Whether deals are being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The odds of the period and their backtest, read from this workbook through the same {@link Work}. */
    public OddsViewModel oddsViewModel() {
        return new OddsViewModel(workbook, work, formats);
    }

    /** Reads a dataset's deals (slow for a million: call it off the FX thread, then {@link #show}). */
    public static LoadedDeals load(Workbook workbook, Dataset dataset) throws WorkbookException {
        List<Deal> deals = new ArrayList<>((int) Math.min(dataset.rowCount(), Integer.MAX_VALUE - 8));
        workbook.readDeals(dataset.id(), deals::add);
        return new LoadedDeals(dataset, deals, workbook.stageSetup(dataset.id()), fileWarnings(dataset));
    }

    /** The kept import report's findings that warn; none where the report cannot be read (the deals still show). */
    private static List<Detection> fileWarnings(Dataset dataset) {
        try {
            return Detection.warningsAmong(DataImports.reportOf(dataset).detections());
        } catch (BadInputException e) {
            return List.of();
        }
    }

    /** Shows loaded deals: the periods they span, the busiest quarter, a target, the filter values. */
    public void show(LoadedDeals data) {
        deals = new ArrayList<>(data.deals());
        earlier.set(null);
        loaded.set(data);
        periods.setAll(periodChoices(deals));
        for (Dimension d : Dimension.values()) {
            TreeSet<String> values = new TreeSet<>();
            for (Deal deal : deals) {
                values.add(d.valueOf(deal));
            }
            dimensionValues.get(d).setAll(values);
        }
        stages.setAll(data.setup().stages().stream().map(s -> s.name()).toList());
        filter.set(DealFilter.all());
        Period busiest = busiestQuarter(deals);
        settings.set(settings.get().withTarget(suggestedTarget(deals, busiest)));
        if (busiest != null && busiest.equals(period.get())) {
            recompute();
        } else {
            period.set(busiest);
        }
    }

    /** Recalculates every figure for the period, filter and settings. */
    public void recompute() {
        LoadedDeals data = loaded.get();
        Period p = period.get();
        if (data == null || p == null) {
            result.set(null);
            warnings.set("");
            headlines.clear();
            dealsInPeriod.clear();
            diagnosis.clear();
            breakdowns.values().forEach(ObservableList::clear);
            return;
        }
        DealFilter f = filter.get();
        StageSetup setup = data.setup();
        PipelineAnalysis.Accumulator analysis = new PipelineAnalysis.Accumulator(setup, p, settings.get());
        List<DealRow> rows = new ArrayList<>();
        Predicate<Deal> matches = f.predicate(setup);
        boolean all = f.isAll();
        for (int i = 0; i < deals.size(); i++) {
            Deal deal = deals.get(i);
            if (!all && !matches.test(deal)) {
                continue;
            }
            analysis.accept(deal);
            if (p.contains(deal.closeDate()) || p.contains(deal.originalCloseDate())) {
                int stage = setup.indexOf(deal.stage());
                ForecastCategory category = setup.stages().get(stage).category();
                boolean counted = deal.outcome() == Outcome.WON
                        || (deal.outcome() == Outcome.OPEN && p.contains(deal.closeDate())
                        && stage >= setup.salIndex()
                        && settings.get().includes(deal, category));
                rows.add(new DealRow(i, deal, category, counted));
            }
        }
        PipelineResult r = analysis.result();
        LoadedDeals before = earlier.get();
        if (before != null) {
            List<Deal> earlierDeals = all ? before.deals()
                    : before.deals().stream().filter(f.predicate(before.setup())).toList();
            List<Deal> laterDeals = all ? deals : deals.stream().filter(matches).toList();
            changes.set(PipelineChanges.between(earlierDeals, laterDeals, setup, p));
        } else {
            changes.set(null);
        }
        result.set(r);
        List<String> shown = new ArrayList<>(r.warnings().stream().map(w -> "⚠ " + PipelineWarningText.of(w, formats)).toList());
        data.fileWarnings().forEach(d -> shown.add("⚠ " + DetectionText.of(d)));
        warnings.set(String.join("\n", shown));
        headlines.setAll(new PipelineHeadlines(formats, currency()).of(r));
        dealsInPeriod.setAll(rows);
        diagnosis.setAll(r.diagnosis());
        leadFunnel(r, rows);
        for (Dimension d : Dimension.values()) {
            List<BreakdownRow> breakdown = new ArrayList<>();
            r.breakdowns().get(d).forEach((value, rates) -> breakdown.add(new BreakdownRow(value, rates)));
            breakdowns.get(d).setAll(breakdown);
        }
    }

    /**
     * The lead funnel of the period: every step the imported leads have a column for, counted over the leads created
     * in the period (of the chosen source); else leads, MQLs and SQLs as marketing typed them, and SALs (deals at or
     * past the SAL stage due in the period) and won deals from the CRM; and, in reverse, what the target needs.
     */
    private void leadFunnel(PipelineResult r, List<DealRow> rows) {
        LoadedDeals data = loaded.get();
        long sals = rows.stream().filter(row -> periodProperty().get().contains(row.deal().closeDate())
                && data.setup().indexOf(row.deal().stage()) >= data.setup().salIndex()).count();
        long won = r.rates().won().count();
        LeadFunnel typed = marketing.get();
        long[] counts = {typed.leads(), typed.mqls(), typed.sqls(), sals, won};
        countOrigins.put(LeadStage.LEAD, UiText.text("pipeline.typedAbove"));
        countOrigins.put(LeadStage.MQL, UiText.text("pipeline.typedAbove"));
        countOrigins.put(LeadStage.SQL, UiText.text("pipeline.typedAbove"));
        countOrigins.put(LeadStage.SAL, UiText.text("pipeline.fromTheDealsOf"));
        countOrigins.put(LeadStage.WON, UiText.text("pipeline.fromTheDealsOf"));
        LeadData leads = leadsData.leadsProperty().get();
        boolean typing = true;
        if (leads != null) {
            List<StepCount> imported = importedCounts(leads, r.period());
            String origin = UiText.text("pipeline.fromLeadsCreatedIn", leadsData.datasetProperty().get().name(), (leadSource.get() == null ? "" : UiText.text("pipeline.withSource", leadSource.get())));
            typing = false;
            // Every step the import has a column for is counted from the leads, so the funnel compares one
            // population; a step it lacks is typed (lead, MQL, SQL) or taken from the deals (SAL, won).
            for (LeadStage step : LeadStage.values()) {
                Optional<StepCount> found = imported.stream().filter(c -> c.step() == step).findFirst();
                if (found.isPresent()) {
                    counts[step.ordinal()] = found.get().count();
                    countOrigins.put(step, origin);
                } else if (step.ordinal() <= LeadStage.SQL.ordinal()) {
                    typing = true;
                }
            }
        }
        typingNeeded.set(typing);
        LeadFunnel funnel = new LeadFunnel(counts[0], counts[1], counts[2], counts[3], counts[4]);
        leadSteps.setAll(funnel.steps());
        OptionalDouble closeRate = r.rates().closeRateByCount();
        OptionalDouble salRate = funnel.conversionInto(LeadStage.SAL);
        OptionalDouble sqlRate = funnel.conversionInto(LeadStage.SQL);
        OptionalDouble mqlRate = funnel.conversionInto(LeadStage.MQL);
        if (won == 0 || closeRate.isEmpty() || closeRate.getAsDouble() == 0 || salRate.isEmpty() || sqlRate.isEmpty()
                || mqlRate.isEmpty() || salRate.getAsDouble() == 0 || sqlRate.getAsDouble() == 0
                || mqlRate.getAsDouble() == 0 || salRate.getAsDouble() > 1 || sqlRate.getAsDouble() > 1
                || mqlRate.getAsDouble() > 1) {
            leadsNeeded.clear();
            return;
        }
        double averageDeal = r.rates().won().amount() / won;
        LeadsNeeded needed = LeadsNeeded.forTarget(r.target(), averageDeal, closeRate.getAsDouble(),
                salRate.getAsDouble(), sqlRate.getAsDouble(), mqlRate.getAsDouble());
        leadsNeeded.setAll(
                new Headline("wonNeeded", UiText.text("pipeline.wonDealsNeeded"), formats.number(Math.ceil(needed.wonDeals()), 0),
                        UiText.text("pipeline.targetAverageWonDeal", formats.number(r.target(), 0), formats.number(averageDeal, 0))),
                new Headline("salsNeeded", UiText.text("pipeline.salsNeeded"), formats.number(Math.ceil(needed.sals()), 0),
                        UiText.text("pipeline.wonDealsCloseRate", formats.percent(closeRate))),
                new Headline("sqlsNeeded", UiText.text("pipeline.sqlsNeeded"), formats.number(Math.ceil(needed.sqls()), 0),
                        UiText.text("pipeline.salsSqlSalRate", formats.percent(salRate))),
                new Headline("mqlsNeeded", UiText.text("pipeline.mqlsNeeded"), formats.number(Math.ceil(needed.mqls()), 0),
                        UiText.text("pipeline.sqlsMqlSqlRate", formats.percent(sqlRate))),
                new Headline("leadsNeeded", UiText.text("pipeline.leadsNeeded"), formats.number(Math.ceil(needed.leads()), 0),
                        UiText.text("pipeline.mqlsLeadMqlRate", formats.percent(mqlRate))));
    }

    /** The imported leads' counts at each step they have, for the period and the chosen source (all 0 if it has none). */
    private List<StepCount> importedCounts(LeadData leads, Period p) {
        LeadFunnelReport report = LeadFunnelAnalysis.analyse(leads, p, LeadGrouping.SOURCE);
        if (leadSource.get() == null) {
            return report.steps();
        }
        return report.groups().stream().filter(g -> g.name().equals(leadSource.get())).findFirst()
                .map(GroupFunnel::steps)
                .orElseGet(() -> leads.orderedSteps().stream().map(s -> new StepCount(s, 0,
                        OptionalDouble.empty(), OptionalDouble.empty())).toList());
    }

    /** Where the funnel's count at a step comes from, in words (the imported leads, typed, or the deals). */
    public String countOrigin(LeadStage step) {
        return countOrigins.getOrDefault(step, "");
    }

    /** The sources of the imported leads, most leads first; empty without a leads import. */
    public ObservableList<String> leadSources() {
        return leadSources;
    }

    /** The source whose leads the funnel counts; null for all of them. */
    public ObjectProperty<String> leadSourceProperty() {
        return leadSource;
    }

    /** Whether some of leads, MQLs and SQLs still have to be typed (no leads import, or one without the step). */
    public ReadOnlyBooleanProperty typingNeededProperty() {
        return typingNeeded.getReadOnlyProperty();
    }

    public LeadsData leadsData() {
        return leadsData;
    }

    /** Compares the shown deals with an earlier import of the same CRM (null: no comparison). */
    public void compareWith(LoadedDeals before) {
        earlier.set(before);
        recompute();
    }

    /** How the period's open pipeline changed since the earlier import; null without one. */
    public ReadOnlyObjectProperty<PipelineChanges> changesProperty() {
        return changes.getReadOnlyProperty();
    }

    public InputGridModel<LeadFunnel> leadGrid() {
        return leadGrid;
    }

    public ObservableList<LeadFunnel.Step> leadSteps() {
        return leadSteps;
    }

    /** What the target needs at each step of the funnel; empty until every conversion is known. */
    public ObservableList<Headline> leadsNeeded() {
        return leadsNeeded;
    }

    /** Counts a deal in the forecast or leaves it out (null: its category decides); stored and undoable. */
    public void setInclude(DealRow row, Boolean include) {
        Deal before = deals.get(row.index());
        Boolean previous = before.include();
        if (Objects.equals(previous, include)) {
            return;
        }
        if (apply(row.index(), include)) {
            history.done(new EditHistory.Edit() {
                @Override
                public String description() {
                    return UiText.text("pipeline.forecastSwitchOf", before.id());
                }

                @Override
                public void undo() {
                    apply(row.index(), previous);
                }

                @Override
                public void redo() {
                    apply(row.index(), include);
                }
            });
        }
    }

    private boolean apply(int index, Boolean include) {
        LoadedDeals data = loaded.get();
        try {
            workbook.setDealInclude(data.dataset().id(), index, include);
        } catch (WorkbookException e) {
            message.set(FileProblemText.of(e));
            return false;
        }
        deals.set(index, deals.get(index).withInclude(include));
        message.set(null);
        recompute();
        return true;
    }

    public ObservableList<Dataset> datasets() {
        return datasets;
    }

    public ReadOnlyObjectProperty<LoadedDeals> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The period as the view's picker shows and edits it. */
    public PeriodPickerModel periodPicker() {
        return periodPicker;
    }

    public ObservableList<PeriodChoice> periods() {
        return periods;
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public ObjectProperty<DealFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<PipelineSettings> settingsProperty() {
        return settings;
    }

    public ObservableList<String> values(Dimension dimension) {
        return dimensionValues.get(dimension);
    }

    public ObservableList<String> stages() {
        return stages;
    }

    public ReadOnlyObjectProperty<PipelineResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<Headline> headlines() {
        return headlines;
    }

    public ObservableList<DealRow> dealsInPeriod() {
        return dealsInPeriod;
    }

    public ObservableList<DiagnosisFinding> diagnosis() {
        return diagnosis;
    }

    public ObservableList<BreakdownRow> breakdown(Dimension dimension) {
        return breakdowns.get(dimension);
    }

    public InputGridModel<PipelineSettings> smbGrid() {
        return smbGrid;
    }

    public InputGridModel<PipelineSettings> coverageGrid() {
        return coverageGrid;
    }

    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public FigureFormatter formats() {
        return formats;
    }

    /** The workbook's currency (deals carry plain amounts). */
    public String currency() {
        return workbook.currencyOrDefault();
    }

    /** Sets the target from text the user typed; false (with a message) when it is not a positive amount. */
    public boolean setTarget(String text, Locale locale) {
        try {
            settings.set(settings.get().withTarget(InputKind.MONEY.parse(text, locale)));
            message.set(null);
            return true;
        } catch (InvalidInputException e) {
            message.set(InvalidInputText.of(UiText.text("pipeline.target"), InputKind.MONEY, locale, e));
            return false;
        } catch (IllegalArgumentException e) {
            message.set(UiText.text("pipeline.target2", e.getMessage()));
            return false;
        }
    }

    public void setMotion(SalesMotion motion) {
        settings.set(settings.get().withMotion(motion));
    }

    /** Every quarter the deals close in, then every month (open deals without a close date are in none). */
    static List<PeriodChoice> periodChoices(List<Deal> deals) {
        TreeSet<Integer> quarters = new TreeSet<>();
        TreeSet<YearMonth> months = new TreeSet<>();
        for (Deal deal : deals) {
            if (deal.closeDate() == null) {
                continue;
            }
            quarters.add(deal.closeDate().getYear() * 4 + (deal.closeDate().getMonthValue() - 1) / 3);
            months.add(YearMonth.from(deal.closeDate()));
        }
        List<PeriodChoice> choices = new ArrayList<>();
        for (int q : quarters) {
            choices.add(new PeriodChoice(quarterLabel(q), quarter(q)));
        }
        for (YearMonth month : months) {
            choices.add(new PeriodChoice(month.toString(), new Period(month.atDay(1), month.atEndOfMonth())));
        }
        return choices;
    }

    /** A custom period; false (with a message) when it ends before it starts. */
    public boolean setCustomPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return false;
        }
        try {
            period.set(new Period(from, to));
            message.set(null);
            return true;
        } catch (InvalidInputException e) {
            message.set(InvalidInputText.of(UiText.text("pipeline.period"), e));
            return false;
        }
    }

    private static Period quarter(int index) {
        LocalDate start = LocalDate.of(index / 4, (index % 4) * 3 + 1, 1);
        return new Period(start, start.plusMonths(3).minusDays(1));
    }

    private static String quarterLabel(int index) {
        return (index / 4) + " Q" + (index % 4 + 1);
    }

    /** The quarter in which most deals closed (won or lost), for a first look. */
    static Period busiestQuarter(List<Deal> deals) {
        Map<Integer, Integer> closed = new HashMap<>();
        for (Deal deal : deals) {
            if (deal.outcome().isClosed()) {
                closed.merge(deal.closeDate().getYear() * 4 + (deal.closeDate().getMonthValue() - 1) / 3, 1, Integer::sum);
            }
        }
        return closed.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> quarter(e.getKey())).orElse(deals.stream().map(Deal::closeDate).filter(d -> d != null)
                        .findFirst().map(d -> quarter(d.getYear() * 4 + (d.getMonthValue() - 1) / 3)).orElse(null));
    }

    /**
     * A first target, to be replaced by the user's: a third of what is due to close in the period (what the 3×
     * rule of thumb would cover), rounded to two significant digits.
     */
    static double suggestedTarget(List<Deal> deals, Period period) {
        double due = 0;
        for (Deal deal : deals) {
            if (period != null && period.contains(deal.closeDate())) {
                due += deal.amount();
            }
        }
        if (due <= 0) {
            return 1_000_000;
        }
        double third = due / 3;
        double scale = Math.pow(10, Math.floor(Math.log10(third)) - 1);
        return Math.max(1, Math.round(third / scale) * scale);
    }
}
