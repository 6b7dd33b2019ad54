package dev.hourglass.ui.acquisition;

import dev.hourglass.model.Ratios;
import dev.hourglass.model.accounts.Account;
import dev.hourglass.model.accounts.GroupOutcome;
import dev.hourglass.model.accounts.GroupOutcomes;
import dev.hourglass.model.accounts.PointInTime;
import dev.hourglass.model.channels.ChannelInputs;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.leads.GroupFunnel;
import dev.hourglass.model.leads.LeadData;
import dev.hourglass.model.leads.LeadFunnelAnalysis;
import dev.hourglass.model.leads.LeadGrouping;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.ui.common.Headline;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.session.AccountsData;
import dev.hourglass.ui.session.LeadsData;
import dev.hourglass.ui.session.SelectedScenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Acquisition value (metrics.md §7 "Outcomes by source / campaign", seed 004): each acquisition source or campaign
 * judged by what its customers did after the purchase — activation, adoption, retention, NRR — and by LTV:CAC, with
 * the spend taken from the selected scenario's channels of the same name. One action writes the measured retention,
 * expansion and ACV back into those channels.
 */
public final class AcquisitionViewModel {
    /** What the accounts are grouped by. */
    public enum Grouping {
        CAMPAIGN("acquisition.grouping.campaign", "acquisition.grouping.campaignWord"),
        SOURCE("acquisition.grouping.source", "acquisition.grouping.sourceWord");

        private final String title;
        private final String word;

        Grouping(String title, String word) {
            this.title = title;
            this.word = word;
        }

        public String title() {
            return UiText.text(title);
        }

        public String word() {
            return UiText.text(word);
        }
    }

    /** A column of the outcomes table: its value with units, and the formula with its numbers (null for none). */
    public record Column(String id, String title, Function<GroupOutcome, String> value,
                         Function<GroupOutcome, String> formula, boolean numeric) {
    }

    /** One group placed on the CAC-against-LTV chart. */
    public record Point(String group, double cac, double ltv, double ltvToCac, String tooltip) {
    }

    /** One channel input the measured figures would change. */
    public record Change(String channel, String input, double now, double measured, String text) {
    }

    /**
     * A channel's cost per lead: its spend ÷ the imported leads whose campaign (else source) has the channel's name;
     * "no data" when no leads have that name.
     */
    public record CostPerLead(String channel, double spend, long leads, OptionalDouble costPerLead, String formula) {
    }

    /** Gross margin for LTV when the scenario has no unit economics. */
    public static final double DEFAULT_GROSS_MARGIN = 0.8;

    /** The guide line of the chart: LTV = 3 × CAC, the usual bar for a healthy channel. */
    public static final double GOOD_RATIO = 3;

