package dev.hourglass.ui.accounts;

import dev.hourglass.app.WorkbookAccounts;
import dev.hourglass.io.export.TableCsv;
import dev.hourglass.io.json.HealthSettingsJson;
import dev.hourglass.model.accounts.Account;
import dev.hourglass.model.accounts.AccountsModel;
import dev.hourglass.model.accounts.ChurnProbability;
import dev.hourglass.model.accounts.ExpansionTarget;
import dev.hourglass.model.accounts.HealthSettings;
import dev.hourglass.model.accounts.Indicator;
import dev.hourglass.model.accounts.MissingIndicators;
import dev.hourglass.model.accounts.PointInTime;
import dev.hourglass.model.accounts.Reason;
import dev.hourglass.model.accounts.RenewalPeriod;
import dev.hourglass.model.accounts.RenewalPredictor;
import dev.hourglass.model.accounts.RenewalRisk;
import dev.hourglass.model.accounts.RiskBand;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.retention.RetentionInputs;
import dev.hourglass.model.retention.RetentionProgramInputs;
import dev.hourglass.model.retention.RetentionRates;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.ui.common.FileProblemText;
import dev.hourglass.ui.common.Headline;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.ValueText;
import dev.hourglass.ui.common.Work;
import dev.hourglass.ui.session.AccountsData;
import dev.hourglass.ui.session.SelectedScenario;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Customer health (metrics.md §7): every account scored with its band and reasons, the weights and band limits
 * editable with live re-scoring, the renewal-risk pipeline by quarter, which indicator predicts renewal, the
 * expansion targets, the red/yellow list for customer success, and two undoable tie-ins to the selected scenario:
 * its GRR from the pipeline, and its retention programme's customers at risk from the red band.
 */
public final class AccountsHealthViewModel {
    /** Which accounts the table shows: current customers by band, or the ones that already left. */
    public enum Show {
        ALL("accounts.show.all"), AT_RISK("accounts.show.atRisk"), RED("accounts.show.red"), YELLOW("accounts.show.yellow"),
        GREEN("accounts.show.green"), CHURNED("accounts.show.churned");

        private final String label;

        Show(String label) {
            this.label = label;
        }

        boolean includes(Account account, RiskBand band) {
            if (this == CHURNED || account.churned()) {
                return this == CHURNED && account.churned();
            }
            return switch (this) {
                case ALL, CHURNED -> true;
                case AT_RISK -> band == RiskBand.RED || band == RiskBand.YELLOW;
                case RED -> band == RiskBand.RED;
                case YELLOW -> band == RiskBand.YELLOW;
                case GREEN -> band == RiskBand.GREEN;
            };
        }

        @Override
        public String toString() {
            return UiText.text(label);
        }
    }

    /** One account in the table: its place in the analysis, its score (NaN without one) and band. */
    public record Row(int index, Account account, double score, RiskBand band) {
    }

    /** One change a tie-in would make to the scenario: the input, its value now and the value it would take. */
    public record Change(String input, String now, String then) {
    }

    private final AccountsData data;
    private final Work work;
    private final SelectedScenario selected;
    private final FigureFormatter formats;
    private final ObjectProperty<HealthSettings> settings = new SimpleObjectProperty<>(HealthSettings.defaults());
    private final ObjectProperty<Show> show = new SimpleObjectProperty<>(Show.ALL);
    private final ReadOnlyObjectWrapper<AccountsModel> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RenewalRisk> renewalRisk = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Headline> headlines = FXCollections.observableArrayList();
    private final ObservableList<RenewalPredictor> predictors = FXCollections.observableArrayList();
    private final ObservableList<ExpansionTarget> expansionTargets = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");

    /** The workbook setting that keeps the health score's settings. */
    static final String SETTINGS_KEY = HealthSettingsJson.WORKBOOK_SETTING;

    public AccountsHealthViewModel(AccountsData data, SelectedScenario selected, FigureFormatter formats) {
        this(data, selected, formats, Work.NOW);
    }

