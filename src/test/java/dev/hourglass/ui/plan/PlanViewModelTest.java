package dev.hourglass.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.plan.ActualMonth;
import dev.hourglass.model.plan.ComparedMonth;
import dev.hourglass.model.plan.MonthlyRetention;
import dev.hourglass.model.plan.NewArrRule;
import dev.hourglass.model.plan.NoteValue;
import dev.hourglass.model.plan.PlanGoal;
import dev.hourglass.model.plan.PlanInputs;
import dev.hourglass.model.plan.PlanMonth;
import dev.hourglass.model.plan.PlanNote;
import dev.hourglass.model.plan.PlanReport;
import dev.hourglass.model.plan.PlanTotals;
import dev.hourglass.model.plan.RevenuePlan;
import dev.hourglass.model.plan.SourceFunnel;
import dev.hourglass.model.plan.SourceMonth;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.store.PlanVersion;
import dev.hourglass.ui.TestSessions;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.Work;
import dev.hourglass.ui.session.SelectedScenario;
import dev.hourglass.ui.session.WorkbookSession;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Plan view's model without the toolkit: the inputs checked, the grid of a plan made by hand. */
class PlanViewModelTest {
    @TempDir
    Path dir;
    private WorkbookSession session;
    private final List<PlanQuestion> asked = new ArrayList<>();
    private final List<PlanReport> comparedWith = new ArrayList<>();
    /** The plan the planner gives; a test may take the hand-made plan's leads away. */
    private RevenuePlan planned = handMadePlan();

    @BeforeEach
    void open() throws Exception {
        session = TestSessions.open(dir, List.of(SeedScenarios.baseCase()));
    }

    @AfterEach
    void close() {
        session.close();
    }

    /**
     * Four months from November 2027, opening at $1,000,000; each month 1 % churn, 0.5 % contraction, 1 % expansion
     * and $50,000 new ARR: Nov closes at 1,000,000 − 10,000 − 5,000 + 10,000 + 50,000 = 1,045,000, Dec at
     * 1,045,000 × 0.995 + 50,000 = 1,089,775, Jan at 1,134,326.125, Feb at 1,178,654.494375.
     */
    static RevenuePlan handMadePlan() {
        List<PlanMonth> months = new ArrayList<>();
        double opening = 1_000_000;
        double[] sellers = {2.2, 3.0000000001, 2.5, 4};
        for (int i = 0; i < 4; i++) {
            double churned = opening * 0.01;
            double contracted = opening * 0.005;
            double expanded = opening * 0.01;
            double newArr = 50_000;
            double closing = opening - churned - contracted + expanded + newArr;
            months.add(new PlanMonth(YearMonth.of(2027, 11).plusMonths(i), opening, churned, contracted, expanded,
                    newArr, closing, newArr, newArr * 3, 12.5, 25, 100, 1000.25, 40_000, 2_000, sellers[i]));
            opening = closing;
        }
        return new RevenuePlan(months, new PlanTotals(200_000, 160_000, 4001));
    }

    /** The hand-made plan with the notes a planner gives; the inputs are any valid ones (the grid shows the plan). */
    private PlanReport report(PlanQuestion question) {
        PlanInputs inputs = new PlanInputs(question.start(), question.months(), 1_000_000,
                new MonthlyRetention(0.01, 0.005, 0.01), 2, 3, 25_000, List.of(new SourceFunnel("All", 1,
                OptionalDouble.of(0.1), OptionalDouble.of(0.2), OptionalDouble.of(0.5), OptionalDouble.of(0.25),
                OptionalDouble.of(100))), OptionalDouble.empty(), OptionalDouble.of(20_000), 0.05);
        return new PlanReport(inputs, question.goal(), NewArrRule.flat(50_000), planned, twoSources(), 0, List.of(
                PlanNote.of(PlanNote.Code.CYCLE_MEDIAN, NoteValue.count(63), NoteValue.count(1412),
                        NoteValue.name("crm.csv"), NoteValue.count(2)),
                PlanNote.of(PlanNote.Code.COVERAGE_DEALS, NoteValue.share(0.304), NoteValue.name("crm.csv"),
                        NoteValue.multiple(3)),
                new PlanNote("somethingNew", PlanNote.Code.ACV_SCENARIO, List.of())));
    }