    private final AccountsData accounts;
    private final SelectedScenario selected;
    private final FigureFormatter formats;
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.CAMPAIGN);
    private final ObservableList<GroupOutcome> rows = FXCollections.observableArrayList();
    private final ObservableList<Point> points = FXCollections.observableArrayList();
    private final ObservableList<Headline> headlines = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasAccounts = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper hints = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notPlotted = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper retentionNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUseRetention = new ReadOnlyBooleanWrapper();
    private final List<Column> columns;
    private final LeadsData leads;
    private final ObservableList<CostPerLead> costsPerLead = FXCollections.observableArrayList();
    private List<GroupOutcome> bySource = List.of();
    private List<GroupOutcome> byCampaign = List.of();
    private Map<String, ChannelInputs> channels = Map.of();
    private double grossMargin = DEFAULT_GROSS_MARGIN;
    private LocalDate asOf = LocalDate.now();
    private String currency = Scenario.DEFAULT_CURRENCY;

    /** Without marketing leads: no cost per lead. */
    public AcquisitionViewModel(AccountsData accounts, SelectedScenario selected, FigureFormatter formats) {
        this(accounts, selected, formats, null);
    }

    /** @param leads the workbook's imported leads, for each channel's cost per lead; null for none */
    public AcquisitionViewModel(AccountsData accounts, SelectedScenario selected, FigureFormatter formats,
                                LeadsData leads) {
        this.accounts = accounts;
        this.leads = leads;
        this.selected = selected;
        this.formats = formats;
        this.columns = buildColumns();
        accounts.snapshotProperty().addListener((obs, old, now) -> recompute());
        if (leads != null) {
            leads.leadsProperty().addListener((obs, old, now) -> recompute());
        }
        selected.onChange(this::recompute);
        grouping.addListener((obs, old, now) -> show());
        recompute();
    }

    /** Reads the workbook's accounts the first time the view is shown, unless another view already did. */
    public void showFirstTime() {
        if (accounts.chosenProperty().get() == null && accounts.accountsProperty().get().isEmpty()
                && !accounts.loadingProperty().get()) {
            accounts.refreshDatasets();
        }
    }

    /** What the outcomes were last grouped from. */
    private AccountsData.Snapshot grouped;
    private Map<String, Double> groupedSpend = Map.of();
    private double groupedMargin = Double.NaN;
    private int startedLater;

    private void recompute() {
        AccountsData.Snapshot snapshot = accounts.snapshotProperty().get();
        List<Account> list = snapshot.accounts();
        Scenario scenario = selected.get();
        currency = selected.currency();
        channels = new LinkedHashMap<>();
        if (scenario != null) {
            for (ChannelInputs c : scenario.channels().orElse(List.of())) {
                channels.putIfAbsent(c.name(), c);
            }
        }
        grossMargin = scenario == null ? DEFAULT_GROSS_MARGIN
                : scenario.unitEconomics().map(u -> u.grossMargin()).orElse(DEFAULT_GROSS_MARGIN);
        Map<String, Double> spend = new LinkedHashMap<>();
        channels.forEach((name, c) -> spend.put(name, c.spend()));
        if (list == null || list.isEmpty()) {
            bySource = List.of();
            byCampaign = List.of();
        } else if (!snapshot.equals(grouped) || !spend.equals(groupedSpend) || grossMargin != groupedMargin) {
            // Edits elsewhere in the scenario change none of this: 200,000 accounts regrouped cost ~70 ms a keystroke.
            asOf = snapshot.asOf();
            PointInTime known = PointInTime.of(list, asOf);
            startedLater = known.startedLater();
            bySource = GroupOutcomes.bySource(known.accounts(), spend, grossMargin, asOf);
            byCampaign = GroupOutcomes.byCampaign(known.accounts(), spend, grossMargin, asOf);
            grouped = snapshot;
            groupedSpend = spend;
            groupedMargin = grossMargin;
        }
        hasAccounts.set(list != null && !list.isEmpty());
        costsPerLead.setAll(measuredCostsPerLead());
        show();
        List<Change> changes = retentionChanges();
        canUseRetention.set(!changes.isEmpty());
        retentionNote.set(changes.isEmpty() ? whyNoRetentionChange() : "");
    }

    /** Each channel of the selected scenario with its cost per lead; empty without imported leads. */
    private List<CostPerLead> measuredCostsPerLead() {
        LeadData data = leads == null ? null : leads.leadsProperty().get();
        if (data == null || channels.isEmpty()) {
            return List.of();
        }
        Map<String, Long> byCampaign = leadCounts(data, LeadGrouping.CAMPAIGN);
        Map<String, Long> bySource = leadCounts(data, LeadGrouping.SOURCE);
        String file = leads.datasetProperty().get().name();
        List<CostPerLead> costs = new ArrayList<>();
        for (ChannelInputs c : channels.values()) {
            String word = byCampaign.containsKey(c.name()) ? "campaign" : "source";
            Long count = byCampaign.containsKey(c.name()) ? byCampaign.get(c.name()) : bySource.get(c.name());
            if (count == null) {
                costs.add(new CostPerLead(c.name(), c.spend(), 0, OptionalDouble.empty(), UiText.text("acquisition.noLeadOfHas", file, c.name())));
            } else {
                OptionalDouble cost = Ratios.ratio(c.spend(), count);
                costs.add(new CostPerLead(c.name(), c.spend(), count, cost, UiText.text("acquisition.costPerLeadSpend", word, c.name(), file, money(c.spend()), count(count))));
            }
        }
        return costs;
    }

    private static Map<String, Long> leadCounts(LeadData data, LeadGrouping grouping) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (GroupFunnel g : LeadFunnelAnalysis.analyse(data, null, grouping).groups()) {
            counts.put(g.name(), g.leads());
        }
        return counts;
    }

    /** Each channel's spend ÷ its leads; empty when the workbook has no leads or the scenario no channels. */
    public ObservableList<CostPerLead> costsPerLead() {
        return costsPerLead;
    }

    /** Fills the table, chart and cards of the chosen grouping. */
    private void show() {
        List<GroupOutcome> shown = outcomes(grouping.get());
        String word = grouping.get().word();
        List<String> unmatched = shown.stream().filter(o -> o.cac().isEmpty()).map(o -> name(o.group())).toList();
        List<String> notes = new ArrayList<>();
        if (hasAccounts.get() && selected.get() != null && channels.isEmpty()) {
            notes.add(UiText.text("acquisition.thisScenarioHasNo"));
        } else if (!unmatched.isEmpty() && hasAccounts.get()) {
            notes.add(UiText.text("acquisition.noCacForThe", String.join(", ", unmatched), unmatched.get(0)));
        }
        mismatches(shown).ifPresent(notes::add);
        if (startedLater > 0 && hasAccounts.get()) {
            notes.add(PointInTime.explainStartedLater(startedLater, asOf) + ".");
        }
        hints.set(String.join("\n", notes));
        List<Point> placed = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (GroupOutcome o : shown) {
            if (o.cac().isPresent() && o.ltv().isPresent() && o.ltvToCac().isPresent()) {
                placed.add(new Point(name(o.group()), o.cac().getAsDouble(), o.ltv().getAsDouble(),
                        o.ltvToCac().getAsDouble(), UiText.text("acquisition.ncacLtvNltvCac", name(o.group()), money(o.cac()), money(o.ltv()), formats.multiple(o.ltvToCac()))));
            } else {
                left.add(name(o.group()));
            }
        }
        notPlotted.set(left.isEmpty() ? "" : UiText.text("acquisition.notOnTheChart", String.join(", ", left)));
        rows.setAll(shown);
        points.setAll(placed);
        headlines.setAll(cards(shown, word));
    }

    /**
     * Channels whose spend is for far fewer (or more) customers than the accounts hold: their CAC here divides
     * that spend by the accounts, and is then no CAC at all.
     */
    private Optional<String> mismatches(List<GroupOutcome> shown) {
        List<String> off = new ArrayList<>();
        for (GroupOutcome o : shown) {
            ChannelInputs c = channels.get(o.group());
            if (spendWonOtherCustomers(o)) {
                off.add(UiText.text("acquisition.newCustomersInThe", name(o.group()), count(c.newCustomers()), count(o.customers())));
            }
        }
        return off.isEmpty() ? Optional.empty() : Optional.of(UiText.text("acquisition.theSpendOfWon", String.join(", ", off)));
    }

    /** Whether the group's channel says its spend won another number of customers than the group holds (×2 off). */
    private boolean spendWonOtherCustomers(GroupOutcome o) {
        ChannelInputs c = channels.get(o.group());
        return c != null && c.newCustomers() > 0
                && (o.customers() > 2 * c.newCustomers() || 2 * o.customers() < c.newCustomers());
    }

    private List<Headline> cards(List<GroupOutcome> shown, String word) {
        List<Headline> cards = new ArrayList<>();
        if (shown.isEmpty()) {
            return cards;
        }
        int customers = shown.stream().mapToInt(GroupOutcome::customers).sum();
        cards.add(new Headline("acquisitionAccounts", UiText.text("acquisition.accounts"), formats.number(customers, 0), UiText.text("acquisition.accountsInAsOf", shown.size(),
                shown.size() == 1 ? word : UiText.text("acquisition.grouping.plural", word), asOf,
                asOf.equals(accounts.dataDateProperty().get()) ? UiText.text("acquisition.newestDate") : "",
                formats.percent(grossMargin),
                UiText.text(hasUnitEconomics() ? "acquisition.marginOfScenario" : "acquisition.marginDefault"))));
        best().ifPresent(b -> cards.add(new Headline("bestLtvToCac", UiText.text("acquisition.bestLtvCacN", name(b.group())),
                formats.multiple(b.ltvToCac()), ratioFormula(b))));
        worst().ifPresent(w -> cards.add(new Headline("worstLtvToCac", UiText.text("acquisition.worstLtvCacN", name(w.group())),
                formats.multiple(w.ltvToCac()), ratioFormula(w))));
        shown.stream().filter(o -> o.cac().isPresent() && !spendWonOtherCustomers(o)).min(Comparator.comparingDouble(o -> o.cac().getAsDouble()))
                .ifPresent(c -> cards.add(new Headline("lowestCac", UiText.text("acquisition.lowestCacN", name(c.group())), money(c.cac()),
                        cacFormula(c) + (best().filter(b -> !b.equals(c)).isPresent()
                                ? UiText.text("acquisition.ncheapestIsNotBest", name(best().get().group()))
                                : ""))));
        return cards;
    }

    private boolean hasUnitEconomics() {
        Scenario scenario = selected.get();
        return scenario != null && scenario.unitEconomics().isPresent();
    }

    private String whyNoRetentionChange() {
        if (!hasAccounts.get()) {
            return UiText.text("acquisition.noCustomerAccountsTo");
        }
        if (selected.get() == null) {
            return UiText.text("acquisition.noScenarioSelected");
        }
        if (channels.isEmpty()) {
            return UiText.text("acquisition.theSelectedScenarioHas");
        }
        boolean anyMatch = channels.keySet().stream().anyMatch(n -> measured(n).isPresent());
        return anyMatch ? UiText.text("acquisition.theChannelsAlreadyUse")
                : UiText.text("acquisition.noChannelOfThe", GroupOutcomes.MINIMUM_SURVIVORS);
    }

    // The table

    private List<Column> buildColumns() {
        return List.of(
                new Column("group", UiText.text("acquisition.group"), o -> name(o.group()), this::hintOrNull, false),
                new Column("customers", UiText.text("acquisition.customers"), o -> formats.number(o.customers(), 0),
                        o -> UiText.text("acquisition.accountsWhoseIs", grouping.get().word(), name(o.group())), true),
                new Column("cac", UiText.text("acquisition.cac"), o -> money(o.cac()), this::cacFormula, true),
                new Column("activation", UiText.text("acquisition.activated"), o -> formats.percent(o.activationRate()),
                        o -> o.activationRate().isPresent() ? UiText.text("acquisition.activationRateActivatedCustomers", count(o.activationRate().getAsDouble() * o.customers()), count(o.customers())) : null, true),
                new Column("firstValue", UiText.text("acquisition.daysToValue"), o -> days(o.medianDaysToFirstValue()),
                        o -> o.medianDaysToFirstValue().isPresent() ? UiText.text("acquisition.medianDaysToFirst") : UiText.text("acquisition.noAccountOfThe"), true),
                new Column("adoption", UiText.text("acquisition.adoption"), o -> formats.percent(o.adoptionRate()),
                        o -> UiText.text("acquisition.meanOfFeaturesAdopted"), true),
                new Column("retention", UiText.text("acquisition.retained12M"), o -> formats.percent(o.logoRetention12m()),
                        this::retentionFormula, true),
                new Column("nrr", UiText.text("acquisition.nrr"), o -> formats.percent(o.nrr()),
                        o -> o.nrr().isPresent() ? UiText.text("acquisition.nrrArrNowExpansion", money(o.arrNow()), money(o.startingArr())) : null, true),
                new Column("expansion", UiText.text("acquisition.expansionArr"), o -> formats.moneyCompact(o.expansionArr(), currency),
                        o -> UiText.text("acquisition.expansionArrOfThe", count(o.customers()), money(o.expansionArr())), true),
                new Column("perRetained", UiText.text("acquisition.costPerRetained"), o -> money(o.costPerRetainedCustomer()),
                        o -> o.costPerRetainedCustomer().isPresent() ? UiText.text("acquisition.costPerRetainedCustomer", money(o.spend()), count(o.retainedCustomers()))
                                : hintOrNull(o), true),
                new Column("ltv", UiText.text("acquisition.ltv"), o -> money(o.ltv()), this::ltvFormula, true),
                new Column("ltvToCac", UiText.text("acquisition.ltvCac"), o -> formats.multiple(o.ltvToCac()), this::ratioFormula, true));
    }

    String cacFormula(GroupOutcome o) {
        return o.cac().isPresent() ? UiText.text("acquisition.cacSpendCustomers", money(o.spend()), count(o.customers()))
                : hintOrNull(o);
    }

    private String retentionFormula(GroupOutcome o) {
        if (o.logoRetention12m().isEmpty()) {
            return UiText.text("acquisition.noAccountOfThe2", asOf);
        }
        return UiText.text("acquisition.12MonthLogoRetention", count(o.logoRetention12m().getAsDouble() * o.yearOldAccounts()), count(o.yearOldAccounts()));
    }

    String ltvFormula(GroupOutcome o) {
        if (o.logoRetention12m().isEmpty()) {
            return UiText.text("acquisition.ltvNeedsAccountsAt", asOf);
        }
        if (o.annualExpansion().isEmpty()) {
            return UiText.text("acquisition.ltvNeedsAtLeast", GroupOutcomes.MINIMUM_SURVIVORS, asOf, count(o.survivors()));
        }
        double retention = o.logoRetention12m().getAsDouble();
        return UiText.text("acquisition.ltvOfOneCustomer", money(o.meanStartingArr()), formats.percent(grossMargin), formats.percent(retention), formats.percent(o.annualChurn()), count(o.survivors()), money(o.survivorsArrNow()), money(o.survivorsStartingArr()), formats.number(o.survivorsMeanAgeYears().getAsDouble(), 2), formats.percent(o.annualExpansion()));
    }

    String ratioFormula(GroupOutcome o) {
        if (o.ltvToCac().isPresent()) {
            return UiText.text("acquisition.ltvCacLtvCac", money(o.ltv()), money(o.cac()));
        }
        return o.cac().isEmpty() ? hintOrNull(o) : UiText.text("acquisition.noLtv", ltvFormula(o));
    }

    private String hintOrNull(GroupOutcome o) {
        return hint(o).orElse(null);
    }

    /** How to get a group's CAC when the scenario has no channel of its name. */
    public Optional<String> hint(GroupOutcome o) {
        if (o.spend().isPresent()) {
            return Optional.empty();
        }
        if (o.group().isBlank()) {
            return Optional.of(UiText.text("acquisition.theseAccountsHaveNo", grouping.get().word()));
        }
        return Optional.of(UiText.text("acquisition.noCacAddA", o.group()));
    }

    // The measured retention into the channels

    /** What "Use measured retention in the channels" would change, channel by channel; empty when nothing. */
    public List<Change> retentionChanges() {
        List<Change> changes = new ArrayList<>();
        for (ChannelInputs c : channels.values()) {
            Optional<GroupOutcome> m = measured(c.name());
            if (m.isEmpty()) {
                continue;
            }
            Measured v = Measured.of(m.get());
            add(changes, c.name(), UiText.text("acquisition.annualLogoChurn"), c.annualLogoChurn(), v.churn(), formats::percent);
            add(changes, c.name(), UiText.text("acquisition.annualExpansion"), c.annualExpansion(), v.expansion(), formats::percent);
            add(changes, c.name(), UiText.text("acquisition.acv"), c.acv(), v.acv(), value -> formats.money(value, currency));
        }
        return changes;
    }

    private static void add(List<Change> changes, String channel, String input, double now, double measured,
                            Function<Double, String> format) {
        if (Math.abs(now - measured) > 1e-9 * Math.max(1, Math.abs(measured))) {
            changes.add(new Change(channel, input, now, measured, channel + ": " + input + " " + format.apply(now)
                    + " → " + format.apply(measured)));
        }
    }

    /** Sets every matching channel's churn, expansion and ACV to the measured ones, as one undoable edit. */
    public void useMeasuredRetention() {
        if (retentionChanges().isEmpty()) {
            return;
        }
        selected.edit(this::withMeasuredRetention, UiText.text("edit.measuredRetention"));
    }

    private Scenario withMeasuredRetention(Scenario scenario) {
        List<ChannelInputs> updated = new ArrayList<>();
        for (ChannelInputs c : scenario.channels().orElse(List.of())) {
            Optional<GroupOutcome> m = measured(c.name());
            if (m.isEmpty()) {
                updated.add(c);
            } else {
                Measured v = Measured.of(m.get());
                updated.add(new ChannelInputs(c.name(), c.spend(), c.newCustomers(), c.activated(), c.retained90d(),
                        v.churn(), v.expansion(), v.acv(), c.grossMargin()));
            }
        }
        return scenario.withChannels(List.copyOf(updated));
    }

    /** The group a channel is named after, campaigns first, when it has the figures LTV needs. */
    private Optional<GroupOutcome> measured(String channel) {
        for (List<GroupOutcome> groups : List.of(byCampaign, bySource)) {
            for (GroupOutcome o : groups) {
                if (o.group().equals(channel) && o.ltv().isPresent()) {
                    return Optional.of(o);
                }
            }
        }
        return Optional.empty();
    }

    /** The inputs GroupOutcomes took for the group's LTV. */
    private record Measured(double churn, double expansion, double acv) {
        static Measured of(GroupOutcome o) {
            return new Measured(o.annualChurn().getAsDouble(), o.annualExpansion().getAsDouble(), o.meanStartingArr());
        }
    }

    // Best and worst

    /** The group with the highest LTV:CAC, when at least two have one. */
    public Optional<GroupOutcome> best() {
        List<GroupOutcome> rated = rated();
        return rated.size() < 2 ? Optional.empty() : Optional.of(rated.get(0));
    }

    /** The group with the lowest LTV:CAC, when at least two have one. */
    public Optional<GroupOutcome> worst() {
        List<GroupOutcome> rated = rated();
        return rated.size() < 2 ? Optional.empty() : Optional.of(rated.get(rated.size() - 1));
    }

    /** Ranked best first; not those whose CAC divides a channel's spend by another number of customers. */
    private List<GroupOutcome> rated() {
        return rows.stream().filter(o -> o.ltvToCac().isPresent() && !spendWonOtherCustomers(o)).toList();
    }

    // Formatting

    private String name(String group) {
        return group.isBlank() ? UiText.text("acquisition.none") : group;
    }

    private String money(OptionalDouble value) {
        return value.isPresent() ? money(value.getAsDouble()) : formats.noData();
    }

    private String money(double value) {
        return formats.money(value, currency);
    }

    private String count(double value) {
        return formats.number(Math.round(value), 0);
    }

    private String days(OptionalDouble value) {
        return value.isPresent() ? UiText.text("acquisition.days", formats.number(value.getAsDouble(), 1)) : formats.noData();
    }

    // Properties

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    /** The groups of the chosen grouping, ranked by LTV:CAC, best first. */
    public ObservableList<GroupOutcome> rows() {
        return rows;
    }

    public List<GroupOutcome> outcomes(Grouping by) {
        return by == Grouping.SOURCE ? bySource : byCampaign;
    }

    public List<Column> columns() {
        return columns;
    }

    public ObservableList<Point> points() {
        return points;
    }

    public ObservableList<Headline> headlines() {
        return headlines;
    }

    public ReadOnlyBooleanProperty hasAccountsProperty() {
        return hasAccounts.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return accounts.loadingProperty();
    }

    /** Why there is nothing to show (from the accounts data). */
    public ReadOnlyStringProperty messageProperty() {
        return accounts.messageProperty();
    }

    /** How to get the CAC of the groups without a channel; empty when every group has one. */
    public ReadOnlyStringProperty hintsProperty() {
        return hints.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notPlottedProperty() {
        return notPlotted.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUseRetentionProperty() {
        return canUseRetention.getReadOnlyProperty();
    }

    /** Why the measured retention cannot be used; empty when it can. */
    public ReadOnlyStringProperty retentionNoteProperty() {
        return retentionNote.getReadOnlyProperty();
    }

    public String currency() {
        return currency;
    }

    public FigureFormatter formats() {
        return formats;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The date the outcomes are as of, shared with the Accounts health view: the data's newest until changed. */
    public ObjectProperty<LocalDate> asOfProperty() {
        return accounts.asOfProperty();
    }

    public double grossMargin() {
        return grossMargin;
    }
}