    /** @param work where the first analysis of newly read accounts runs (in the background in the app) */
    public AccountsHealthViewModel(AccountsData data, SelectedScenario selected, FigureFormatter formats, Work work) {
        this.work = work;
        this.data = data;
        this.selected = selected;
        this.formats = formats;
        try {
            settings.set(WorkbookAccounts.settings(data.savedSettings(SETTINGS_KEY)));
        } catch (IllegalArgumentException unreadable) {
            settings.set(HealthSettings.defaults()); // a damaged setting must not keep the view from opening
        }
        data.snapshotProperty().addListener((obs, old, now) -> rebuild(now));
        settings.addListener((obs, old, now) -> rescore(!old.predictorThresholds().equals(now.predictorThresholds())));
        show.addListener((obs, old, now) -> fillRows());
        selected.onChange(this::fillHeadlines);
        rebuild(data.snapshotProperty().get());
    }

    /**
     * Scores newly read accounts, or the same as of another date; with 200,000 the first analysis takes half a
     * second, so it runs as {@link Work}.
     */
    private void rebuild(AccountsData.Snapshot snapshot) {
        if (snapshot.accounts().isEmpty()) {
            model.set(null);
            clear();
            return;
        }
        HealthSettings at = settings.get();
        work.run("score-accounts", () -> {
            AccountsModel m = AccountsModel.of(snapshot.accounts(), at, Map.of(), Map.of(), 0.8, snapshot.asOf());
            return new Object[] {m, m.predictors()};
        }, result -> {
            if (!snapshot.equals(data.snapshotProperty().get())) {
                return; // other accounts or another date arrived meanwhile; their own analysis follows
            }
            AccountsModel m = (AccountsModel) result[0];
            model.set(settings.get().equals(at) ? m : m.withSettings(settings.get()));
            @SuppressWarnings("unchecked")
            List<RenewalPredictor> first = (List<RenewalPredictor>) result[1];
            predictors.setAll(settings.get().equals(at) ? first : model.get().predictors());
            refresh();
        }, failure -> data.report(UiText.text("accounts.theAccountsCouldNot", FileProblemText.of(failure))));
    }



    /** @param predictorsToo the predictor table depends on the thresholds only, not on weights or bands */
    private void rescore(boolean predictorsToo) {
        if (model.get() != null) {
            model.set(model.get().withSettings(settings.get()));
            if (predictorsToo) {
                predictors.setAll(model.get().predictors());
            }
            refresh();
        }
    }

    private void refresh() {
        AccountsModel m = model.get();
        renewalRisk.set(m.renewalRisk());
        expansionTargets.setAll(m.expansionTargets());
        List<String> warnings = new ArrayList<>(m.missingIndicators().stream().map(MissingIndicators::explain).toList());
        if (!m.impossibleValues().isEmpty()) {
            warnings.add(m.impossibleValues().explain());
        }
        if (m.startedLater() > 0) {
            warnings.add(PointInTime.explainStartedLater(m.startedLater(), m.asOf()));
        }
        warning.set(String.join("\n", warnings.stream().map(text -> text + ".").toList()));
        fillRows();
        fillHeadlines();
    }

    private void clear() {
        rows.clear();
        headlines.clear();
        predictors.clear();
        expansionTargets.clear();
        renewalRisk.set(null);
        warning.set("");
    }

    private void fillRows() {
        AccountsModel m = model.get();
        if (m == null) {
            return;
        }
        List<Row> shown = new ArrayList<>();
        for (int i = 0; i < m.accounts().size(); i++) {
            RiskBand band = m.scores().band(i);
            if (show.get().includes(m.accounts().get(i), band)) {
                shown.add(new Row(i, m.accounts().get(i), m.scores().score(i).orElse(Double.NaN), band));
            }
        }
        rows.setAll(shown);
    }