    /** Webinars with every rate known, paid search without leads data past its SALs (NaN: unknown). */
    static List<SourceMonth> twoSources() {
        double nan = Double.NaN;
        YearMonth nov = YearMonth.of(2027, 11);
        YearMonth dec = nov.plusMonths(1);
        return List.of(new SourceMonth(nov, "Webinar", 1.5, 6, 12, 48, 480, 24_000),
                new SourceMonth(nov, "Paid search", 0.5, 2.25, nan, nan, nan, 16_000),
                new SourceMonth(dec, "Webinar", 1.5, 6, 12, 48, 480.5, 24_000),
                new SourceMonth(dec, "Paid search", 0.5, 2.25, nan, nan, nan, 16_000.5));
    }

    private PlanViewModel viewModel(Work work) {
        PlanViewModel vm = new PlanViewModel(new SelectedScenario(session), new FigureFormatter(Locale.US, "USD"),
                new Planner() {
                    @Override
                    public PlanReport plan(dev.hourglass.model.scenario.Scenario scenario, PlanQuestion question) {
                        asked.add(question);
                        return report(question);
                    }

                    @Override
                    public List<ComparedMonth> againstActuals(PlanReport report) {
                        comparedWith.add(report);
                        return compared(report.plan());
                    }

                    @Override
                    public List<PlanVersion> versions() throws Exception {
                        return new WorkbookPlanner(session.workbook()).versions();
                    }

                    @Override
                    public PlanVersion saveVersion(String name, String scenario, PlanReport report) throws Exception {
                        return new WorkbookPlanner(session.workbook()).saveVersion(name, scenario, report);
                    }
                }, work, YearMonth.of(2027, 11));
        vm.start();
        return vm;
    }

    /**
     * November and December actual (Dec closing at 1,080,000 against the plan's 1,089,775; no bookings data), January
     * and February re-forecast from it: Jan closes at 1,080,000 × 0.995 + 50,000 = 1,124,600.
     */
    static List<ComparedMonth> compared(RevenuePlan plan) {
        List<PlanMonth> m = plan.months();
        ActualMonth nov = new ActualMonth(m.get(0).month(), 1_040_000, 45_000, 11_000, 4_000, 10_000,
                OptionalDouble.empty());
        ActualMonth dec = new ActualMonth(m.get(1).month(), 1_080_000, 40_000, 9_000, 5_000, 14_000,
                OptionalDouble.empty());
        PlanMonth jan = new PlanMonth(m.get(2).month(), 1_080_000, 10_800, 5_400, 10_800, 50_000, 1_124_600, 50_000,
                150_000, 12.5, 25, 100, 1000.25, 40_000, 2_000, 3);
        PlanMonth feb = new PlanMonth(m.get(3).month(), 1_124_600, 11_246, 5_623, 11_246, 50_000, 1_168_977, 50_000,
                150_000, 12.5, 25, 100, 1000.25, 40_000, 2_000, 3);
        return List.of(new ComparedMonth(m.get(0), Optional.of(nov), Optional.empty()),
                new ComparedMonth(m.get(1), Optional.of(dec), Optional.empty()),
                new ComparedMonth(m.get(2), Optional.empty(), Optional.of(jan)),
                new ComparedMonth(m.get(3), Optional.empty(), Optional.of(feb)));
    }

