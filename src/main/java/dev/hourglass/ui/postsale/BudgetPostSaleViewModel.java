package dev.hourglass.ui.postsale;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.figures.FigureTexts;
import dev.hourglass.model.postsale.BudgetCalculator;
import dev.hourglass.model.postsale.BudgetInputs;
import dev.hourglass.model.postsale.BudgetLine;
import dev.hourglass.model.postsale.BudgetResult;
import dev.hourglass.model.postsale.PostSaleFunnelCalculator;
import dev.hourglass.model.postsale.PostSaleFunnelInputs;
import dev.hourglass.model.postsale.PostSaleFunnelStep;
import dev.hourglass.model.postsale.RelationshipStage;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.ui.common.ColumnField;
import dev.hourglass.ui.common.Headline;
import dev.hourglass.ui.common.InputField;
import dev.hourglass.ui.common.InputGridModel;
import dev.hourglass.ui.common.InputKind;
import dev.hourglass.ui.common.RowsGridModel;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.session.SelectedScenario;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Budget split pre/post purchase by dollars and hours (the seed's "95/5" audit) and the post-sale funnel from
 * closed-won to renewal intent, with step and cumulative conversion (metrics.md §5).
 */
public final class BudgetPostSaleViewModel {
    private final SelectedScenario selected;
    private final FigureFormatter formats;
    private final RowsGridModel<BudgetLine> budgetGrid;
    private final InputGridModel<PostSaleFunnelInputs> funnelGrid;
    private final ObservableList<Headline> budgetCards = FXCollections.observableArrayList();
    private final ObservableList<PostSaleFunnelStep> funnel = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasFunnel = new ReadOnlyBooleanWrapper();
    private BudgetResult budget;

    public BudgetPostSaleViewModel(SelectedScenario selected, FigureFormatter formats, Locale locale) {
        this.selected = selected;
        this.formats = formats;
        this.budgetGrid = new RowsGridModel<>(budgetColumns(FigureTexts.of(UiText.language())), this::budgetLines, this::applyBudget, null, locale);
        this.funnelGrid = new InputGridModel<>(funnelFields(), this::funnelInputs,
                changed -> selected.edit(s -> s.withPostSaleFunnel(changed), UiText.text("edit.postSaleFunnel")),
                selected::currency, locale).namedBy("postSaleFunnel.");
        selected.onChange(this::refresh);
        refresh();
    }

    /** The budget's rows named as the catalogue names the stages, its columns as it names a line's figures. */
    static List<ColumnField<BudgetLine>> budgetColumns(FigureTexts texts) {
        return List.of(
                ColumnField.text("stage", UiText.text("postsale.relationshipStage"),
                        UiText.text("postsale.stagesBeforeTheSignature"),
                        line -> texts.value(line.stage())
                                + (line.stage().prePurchase() ? UiText.text("postsale.pre") : UiText.text("postsale.post")),
                        (line, v) -> {
                            throw new IllegalArgumentException(UiText.text("postsale.stagesAreFixed"));
                        }),
                ColumnField.number("dollars", texts.columnTitle("budget.lines[].dollars"), InputKind.MONEY,
                        texts.formula("budget.lines[].dollars"), BudgetLine::dollars,
                        (line, v) -> new BudgetLine(line.stage(), v, line.hours())),
                ColumnField.number("hours", texts.columnTitle("budget.lines[].hours"), InputKind.NUMBER,
                        texts.formula("budget.lines[].hours"), BudgetLine::hours,
                        (line, v) -> new BudgetLine(line.stage(), line.dollars(), v)));
    }

    static List<InputField<PostSaleFunnelInputs>> funnelFields() {
        return List.of(
                count("closedWon", UiText.text("postsale.closedWonAccounts"), PostSaleFunnelInputs::closedWon, 0),
                count("onboarded7d", UiText.text("postsale.onboardingWithin7Days"), PostSaleFunnelInputs::onboarded7d, 1),
                count("activated30d", UiText.text("postsale.activatedWithin30Days"), PostSaleFunnelInputs::activated30d, 2),
                count("keyFeature60d", UiText.text("postsale.keyFeatureByDay"), PostSaleFunnelInputs::keyFeature60d, 3),
                count("sponsor90d", UiText.text("postsale.executiveSponsorByDay"), PostSaleFunnelInputs::sponsor90d, 4),
                count("renewalIntent270d", UiText.text("postsale.renewalIntentByDay"), PostSaleFunnelInputs::renewalIntent270d, 5));
    }

    private static InputField<PostSaleFunnelInputs> count(String key, String label, ToLongFunction<PostSaleFunnelInputs> get,
                                                          int index) {
        return InputField.required(key, label, InputKind.COUNT, UiText.text("postsale.accountsReachingThisMilestone"),
                in -> (double) get.applyAsLong(in), (in, v) -> withCount(in, index, Math.round(v)));
    }

    private static PostSaleFunnelInputs withCount(PostSaleFunnelInputs in, int index, long value) {
        long[] c = {in.closedWon(), in.onboarded7d(), in.activated30d(), in.keyFeature60d(), in.sponsor90d(),
            in.renewalIntent270d()};
        c[index] = value;
        return new PostSaleFunnelInputs(c[0], c[1], c[2], c[3], c[4], c[5]);
    }

    public RowsGridModel<BudgetLine> budgetGrid() {
        return budgetGrid;
    }

    public InputGridModel<PostSaleFunnelInputs> funnelGrid() {
        return funnelGrid;
    }

    public ObservableList<Headline> budgetCards() {
        return budgetCards;
    }

    public ObservableList<PostSaleFunnelStep> funnel() {
        return funnel;
    }

    public ReadOnlyBooleanProperty hasFunnelProperty() {
        return hasFunnel.getReadOnlyProperty();
    }

    /** The computed split, or null when the scenario has no budget. */
    public BudgetResult budget() {
        return budget;
    }

    public FigureFormatter formats() {
        return formats;
    }

    public String currency() {
        return selected.currency();
    }

    /** Starts the funnel from the seed's cohort of 100 closed-won accounts. */
    public void addFunnel() {
        if (funnelInputs() == null) {
            selected.edit(s -> s.withPostSaleFunnel(new PostSaleFunnelInputs(100, 90, 70, 55, 40, 35)),
                    UiText.text("postsale.addAPostSale"));
        }
    }

    /** Every stage, with what the scenario spends on it (0 where it has no line). */
    private List<BudgetLine> budgetLines() {
        Map<RelationshipStage, double[]> totals = new EnumMap<>(RelationshipStage.class);
        Scenario scenario = selected.get();
        if (scenario != null && scenario.budget().isPresent()) {
            for (BudgetLine line : scenario.budget().get().lines()) {
                double[] t = totals.computeIfAbsent(line.stage(), s -> new double[2]);
                t[0] += line.dollars();
                t[1] += line.hours();
            }
        }
        List<BudgetLine> lines = new ArrayList<>();
        for (RelationshipStage stage : RelationshipStage.values()) {
            double[] t = totals.getOrDefault(stage, new double[2]);
            lines.add(new BudgetLine(stage, t[0], t[1]));
        }
        return lines;
    }

    private void applyBudget(List<BudgetLine> lines) {
        List<BudgetLine> spent = lines.stream().filter(l -> l.dollars() > 0 || l.hours() > 0).toList();
        selected.edit(s -> s.withBudget(new BudgetInputs(spent)), UiText.text("edit.budget"));
    }

    private PostSaleFunnelInputs funnelInputs() {
        Scenario scenario = selected.get();
        return scenario == null ? null : scenario.postSaleFunnel().orElse(null);
    }

    private void refresh() {
        budgetGrid.refresh();
        funnelGrid.refresh();
        Scenario scenario = selected.get();
        budget = scenario == null ? null : scenario.budget().map(BudgetCalculator::calculate).orElse(null);
        budgetCards.setAll(budget == null ? List.of() : budgetCards(budget));
        PostSaleFunnelInputs in = funnelInputs();
        hasFunnel.set(in != null);
        funnel.setAll(in == null ? List.of() : PostSaleFunnelCalculator.calculate(in));
    }

    private List<Headline> budgetCards(BudgetResult r) {
        String cur = currency();
        return List.of(
                new Headline("prePostDollars", UiText.text("postsale.dollarsPrePostPurchase"),
                        formats.percent(r.preDollarsShare()) + " / " + formats.percent(r.postDollarsShare()),
                        UiText.text("postsale.dollarsOnPrePurchase", formats.money(r.totalDollars(), cur))),
                new Headline("prePostHours", UiText.text("postsale.hoursPrePostPurchase"),
                        formats.percent(r.preHoursShare()) + " / " + formats.percent(r.postHoursShare()),
                        UiText.text("postsale.hoursOnPrePurchase", formats.number(r.totalHours(), 0))));
    }
}