    private void fillHeadlines() {
        AccountsModel m = model.get();
        if (m == null) {
            return;
        }
        String currency = selected.currency();
        var bands = m.bands();
        Map<RiskBand, Integer> customers = customersByBand();
        RenewalRisk risk = renewalRisk.get();
        List<Headline> list = new ArrayList<>();
        for (RiskBand band : List.of(RiskBand.RED, RiskBand.YELLOW, RiskBand.GREEN)) {
            list.add(new Headline(band.name().toLowerCase(Locale.ROOT) + "Band", ValueText.of(band) + " · "
                    + formats.number(customers.get(band), 0) + (customers.get(band) == 1 ? UiText.text("accounts.customer") : UiText.text("accounts.customers")),
                    formats.moneyCompact(bands.arr().get(band), currency),
                    UiText.text("accounts.scoreCurrentCustomersNot", ValueText.of(band), bandRange(band))));
        }
        list.add(new Headline("expectedGrr", UiText.text("accounts.expectedGrr"), formats.percent(risk.expectedGrr()),
                UiText.text("accounts.1ExpectedChurnedArr", formats.money(risk.expectedChurnedArr(), currency), formats.money(risk.pipelineArr(), currency))));
        list.add(new Headline("expectedChurnedArr", UiText.text("accounts.expectedChurnedArr"), formats.moneyCompact(risk.expectedChurnedArr(),
                currency), UiText.text("accounts.overOpenRenewalsOf", risk.accounts(), probabilities(risk))));
        headlines.setAll(list);
    }