    @Test
    void besideTheActualsEachFigureHasActualPlanAndVarianceRowsWithTheReforecastMarked() {
        PlanViewModel vm = viewModel(Work.NOW);
        assertThat(vm.hasActualsProperty().get()).isTrue();

        vm.showActualsProperty().set(true);

        PlanGrid grid = vm.gridProperty().get();
        assertThat(grid.rows()).extracting(PlanRow::name).startsWith("Closing ARR: actual", "Closing ARR: plan",
                "Closing ARR: variance", "Closing ARR: variance %", "New ARR: actual");
        assertThat(grid.rows()).hasSize(20);
        // columns: Nov, Dec, Q4 2027, FY 2027, Jan, Feb, Q1 2028, FY 2028
        PlanRow actual = grid.row("closingArr.actual");
        assertThat(actual.values()).containsExactly(1_040_000.0, 1_080_000.0, 1_080_000.0, 1_080_000.0, 1_124_600.0,
                1_168_977.0, 1_168_977.0, 1_168_977.0);
        assertThat(actual.reforecast()).containsExactly(false, false, false, false, true, true, true, true);
        assertThat(actual.tooltips().get(4)).startsWith("Re-forecast from the latest actual ARR");
        assertThat(grid.row("closingArr.variance").values().get(1)).isCloseTo(-9_775.0, Offset.offset(1e-6));
        assertThat(grid.row("closingArr.share").texts().get(1)).isEqualTo("-0.9%");
        assertThat(grid.row("newArr.actual").values().subList(0, 3)).containsExactly(45_000.0, 40_000.0, 85_000.0);
        assertThat(grid.row("newArr.variance").values().get(2)).isEqualTo(-15_000.0);
        assertThat(grid.row("bookings.actual").texts().get(0)).isEqualTo(vm.formats().noData());
        assertThat(grid.row("bookings.actual").values().get(4)).isEqualTo(50_000.0);

        vm.showActualsProperty().set(false);
        assertThat(vm.gridProperty().get().rows()).hasSize(PlanLine.values().length);
    }

    /** The hand-made plan as the planner makes it without leads: SQLs, MQLs and leads unknown in every month. */
    static RevenuePlan withoutLeads() {
        double nan = Double.NaN;
        List<PlanMonth> months = handMadePlan().months().stream().map(m -> new PlanMonth(m.month(), m.openingArr(),
                m.churned(), m.contracted(), m.expanded(), m.newArr(), m.closingArr(), m.bookings(),
                m.pipelineCreated(), m.sals(), nan, nan, nan, m.acquisitionSpend(), m.postSaleSpend(), m.sellers()))
                .toList();
        return new RevenuePlan(months, handMadePlan().totals());
    }

    @Test
    void aLineWithNoDataInAnyMonthIsLeftOutAndTheNotesNameIt() {
        planned = withoutLeads();
        PlanViewModel vm = viewModel(Work.NOW);

        PlanGrid grid = vm.gridProperty().get();
        assertThat(grid.rows()).extracting(PlanRow::id).containsExactly("openingArr", "churned", "contracted",
                "expanded", "newArr", "closingArr", "bookings", "pipelineCreated", "sals", "acquisitionSpend",
                "postSaleSpend", "sellers");
        assertThat(grid.rows()).allSatisfy(row -> assertThat(row.texts()).doesNotContain(vm.formats().noData()));
        assertThat(vm.notes()).last().isEqualTo(
                "Not shown, no month has a figure: SQLs, MQLs, Leads (the notes above say why)");
    }

    @Test
    void aLineUnknownInSomeMonthsOnlyStaysWithNoDataWhereUnknown() {
        RevenuePlan full = handMadePlan();
        List<PlanMonth> months = new ArrayList<>(full.months());
        PlanMonth first = months.get(0);
        months.set(0, new PlanMonth(first.month(), first.openingArr(), first.churned(), first.contracted(),
                first.expanded(), first.newArr(), first.closingArr(), first.bookings(), first.pipelineCreated(),
                first.sals(), first.sqls(), first.mqls(), first.leads(), first.acquisitionSpend(),
                first.postSaleSpend(), Double.NaN));
        planned = new RevenuePlan(months, full.totals());
        PlanViewModel vm = viewModel(Work.NOW);

        PlanRow sellers = vm.gridProperty().get().row(PlanLine.SELLERS);
        assertThat(sellers.texts().get(0)).isEqualTo(vm.formats().noData());
        assertThat(sellers.texts().get(1)).isEqualTo("3");
        assertThat(vm.notes()).noneMatch(note -> note.startsWith("Not shown"));
    }

