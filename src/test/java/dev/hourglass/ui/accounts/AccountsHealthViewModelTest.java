package dev.hourglass.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.model.accounts.Account;
import dev.hourglass.model.accounts.HealthSettings;
import dev.hourglass.model.accounts.Indicator;
import dev.hourglass.model.accounts.RiskBand;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.ui.TestSessions;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.session.AccountsData;
import dev.hourglass.ui.session.SelectedScenario;
import dev.hourglass.ui.session.WorkbookSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsHealthViewModelTest {
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    @TempDir
    Path dir;
    private WorkbookSession session;
    private AccountsHealthViewModel vm;

    @BeforeEach
    void open() throws Exception {
        session = TestSessions.open(dir, List.of(SeedScenarios.baseCase()));
        vm = showAccounts(new FigureFormatter(Locale.US, "USD"));
    }

    private AccountsHealthViewModel showAccounts(FigureFormatter formats) {
        AccountsData data = new AccountsData(session.workbook());
        AccountsHealthViewModel shown = new AccountsHealthViewModel(data, new SelectedScenario(session), formats);
        data.show(List.of(
                // 100 × (20·1 + 10·1 + 20·0.5 + 20·0.5 + 10·0.5 + 10·1 + 10·0.5) / 100 = 70: green.
                account("A1", 10_000, "2026-01-01", 10, 20, 5, 10, 20, 40, 1.0, 3, 0, null, null),
                // Never activated, nothing else known: 0, red.
                account("A2", 20_000, "2026-02-01", null, null, null, null, null, null, null, null, null, null, null),
                // 100 × (20·0.5 + 10·1) / 30 = 66.67: yellow.
                account("A3", 30_000, "2026-04-01", 20, null, null, null, null, null, null, null, 100, null, null),
                // Left in June 2025 without activating: red, but gone.
                account("A4", 5_000, "2025-06-01", null, null, null, null, null, null, null, null, null, false,
                        LocalDate.of(2025, 6, 1))));
        return shown;
    }

    @AfterEach
    void close() {
        UiText.use(Locale.ENGLISH);
        session.close();
    }

    @Test
    void aGermanDesktopNamesTheBandsAndIndicatorsInGerman() {
        UiText.use(Locale.GERMAN);
        AccountsHealthViewModel german = showAccounts(new FigureFormatter(Locale.GERMANY, "USD", Locale.GERMAN));
        german.showProperty().set(AccountsHealthViewModel.Show.AT_RISK);

        assertThat(german.headlines().subList(0, 3)).extracting(h -> h.title().substring(0, h.title().indexOf(" · ")))
                .containsExactly("Rot", "Gelb", "Grün");
        assertThat(german.probabilities(german.renewalRiskProperty().get())).startsWith("rot ").contains(", gelb ", ", grün ");
        assertThat(german.missing(german.rows().get(1))).contains("Zeit bis zum ersten Nutzen", "Lizenzauslastung",
                "Support-Tickets").doesNotContain("Seat utilisation");
    }

    private static Account account(String id, double arr, String renewal, Integer activation, Integer firstValue,
                                   Integer adopted, Integer available, Integer users, Integer seats, Double tickets,
                                   Integer stakeholders, Integer nps, Boolean renewed, LocalDate churn) {
        return new Account(id, "Partner", "Referrals", "", START, arr, Optional.of(LocalDate.parse(renewal)), i(activation),
                i(firstValue), i(adopted), i(available), i(users), i(seats),
                tickets == null ? OptionalDouble.empty() : OptionalDouble.of(tickets), i(stakeholders), i(nps),
                Optional.ofNullable(renewed), 0, Optional.ofNullable(churn));
    }

    private static OptionalInt i(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private Scenario scenario() {
        return session.selectedProperty().get().scenario();
    }

    @Test
    void currentCustomersAreScoredBandedAndTheChurnedKeptApart() {
        assertThat(vm.rows()).extracting(r -> r.account().account()).containsExactly("A1", "A2", "A3");
        assertThat(vm.rows()).extracting(AccountsHealthViewModel.Row::band)
                .containsExactly(RiskBand.GREEN, RiskBand.RED, RiskBand.YELLOW);
        assertThat(vm.rows().get(2).score()).isCloseTo(66.667, within(0.001));
        assertThat(HealthText.reason(vm.reasons(vm.rows().get(1)).get(0), vm.formats())).isEqualTo("no activation within 30 days");
        assertThat(vm.missing(vm.rows().get(2))).startsWith("Unknown, left out (the other weights rescaled): ");
        assertThat(vm.customersByBand()).containsEntry(RiskBand.RED, 1).containsEntry(RiskBand.GREEN, 1);
        vm.showProperty().set(AccountsHealthViewModel.Show.CHURNED);
        assertThat(vm.rows()).extracting(r -> r.account().account()).containsExactly("A4");
        vm.showProperty().set(AccountsHealthViewModel.Show.AT_RISK);
        assertThat(vm.rows()).extracting(r -> r.account().account()).containsExactly("A2", "A3");
        assertThat(vm.headlines().get(0).title()).isEqualTo("Red · 1 customer");
        assertThat(vm.headlines().get(0).value()).isEqualTo("$20K");
    }

    @Test
    void accountsWithoutAnActivationColumnShowWhyActivationIsLeftOut() {
        assertThat(vm.warningProperty().get()).isEmpty(); // A1 has every indicator
        Account unknown = new Account("U1", "Partner", "Referrals", "", START, 10_000, Optional.empty(),
                OptionalInt.empty(), false, OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.of(30), OptionalInt.of(40), OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.of(20),
                Optional.empty(), 0, Optional.empty());
        vm.data().show(List.of(unknown));
        assertThat(vm.warningProperty().get().lines()).startsWith("The file has no daysToActivation column: activation"
                + " is left out of the score and its weight shared over the others.");
        // Seats 0.75 (weight 20) and NPS 0.6 (weight 10): 100 × 21 / 30 = 70, never "no activation within 30 days".
        assertThat(vm.rows().get(0).score()).isCloseTo(70, within(1e-9));
        assertThat(vm.reasons(vm.rows().get(0))).extracting(r -> r.indicator())
                .containsExactly(Indicator.SEAT_UTILISATION, Indicator.NPS);
        vm.data().show(List.of());
        assertThat(vm.warningProperty().get()).isEmpty();
    }

    @Test
    void changingAWeightOrABandLimitRescoresAtOnce() {
        vm.setWeight(Indicator.NPS, 0);
        // A1 without NPS: 100 × 65 / 90 = 72.2; A3: only activation known, 0.5 → 50.
        assertThat(vm.rows().get(0).score()).isCloseTo(72.222, within(0.001));
        assertThat(vm.rows().get(2).score()).isCloseTo(50, within(1e-9));
        vm.setBands(75, 40);
        assertThat(vm.rows().get(0).band()).isEqualTo(RiskBand.YELLOW);
        vm.resetSettings();
        assertThat(vm.rows().get(0).band()).isEqualTo(RiskBand.GREEN);
        // Full score only within 7 days: A1's activation in 10 days scores 0.5 → 100 × 60 / 100 = 60, yellow.
        vm.setScoring(7, 10, 30, 60, 2.0, 3);
        assertThat(vm.rows().get(0).score()).isCloseTo(60, within(1e-9));
        vm.setScoring(30, 10, 30, 60, 2.0, 3); // half-score days below full-score days: refused, nothing changes
        assertThat(vm.settingsProperty().get().activationFullDays()).isEqualTo(7);
    }

    @Test
    void theScenarioTakesItsGrrFromThePipelineUndoably() {
        // Too few known outcomes: p(churn) from the settings, green 5 %, yellow 20 %, red 50 %.
        // Expected churn 10,000 × 5 % + 20,000 × 50 % + 30,000 × 20 % = 16,500 of 60,000 → GRR 72.5 %.
        assertThat(vm.renewalRiskProperty().get().expectedGrr().getAsDouble()).isCloseTo(0.725, within(1e-12));
        assertThat(vm.previewGrr()).containsExactly(
                new AccountsHealthViewModel.Change("Retention: GRR", "90%", "72.5%"),
                new AccountsHealthViewModel.Change("Retention: NRR (expansion kept)", "105%", "87.5%"));
        vm.applyGrr();
        assertThat(scenario().retention().orElseThrow().rates().grr()).isCloseTo(0.725, within(1e-12));
        assertThat(scenario().retention().orElseThrow().rates().nrr()).isCloseTo(0.875, within(1e-12));
        session.history().undo();
        assertThat(scenario()).isEqualTo(SeedScenarios.baseCase());
    }

    @Test
    void theRetentionProgrammeTakesTheRedBandUndoably() {
        // One current red customer (A2, $20,000); red churn 50 % (a setting); the planned 4 points kept: 46 %.
        assertThat(vm.previewAtRisk()).extracting(AccountsHealthViewModel.Change::then)
                .containsExactly("1", "$20,000", "50%", "46%");
        vm.applyAtRisk();
        var programme = scenario().retentionProgram().orElseThrow();
        assertThat(programme.customers()).isEqualTo(1);
        assertThat(programme.churnTarget()).isCloseTo(0.46, within(1e-12));
        assertThat(programme.programCost()).isEqualTo(150_000);
        session.history().undo();
        assertThat(scenario()).isEqualTo(SeedScenarios.baseCase());
    }

    @Test
    void theRedAndYellowListIsWrittenMostAtRiskFirst() throws Exception {
        Path file = dir.resolve("at-risk.csv");
        assertThat(vm.exportAtRisk(file)).isEqualTo(2);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).endsWith("Account,Band,Score,ARR now,Renewal date,Source,Campaign,Reasons");
        assertThat(lines.get(1)).startsWith("A2,Red,0,\"20,000\",2026-02-01,Partner,Referrals,no activation within 30 days")
                .doesNotStartWith("A4");
        assertThat(lines.get(2)).startsWith("A3,Yellow,66.7,");
    }

    @Test
    void tunedSettingsAreKeptWithTheWorkbook() throws Exception {
        vm.setWeight(Indicator.NPS, 35);
        vm.setBands(80, 45);
        vm.saveSettings();
        AccountsHealthViewModel reopened = new AccountsHealthViewModel(new AccountsData(session.workbook()),
                new SelectedScenario(session), new FigureFormatter(Locale.US, "USD"));
        assertThat(reopened.settingsProperty().get()).isEqualTo(vm.settingsProperty().get());
        assertThat(reopened.settingsProperty().get().weight(Indicator.NPS)).isEqualTo(35);
        session.workbook().saveSetting(AccountsHealthViewModel.SETTINGS_KEY, "{\"greenFrom\": 20, \"yellowFrom\": 50}");
        AccountsHealthViewModel damaged = new AccountsHealthViewModel(new AccountsData(session.workbook()),
                new SelectedScenario(session), new FigureFormatter(Locale.US, "USD"));
        assertThat(damaged.settingsProperty().get()).isEqualTo(HealthSettings.defaults());
    }

    @Test
    void anEarlierDateRecomputesEveryFigureAsKnownThen() {
        // The data's newest date is A4's churn and lost renewal, 2025-06-01: the view starts there.
        assertThat(vm.asOfProperty().get()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(vm.renewalRiskProperty().get().pipelineArr()).isEqualTo(60_000);

        // A day earlier A4 was still a customer (red, never activated) with its renewal open in 2025-Q2: 5,000 more
        // up for renewal at red's 50 %: expected churn 16,500 + 2,500 = 19,000 of 65,000.
        vm.asOfProperty().set(LocalDate.of(2025, 5, 31));
        assertThat(vm.modelProperty().get().asOf()).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(vm.rows()).extracting(r -> r.account().account()).containsExactly("A1", "A2", "A3", "A4");
        assertThat(vm.customersByBand().get(RiskBand.RED)).isEqualTo(2);
        assertThat(vm.renewalRiskProperty().get().pipelineArr()).isEqualTo(65_000);
        assertThat(vm.renewalRiskProperty().get().expectedChurnedArr()).isEqualTo(19_000);
        assertThat(vm.quarters()).extracting(q -> q.label()).containsExactly("2025-Q2", "2026-Q1", "2026-Q2");

        // Before any start: no customer yet, and the view says why.
        vm.asOfProperty().set(LocalDate.of(2024, 12, 31));
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.warningProperty().get())
                .contains("4 accounts started after 2024-12-31 and are left out (not customers yet at that date).");
    }

    @Test
    void moreFeaturesAdoptedThanAvailableAreReportedInTheView() {
        vm.data().show(List.of(account("X1", 10_000, "2026-01-01", 10, 20, 12, 10, 20, 40, 1.0, 3, 0, null, null)));
        assertThat(vm.warningProperty().get()).isEqualTo("1 account has more features adopted than available, counted"
                + " as full adoption (100 %): X1: 12 features adopted of 10 available.");
    }

    @Test
    void predictorExpansionAndOutcomeSettingsAreEditedRefusedAndKeptWithTheWorkbook() throws Exception {
        // A1 uses half its seats and features: no expansion target at 90 % / 80 %, one at 50 % seats.
        assertThat(vm.expansionTargets()).isEmpty();
        assertThat(vm.setExpansion(0.5, 0.9)).isTrue();
        assertThat(vm.expansionTargets()).extracting(t -> t.account().account()).containsExactly("A1");

        // A4's lost renewal is the one known outcome, in the red band: with 1 outcome enough, p(red) = 1 of 1.
        assertThat(vm.setMinimumOutcomes(1)).isTrue();
        assertThat(vm.renewalRiskProperty().get().churnProbabilities().get(RiskBand.RED).measured()).isTrue();
        // 10,000 × 5 % + 20,000 × 100 % + 30,000 × 20 % = 26,500.
        assertThat(vm.renewalRiskProperty().get().expectedChurnedArr()).isEqualTo(26_500);

        // A4 never activated: it meets no activation threshold, so the predictor table counts it as not meeting.
        assertThat(vm.setPredictorThreshold(Indicator.ACTIVATION, 10)).isTrue();
        assertThat(vm.predictors()).filteredOn(p -> p.indicator() == Indicator.ACTIVATION)
                .singleElement().satisfies(p -> assertThat(p.notMeeting()).isEqualTo(1));
        assertThat(vm.setPredictorThreshold(Indicator.ADOPTION, 1.5)).isFalse();
        assertThat(vm.setPredictorThreshold(Indicator.NPS, 12.5)).isFalse();
        assertThat(vm.setExpansion(1.2, 0.5)).isFalse();
        assertThat(vm.setMinimumOutcomes(-1)).isFalse();

        vm.saveSettings();
        AccountsHealthViewModel reopened = new AccountsHealthViewModel(new AccountsData(session.workbook()),
                new SelectedScenario(session), new FigureFormatter(Locale.US, "USD"));
        var kept = reopened.settingsProperty().get();
        assertThat(kept).isEqualTo(vm.settingsProperty().get());
        assertThat(kept.predictorThresholds().value(Indicator.ACTIVATION)).isEqualTo(10);
        assertThat(kept.expansionSeatFrom()).isEqualTo(0.5);
        assertThat(kept.minimumOutcomes()).isEqualTo(1);
    }
}