    /** Current customers (not churned) per band: who can still be helped. */
    public Map<RiskBand, Integer> customersByBand() {
        Map<RiskBand, Integer> counts = new EnumMap<>(RiskBand.class);
        for (RiskBand band : RiskBand.values()) {
            counts.put(band, 0);
        }
        AccountsModel m = model.get();
        if (m != null) {
            for (int i = 0; i < m.accounts().size(); i++) {
                if (!m.accounts().get(i).churned()) {
                    counts.merge(m.scores().band(i), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private String bandRange(RiskBand band) {
        HealthSettings s = settings.get();
        return switch (band) {
            case GREEN -> "≥ " + formats.number(s.greenFrom(), 1);
            case YELLOW -> UiText.text("accounts.toBelow", formats.number(s.yellowFrom(), 1), formats.number(s.greenFrom(), 1));
            case RED -> UiText.text("accounts.below", formats.number(s.yellowFrom(), 1));
            case UNSCORED -> UiText.text("accounts.noneNoWeightedIndicator");
        };
    }

    /** "red 52.7 % (measured over 1,005), yellow …". */
    public String probabilities(RenewalRisk risk) {
        List<String> parts = new ArrayList<>();
        for (RiskBand band : List.of(RiskBand.RED, RiskBand.YELLOW, RiskBand.GREEN)) {
            ChurnProbability p = risk.churnProbabilities().get(band);
            parts.add(ValueText.of(band).toLowerCase(UiText.language()) + " " + formats.percent(p.probability())
                    + (p.measured() ? UiText.text("accounts.measuredOfDidNot", p.notRenewed(), p.knownOutcomes())
                    : UiText.text("accounts.aSettingOnlyKnown", p.knownOutcomes())));
        }
        return String.join(", ", parts);
    }

    /** The reasons of one shown account, most points first. */
    public List<Reason> reasons(Row row) {
        return model.get() == null ? List.of() : model.get().scoredAccount(row.index()).reasons();
    }

    /** The indicators left out of one account's score because they are unknown. */
    public String missing(Row row) {
        var missing = model.get() == null ? Set.<Indicator>of() : model.get().scoredAccount(row.index()).missing();
        return missing.isEmpty() ? "" : UiText.text("accounts.unknownLeftOutThe", String.join(", ", missing.stream().sorted().map(ValueText::of).toList()));
    }

    /** @return false when refused: every weight would be 0 */
    public boolean setWeight(Indicator indicator, double weight) {
        HealthSettings s = settings.get();
        if (s.weight(indicator) == weight) {
            return true;
        }
        boolean anyOther = Arrays.stream(Indicator.values()).anyMatch(i -> i != indicator && s.weight(i) > 0);
        if (!(weight >= 0) || weight == 0 && !anyOther) {
            return false;
        }
        settings.set(s.withWeight(indicator, weight));
        return true;
    }

    /** @return false when refused: yellow would start above green */
    public boolean setBands(double greenFrom, double yellowFrom) {
        if (!(yellowFrom <= greenFrom)) {
            return false;
        }
        settings.set(settings.get().withBands(greenFrom, yellowFrom));
        return true;
    }

    /** @return false when refused: half-score days below full-score days */
    public boolean setScoring(int activationFull, int activationHalf, int firstValueFull, int firstValueHalf,
                              double ticketsAtZero, int stakeholders) {
        if (activationHalf < activationFull || firstValueHalf < firstValueFull) {
            return false;
        }
        settings.set(settings.get().withScoring(activationFull, activationHalf, firstValueFull, firstValueHalf,
                ticketsAtZero, stakeholders));
        return true;
    }

    /** @return false when refused: a value the indicator cannot be judged against */
    public boolean setPredictorThreshold(Indicator indicator, double value) {
        try {
            settings.set(settings.get().withPredictorThreshold(indicator, value));
            return true;
        } catch (IllegalArgumentException refused) {
            return false;
        }
    }

    /** @return false when refused: a share outside 0–1 */
    public boolean setExpansion(double seatFrom, double adoptionFrom) {
        try {
            settings.set(settings.get().withExpansion(seatFrom, adoptionFrom));
            return true;
        } catch (IllegalArgumentException refused) {
            return false;
        }
    }

    /** @return false when refused: a negative count */
    public boolean setMinimumOutcomes(int minimum) {
        try {
            settings.set(settings.get().withMinimumOutcomes(minimum));
            return true;
        } catch (IllegalArgumentException refused) {
            return false;
        }
    }

    /** The date every figure is as of: the newest date of the data until the user picks another (shared by views). */
    public ObjectProperty<LocalDate> asOfProperty() {
        return data.asOfProperty();
    }

    /** Keeps the settings with the workbook (the controller calls this once the user pauses). */
    public void saveSettings() {
        data.saveSettings(SETTINGS_KEY, HealthSettingsJson.toJson(settings.get()));
    }

    public void resetSettings() {
        settings.set(HealthSettings.defaults());
    }

    // Tie-ins to the selected scenario

    /** What taking the expected GRR would change in the scenario's retention; empty when it cannot be done. */
    public List<Change> previewGrr() {
        Scenario scenario = selected.get();
        RenewalRisk risk = renewalRisk.get();
        if (scenario == null || risk == null || risk.expectedGrr().isEmpty() || scenario.retention().isEmpty()) {
            return List.of();
        }
        RetentionRates now = scenario.retention().get().rates();
        RetentionRates then = withGrr(now, risk.expectedGrr().getAsDouble());
        return List.of(new Change(UiText.text("accounts.retentionGrr"), formats.percent(now.grr()), formats.percent(then.grr())),
                new Change(UiText.text("accounts.retentionNrrExpansionKept"), formats.percent(now.nrr()), formats.percent(then.nrr())));
    }

    /** GRR/NRR form: GRR set, expansion kept. Component form: churn set so GRR is reached, contraction and expansion kept. */
    static RetentionRates withGrr(RetentionRates now, double grr) {
        if (now instanceof RetentionRates.GrrNrr) {
            return new RetentionRates.GrrNrr(grr, grr + now.expansionRate());
        }
        double churn = Math.max(0, 1 - grr - now.contractionRate());
        return new RetentionRates.Components(churn, now.contractionRate(), now.expansionRate());
    }

    public void applyGrr() {
        RenewalRisk risk = renewalRisk.get();
        if (previewGrr().isEmpty()) {
            return;
        }
        double grr = risk.expectedGrr().getAsDouble();
        selected.edit(s -> {
            RetentionInputs r = s.retention().orElseThrow();
            return s.withRetention(r.withRates(withGrr(r.rates(), grr)));
        }, UiText.text("accounts.grrFromTheRenewal"));
    }

    /** What taking the red band into the retention programme would change; empty when it cannot be done. */
    public List<Change> previewAtRisk() {
        Optional<RetentionProgramInputs> then = programmeFromRedBand();
        Scenario scenario = selected.get();
        if (then.isEmpty()) {
            return List.of();
        }
        RetentionProgramInputs now = scenario.retentionProgram().get();
        String currency = selected.currency();
        return List.of(new Change(UiText.text("accounts.programmeCustomers"), formats.number(now.customers(), 0),
                        formats.number(then.get().customers(), 0)),
                new Change(UiText.text("accounts.programmeAcv"), formats.money(now.acv(), currency), formats.money(then.get().acv(), currency)),
                new Change(UiText.text("accounts.programmeChurnNow"), formats.percent(now.churnNow()), formats.percent(then.get().churnNow())),
                new Change(UiText.text("accounts.programmeChurnTargetReduction"), formats.percent(now.churnTarget()),
                        formats.percent(then.get().churnTarget())));
    }

    /**
     * The red band as the programme's customers at risk: their number, their mean ARR as ACV, and the red band's
     * churn probability as churn now, with the planned reduction in points kept.
     */
    private Optional<RetentionProgramInputs> programmeFromRedBand() {
        Scenario scenario = selected.get();
        AccountsModel m = model.get();
        if (scenario == null || m == null || scenario.retentionProgram().isEmpty()) {
            return Optional.empty();
        }
        int red = customersByBand().get(RiskBand.RED);
        if (red == 0) {
            return Optional.empty();
        }
        double acv = m.bands().arr().get(RiskBand.RED) / red;
        double churnNow = renewalRisk.get().churnProbabilities().get(RiskBand.RED).probability();
        RetentionProgramInputs now = scenario.retentionProgram().get();
        double target = Math.max(0, churnNow - (now.churnNow() - now.churnTarget()));
        return Optional.of(new RetentionProgramInputs(red, acv, now.grossMargin(), churnNow, target, now.programCost()));
    }

    public void applyAtRisk() {
        Optional<RetentionProgramInputs> then = programmeFromRedBand();
        then.ifPresent(p -> selected.edit(s -> s.withRetentionProgram(p), UiText.text("edit.programmeFromRedBand")));
    }

    /** Writes the red and yellow accounts, most at risk first, for the customer-success team. */
    public long exportAtRisk(Path file) throws IOException {
        AccountsModel m = model.get();
        List<List<String>> lines = new ArrayList<>();
        if (m != null) {
            List<Row> atRisk = new ArrayList<>();
            for (int i = 0; i < m.accounts().size(); i++) {
                if (Show.AT_RISK.includes(m.accounts().get(i), m.scores().band(i))) {
                    atRisk.add(new Row(i, m.accounts().get(i), m.scores().score(i).orElse(Double.NaN), m.scores().band(i)));
                }
            }
            atRisk.sort(Comparator.comparingDouble(Row::score));
            for (Row row : atRisk) {
                Account a = row.account();
                lines.add(List.of(a.account(), ValueText.of(row.band()), formats.number(row.score(), 1),
                        formats.number(a.arrNow(), 0), a.renewalDate().map(Object::toString).orElse(""), a.source(),
                        a.campaign(), String.join("; ", m.scoredAccount(row.index()).reasons().stream()
                                .map(r -> HealthText.reason(r, formats)).toList())));
            }
        }
        TableCsv.write(List.of(UiText.text("accounts.account"), UiText.text("accounts.band"), UiText.text("accounts.score"), UiText.text("accounts.arrNow"), UiText.text("accounts.renewalDate"), UiText.text("accounts.source"), UiText.text("accounts.campaign"), UiText.text("accounts.reasons")),
                lines, file);
        return lines.size();
    }

    public ObjectProperty<HealthSettings> settingsProperty() {
        return settings;
    }

    public ObjectProperty<Show> showProperty() {
        return show;
    }

    public ReadOnlyObjectProperty<AccountsModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** What the data lacks, one sentence per indicator no account has ("The file has no daysToActivation column: …"). */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RenewalRisk> renewalRiskProperty() {
        return renewalRisk.getReadOnlyProperty();
    }

    public List<RenewalPeriod> quarters() {
        return renewalRisk.get() == null ? List.of() : renewalRisk.get().byQuarter();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<Headline> headlines() {
        return headlines;
    }

    public ObservableList<RenewalPredictor> predictors() {
        return predictors;
    }

    public ObservableList<ExpansionTarget> expansionTargets() {
        return expansionTargets;
    }

    public AccountsData data() {
        return data;
    }

    public FigureFormatter formats() {
        return formats;
    }

    public String currency() {
        return selected.currency();
    }
}