    @Test
    void monthsAcrossWithEachQuarterAndYearTotalAfterItsLastMonth() {
        PlanViewModel vm = viewModel(Work.NOW);

        PlanGrid grid = vm.gridProperty().get();
        assertThat(grid.columns()).extracting(PlanColumn::title).containsExactly(
                "Nov 2027", "Dec 2027", "Q4 2027", "FY 2027", "Jan 2028", "Feb 2028", "Q1 2028", "FY 2028");
        assertThat(grid.columns().get(2).tooltip()).startsWith("Q4 2027: Nov 2027 – Dec 2027 (2 months of the plan).")
                .contains("closing value");
        assertThat(grid.rows()).extracting(PlanRow::name).containsExactly("Opening ARR", "Churned", "Contracted",
                "Expanded", "New ARR", "Closing ARR", "Bookings", "Pipeline created", "SALs", "SQLs", "MQLs", "Leads",
                "Acquisition spend", "Post-sale spend", "Sellers");
        assertThat(vm.notes()).containsExactly(
                "Sales cycle: median 63 days from created to won over 1,412 won deals of crm.csv, 2 months",
                "Required coverage: 1 / close rate by amount 30.4% of the closed deals of crm.csv, at least the rule of "
                        + "thumb 3.0×",
                "somethingNew: the scenario's ACV");
        assertThat(asked).containsExactly(new PlanQuestion(YearMonth.of(2027, 11), 12, new PlanGoal.Growth(0.30)));
    }

    @Test
    void aQuarterOpensWithItsFirstMonthClosesWithItsLastAndSumsTheFlows() {
        PlanGrid grid = viewModel(Work.NOW).gridProperty().get();

        assertThat(grid.row(PlanLine.OPENING_ARR).values()).containsExactly(1_000_000.0, 1_045_000.0, 1_000_000.0,
                1_000_000.0, 1_089_775.0, 1_134_326.125, 1_089_775.0, 1_089_775.0);
        assertThat(grid.row(PlanLine.CLOSING_ARR).values().get(3)).isCloseTo(1_089_775.0, Offset.offset(1e-6));
        assertThat(grid.row(PlanLine.CLOSING_ARR).values().get(6)).isCloseTo(1_178_654.494375, Offset.offset(1e-6));
        assertThat(grid.row(PlanLine.NEW_ARR).values()).containsExactly(50_000.0, 50_000.0, 100_000.0, 100_000.0,
                50_000.0, 50_000.0, 100_000.0, 100_000.0);
        assertThat(grid.row(PlanLine.LEADS).texts()).containsExactly("1,000.3", "1,000.3", "2,000.5", "2,000.5",
                "1,000.3", "1,000.3", "2,000.5", "2,000.5");
        for (int c = 0; c < grid.columns().size(); c++) {
            double bridged = grid.row(PlanLine.OPENING_ARR).values().get(c) - grid.row(PlanLine.CHURNED).values().get(c)
                    - grid.row(PlanLine.CONTRACTED).values().get(c) + grid.row(PlanLine.EXPANDED).values().get(c)
                    + grid.row(PlanLine.NEW_ARR).values().get(c);
            assertThat(grid.row(PlanLine.CLOSING_ARR).values().get(c)).as(grid.columns().get(c).title())
                    .isCloseTo(bridged, Offset.offset(1e-6));
        }
    }

    @Test
    void moneyOfALineInOneMagnitudeAndSellersRoundedUpWithTheExactFigureInTheTooltip() {
        PlanGrid grid = viewModel(Work.NOW).gridProperty().get();

        assertThat(grid.row(PlanLine.CLOSING_ARR).texts()).containsExactly("$1.04M", "$1.09M", "$1.09M", "$1.09M",
                "$1.13M", "$1.18M", "$1.18M", "$1.18M");
        assertThat(grid.row(PlanLine.NEW_ARR).texts().get(0)).isEqualTo("$50K");
        assertThat(grid.row(PlanLine.SELLERS).texts()).containsExactly("3", "3", "3", "3", "3", "4", "4", "4");
        assertThat(grid.row(PlanLine.SELLERS).tooltips().get(0)).isEqualTo("2.20 sellers exactly; shown rounded up to whole sellers");
        assertThat(grid.row(PlanLine.SELLERS).meaning()).contains("closing value");
        assertThat(grid.row(PlanLine.NEW_ARR).meaning()).contains("the sum of its months");
    }

