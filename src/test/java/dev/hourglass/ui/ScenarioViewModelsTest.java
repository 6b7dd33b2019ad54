package dev.hourglass.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.ui.channels.ChannelsViewModel;
import dev.hourglass.ui.common.Headline;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.mainwindow.HeadlinesViewModel;
import dev.hourglass.ui.postsale.BudgetPostSaleViewModel;
import dev.hourglass.ui.programme.RetentionProgramViewModel;
import dev.hourglass.ui.retention.RetentionViewModel;
import dev.hourglass.ui.session.SelectedScenario;
import dev.hourglass.ui.session.WorkbookSession;
import dev.hourglass.ui.uniteconomics.UnitEconomicsViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each scenario view's view model, without the toolkit, on the seed scenarios: the figures the cards show. */
class ScenarioViewModelsTest {
    private static final Locale LOCALE = Locale.US;
    private static final FigureFormatter FORMATS = new FigureFormatter(LOCALE, "USD");

    @TempDir
    Path dir;
    private WorkbookSession session;
    private SelectedScenario selected;

    @BeforeEach
    void open() throws Exception {
        List<Scenario> scenarios = new ArrayList<>(SeedScenarios.all());
        scenarios.add(Scenario.empty("Empty"));
        session = TestSessions.open(dir, scenarios);
        selected = new SelectedScenario(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static String card(List<Headline> cards, String id) {
        return cards.stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow().value();
    }

    @Test
    void unitEconomicsShowsTheSeedChecksAndFollowsTheSelection() {
        UnitEconomicsViewModel vm = new UnitEconomicsViewModel(selected, FORMATS, LOCALE);
        assertThat(card(vm.headlines(), "yearOneGrossProfit")).isEqualTo("$19,200");
        assertThat(card(vm.headlines(), "paybackMonth")).isEqualTo("12\u00a0months");
        // drift: LTV:CAC read 3.7× on the card and 3.73× in the CLI and the report; one decimal everywhere now
        assertThat(card(vm.headlines(), "ltvToCac")).isEqualTo("3.7×");
        assertThat(vm.resultProperty().get().cumulativeGrossProfit()).hasSize(60);
        session.selectedProperty().set(session.scenarios().get(3));
        assertThat(vm.hasSectionProperty().get()).isFalse();
        vm.addSection();
        assertThat(card(vm.headlines(), "paybackMonth")).isEqualTo("12\u00a0months");
        session.history().undo();
        assertThat(vm.hasSectionProperty().get()).isFalse();
    }

    @Test
    void unitEconomicsTogglesSwitchFrontLoadedChurnExpansionAndDiscounting() {
        UnitEconomicsViewModel vm = new UnitEconomicsViewModel(selected, FORMATS, LOCALE);
        assertThat(vm.frontLoadedChurnProperty().get()).isFalse();
        vm.frontLoadedChurnProperty().set(true);
        assertThat(selected.get().unitEconomics().orElseThrow().firstYearLogoChurn().getAsDouble())
                .isEqualTo(0.28, Offset.offset(1e-12));
        vm.expansionProperty().set(true);
        vm.discountingProperty().set(true);
        assertThat(selected.get().unitEconomics().orElseThrow().annualExpansion()).isEqualTo(0.05);
        assertThat(selected.get().unitEconomics().orElseThrow().annualDiscountRate()).isEqualTo(0.10);
        vm.discountingProperty().set(false);
        assertThat(selected.get().unitEconomics().orElseThrow().annualDiscountRate()).isZero();
        session.history().undo();
        session.history().undo();
        session.history().undo();
        session.history().undo();
        assertThat(selected.get()).isEqualTo(SeedScenarios.baseCase());
        assertThat(vm.frontLoadedChurnProperty().get()).isFalse();
    }

    @Test
    void retentionRatesCanBeStatedAsComponentsWithTheSameGrrAndNrr() {
        RetentionViewModel vm = new RetentionViewModel(selected, FORMATS, LOCALE);
        assertThat(vm.componentsFormProperty().get()).isFalse();
        vm.useComponentsForm(true);
        assertThat(vm.componentsFormProperty().get()).isTrue();
        assertThat(card(vm.headlines(), "nrr")).isEqualTo("105%");
        assertThat(vm.componentsGrid().edit(2, "4%")).isTrue(); // contraction
        assertThat(card(vm.headlines(), "grr")).isEqualTo("86%");
        assertThat(vm.componentsGrid().edit(1, "99%")).isFalse(); // churn + contraction > 1
        assertThat(vm.componentsGrid().messageProperty().get()).contains("must not exceed 1");
    }

    @Test
    void retentionShowsTheBridgeTheComparisonAndTheValueOfAnNrrGain() {
        session.selectedProperty().set(session.scenarios().get(1)); // NRR 110 %
        RetentionViewModel vm = new RetentionViewModel(selected, FORMATS, LOCALE);
        Scenario nrr110 = SeedScenarios.nrr110();
        assertThat(vm.bridge()).hasSize(nrr110.retention().orElseThrow().years());
        assertThat(card(vm.headlines(), "nrr")).isEqualTo("110%");
        assertThat(vm.comparison()).extracting(RetentionViewModel.Comparison::nrr)
                .containsExactly("90%", "100%", "105%", "110%", "120%");
        assertThat(vm.comparison()).filteredOn(RetentionViewModel.Comparison::current).hasSize(1);
        assertThat(vm.grid().edit(2, "120%")).isTrue();
        assertThat(card(vm.headlines(), "nrr")).isEqualTo("120%");
        assertThat(vm.grid().edit(2, "50%")).isFalse(); // below GRR
        assertThat(vm.grid().messageProperty().get()).contains("NRR");
    }

    @Test
    void inputGridsAreNamedByTheCatalogueInTheChosenLanguage() {
        UiText.use(Locale.GERMAN);
        try {
            // German words, English numbers: the language is the user's pick, the format the system's
            UnitEconomicsViewModel german = new UnitEconomicsViewModel(selected, new FigureFormatter(Locale.US, "USD",
                    Locale.GERMAN), Locale.US);
            assertThat(german.grid().rows()).extracting(row -> row.label()).startsWith("ACV", "Bruttomarge", "CAC",
                    "Jährliche Logo-Abwanderung");
            assertThat(german.grid().rows().get(3).help()).isEqualTo("Anteil der Kunden, die in einem Jahr kündigen");
        } finally {
            UiText.use(Locale.ENGLISH);
        }
        UnitEconomicsViewModel english = new UnitEconomicsViewModel(selected, FORMATS, LOCALE);
        assertThat(english.grid().rows().get(3).label()).isEqualTo("Annual logo churn");
    }

    @Test
    void theRetentionViewsClosingArrCardIsTheOverviewsCard() {
        // drift: the retention view named it finalArr, the overview closingArr; one figure, one card
        RetentionViewModel vm = new RetentionViewModel(selected, FORMATS, LOCALE);
        HeadlinesViewModel overview = new HeadlinesViewModel(selected.get(), FORMATS);
        Headline retention = vm.headlines().stream().filter(h -> h.id().equals("closingArr")).findFirst().orElseThrow();
        Headline headline = overview.headlinesProperty().stream().filter(h -> h.id().equals("closingArr")).findFirst()
                .orElseThrow();
        assertThat(retention.title()).isEqualTo(headline.title()).startsWith("Year ").endsWith(": closing ARR");
        assertThat(retention.value()).isEqualTo(headline.value());
        assertThat(vm.headlines()).noneMatch(h -> h.id().equals("finalArr"));
    }

    @Test
    void theRetentionProgrammeShowsTheSeedsRoiAndANetGainCurve() {
        session.selectedProperty().set(session.scenarios().get(2));
        RetentionProgramViewModel vm = new RetentionProgramViewModel(selected, FORMATS, LOCALE);
        assertThat(card(vm.headlines(), "roi")).isEqualTo("28%");
        // drift: the card said "Customers kept", the command line "Logos saved"; the catalogue's label everywhere
        assertThat(vm.headlines().stream().filter(h -> h.id().equals("logosSaved")).findFirst().orElseThrow().title())
                .isEqualTo("Customers kept");
        assertThat(card(vm.headlines(), "breakEvenChurnReduction")).isEqualTo("3.13\u00a0pts"); // 3.125 points, a half rounded up
        assertThat(vm.curve()).hasSize(41);
        assertThat(vm.curve().get(0).netGain()).isEqualTo(-150_000);
        assertThat(vm.plannedReduction()).isEqualTo(0.04, Offset.offset(1e-12));
    }

    @Test
    void budgetShowsEveryStageAndTheSplitAndTheFunnelConverts() {
        BudgetPostSaleViewModel vm = new BudgetPostSaleViewModel(selected, FORMATS, LOCALE);
        assertThat(vm.budgetGrid().rows()).hasSize(10);
        assertThat(card(vm.budgetCards(), "prePostDollars")).isEqualTo("95% / 5%");
        assertThat(vm.funnel()).hasSize(6);
        assertThat(vm.budgetGrid().edit(9, 1, "50000")).isTrue(); // win-back, post-purchase
        assertThat(vm.budget().postDollarsShare().getAsDouble()).isGreaterThan(0.05);
        assertThat(vm.budgetGrid().edit(0, 0, "Other")).isFalse();
    }

    @Test
    void channelsAreRankedByLtvToCac() {
        ChannelsViewModel vm = new ChannelsViewModel(selected, FORMATS, LOCALE);
        assertThat(vm.ranked()).isNotEmpty();
        for (int i = 1; i < vm.ranked().size(); i++) {
            assertThat(vm.ranked().get(i - 1).ltvToCac().orElse(0))
                    .isGreaterThanOrEqualTo(vm.ranked().get(i).ltvToCac().orElse(0));
        }
        int before = vm.grid().rows().size();
        vm.grid().addRow();
        assertThat(vm.grid().rows()).hasSize(before + 1);
        session.history().undo();
        assertThat(vm.grid().rows()).hasSize(before);
    }
}