    @Test
    void theStartMonthIsShownInGermanAndReadInThatFormOrIso() {
        UiText.use(Locale.GERMAN);
        try {
            PlanViewModel vm = viewModel(Work.NOW);
            assertThat(vm.startTextProperty().get()).isEqualTo("Nov. 2027");
            vm.startTextProperty().set("Feb. 2028");
            assertThat(asked.get(asked.size() - 1).start()).isEqualTo(YearMonth.of(2028, 2));
            vm.startTextProperty().set("2028-03");
            assertThat(asked.get(asked.size() - 1).start()).isEqualTo(YearMonth.of(2028, 3));
            vm.startTextProperty().set("13/2027");
            assertThat(vm.messageProperty().get()).isEqualTo(
                    "Erster Monat: bitte als Monat und Jahr schreiben, z. B. Jan. 2027 oder 2027-01 – eingegeben: „13/2027“.");
        } finally {
            UiText.use(Locale.ENGLISH);
        }
    }

    @Test
    void aWrongInputIsNamedAndNoPlanShown() {
        PlanViewModel vm = viewModel(Work.NOW);

        vm.startTextProperty().set("2027-13");
        assertThat(vm.messageProperty().get()).isEqualTo("Start month: write it as a month and year, e.g. Jan 2027 or 2027-01 — got “2027-13”.");
        assertThat(vm.gridProperty().get()).isNull();

        vm.startTextProperty().set("2028-01");
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.gridProperty().get()).isNotNull();

        vm.targetTextProperty().set("-120%");
        assertThat(vm.messageProperty().get()).isEqualTo("Target: growth must be more than −100%, got “-120%”.");
        assertThat(vm.gridProperty().get()).isNull();

        vm.targetTextProperty().set("lots");
        assertThat(vm.messageProperty().get()).startsWith("Target: “lots” is not a number.");

        vm.targetFormProperty().set(PlanViewModel.TargetForm.ENDING_ARR);
        vm.targetTextProperty().set("0");
        assertThat(vm.messageProperty().get()).isEqualTo("Target: the ending ARR must be more than 0, got “0”.");
        vm.targetTextProperty().set("$12M");
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(asked.get(asked.size() - 1)).isEqualTo(new PlanQuestion(YearMonth.of(2028, 1), 12,
                new PlanGoal.TargetArr(12_000_000)));
    }

    @Test
    void switchingTheTargetToArrKeepsThePlansEndingArr() {
        PlanViewModel vm = viewModel(Work.NOW);
        vm.monthsProperty().set(24);

        vm.targetFormProperty().set(PlanViewModel.TargetForm.ENDING_ARR);

        assertThat(vm.targetTextProperty().get()).isEqualTo("$1,178,654");
        assertThat(asked.get(asked.size() - 1).goal()).isInstanceOf(PlanGoal.TargetArr.class);
        assertThat(asked.get(asked.size() - 1).months()).isEqualTo(24);
    }

    @Test
    void aBudgetAsksForTheArrItBuysAndKeepsThePlansAcquisitionSpend() {
        PlanViewModel vm = viewModel(Work.NOW);

        vm.targetFormProperty().set(PlanViewModel.TargetForm.BUDGET);

        // the hand-made plan spends 40,000 a month on acquisition over its four months
        assertThat(vm.targetTextProperty().get()).isEqualTo("$160,000");
        assertThat(asked.get(asked.size() - 1).goal()).isEqualTo(new PlanGoal.Budget(160_000));

        vm.targetTextProperty().set("$600K");
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(asked.get(asked.size() - 1)).isEqualTo(new PlanQuestion(YearMonth.of(2027, 11), 12,
                new PlanGoal.Budget(600_000)));

        vm.targetTextProperty().set("-5");
        assertThat(vm.messageProperty().get()).isEqualTo("Target: the budget must be 0 or more, got “-5”.");
        assertThat(vm.gridProperty().get()).isNull();
        vm.targetTextProperty().set("");
        assertThat(vm.messageProperty().get())
                .isEqualTo("Target: type the acquisition budget of the plan, e.g. 600,000.");
    }

    @Test
    void eachSourcesFunnelIsShownMonthByMonthWithTotalsAndNoDataWhereARateIsUnknown() {
        PlanViewModel vm = viewModel(Work.NOW);

        PlanGrid sources = vm.sourceGridProperty().get();
        assertThat(sources.columns()).extracting(PlanColumn::title).containsExactly(
                "Nov 2027", "Dec 2027", "Q4 2027", "FY 2027", "Jan 2028", "Feb 2028", "Q1 2028", "FY 2028");
        assertThat(sources.rows()).extracting(PlanRow::name).containsExactly("Webinar: New customers",
                "Webinar: SALs", "Webinar: SQLs", "Webinar: MQLs", "Webinar: Leads", "Webinar: Acquisition spend",
                "Paid search: New customers", "Paid search: SALs", "Paid search: SQLs", "Paid search: MQLs",
                "Paid search: Leads", "Paid search: Acquisition spend");
        // Nov, Dec, then Q4 = FY 2027 = their sum; the hand-made sources have no months in 2028
        assertThat(sources.row("Webinar/leads").texts().subList(0, 4)).containsExactly("480.0", "480.5", "960.5",
                "960.5");
        assertThat(sources.row("Webinar/sals").values().subList(0, 3)).containsExactly(6.0, 6.0, 12.0);
        assertThat(sources.row("Paid search/acquisitionSpend").tooltips().get(2)).isEqualTo("$32,001");
        assertThat(sources.row("Paid search/sqls").texts().subList(0, 3)).containsOnly("no data");

        vm.startTextProperty().set("2099-99");
        assertThat(vm.sourceGridProperty().get()).isNull();
    }

    @Test
    void oneSourceAloneAddsNothingToTheGridAndIsNotListed() {
        assertThat(SourceGrid.of(handMadePlan().months(), twoSources().subList(0, 1),
                new FigureFormatter(Locale.US, "USD"))).isEmpty();
    }

    @Test
    void aSavedVersionIsOfferedToCompareTheActualsWithAndATakenNameIsRefused() {
        PlanViewModel vm = viewModel(Work.NOW);
        assertThat(vm.againstChoices()).containsExactly(PlanViewModel.THIS_PLAN);

        vm.saveVersion("  Budget 2028 ");

        assertThat(vm.versionMessageProperty().get()).isEqualTo("Saved as version “Budget 2028”.");
        assertThat(vm.againstChoices()).containsExactly(PlanViewModel.THIS_PLAN, "Budget 2028");
        assertThat(vm.againstProperty().get()).isEqualTo(PlanViewModel.THIS_PLAN);

        vm.targetFormProperty().set(PlanViewModel.TargetForm.ENDING_ARR);
        vm.targetTextProperty().set("$12M");
        assertThat(comparedWith.get(comparedWith.size() - 1).goal()).isEqualTo(new PlanGoal.TargetArr(12_000_000));

        vm.againstProperty().set("Budget 2028");
        // the actuals are held against the plan as it was saved (30 % growth), the grid still shows the $12M plan
        assertThat(comparedWith.get(comparedWith.size() - 1).goal()).isEqualTo(new PlanGoal.Growth(0.30));
        assertThat(vm.reportProperty().get().goal()).isEqualTo(new PlanGoal.TargetArr(12_000_000));
        assertThat(vm.hasActualsProperty().get()).isTrue();

        vm.saveVersion("Budget 2028");
        assertThat(vm.versionMessageProperty().get()).startsWith("Not saved: ")
                .contains("already has a plan version named 'Budget 2028'");
        assertThat(vm.againstChoices()).containsExactly(PlanViewModel.THIS_PLAN, "Budget 2028");

        vm.saveVersion(" ");
        assertThat(vm.versionMessageProperty().get()).isEqualTo("Version name: type a name for the version.");
    }

    @Test
    void anAnswerToAnOlderQuestionIsDropped() {
        List<Runnable> pending = new ArrayList<>();
        Work later = new Work() {
            @Override
            public <T> void run(String name, java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done,
                                java.util.function.Consumer<Throwable> failed) {
                pending.add(() -> {
                    try {
                        done.accept(work.call());
                    } catch (Exception e) {
                        failed.accept(e);
                    }
                });
            }
        };
        PlanViewModel vm = viewModel(later);
        pending.remove(0).run(); // the start month: the first plan is asked for
        pending.remove(0).run(); // the saved plan versions
        assertThat(pending).hasSize(1);
        vm.startTextProperty().set("2099-99");
        pending.remove(0).run(); // its answer comes after the inputs changed

        assertThat(vm.gridProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).startsWith("Start month:");
    }
}
