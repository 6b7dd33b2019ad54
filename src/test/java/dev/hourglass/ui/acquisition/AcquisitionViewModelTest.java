package dev.hourglass.ui.acquisition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.accounts.Account;
import dev.hourglass.model.accounts.GroupOutcome;
import dev.hourglass.model.channels.ChannelInputs;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.session.ScenarioEntry;
import dev.hourglass.ui.session.SelectedScenario;
import dev.hourglass.ui.session.WorkbookSession;
import dev.hourglass.ui.session.AccountsData;
import dev.hourglass.ui.session.ScenarioEntry;
import dev.hourglass.ui.session.SelectedScenario;
import dev.hourglass.ui.session.WorkbookSession;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fifteen accounts computed by hand, as of 2025-06-30 (the data's newest date: a9's start). Campaign A: nine accounts
 * of $10,000; a1–a8 started 2023-06-30 (24 whole months, 2 years, before the as-of date), six renewed (a1 with
 * $12,600 expansion), two not → 12-month logo retention 6 ÷ 8 = 75 %; the six survivors grew 72,600 ÷ 60,000 = 1.21
 * in 2 years → expansion 1.21^(1/2) − 1 = 10 % a year; NRR (72,600 + 10,000) ÷ 90,000 = 92 %; spend $90,000 → CAC
 * $10,000; LTV at 75 % margin = 7,500 · Σ_{y<5} (0.75 · 1.1)^y = $26,477.93 → LTV:CAC 2.65. Campaign B: five accounts
 * of $20,000, all renewed, b1 with $10,250 expansion → retention 100 %, 110,250 ÷ 100,000 = 1.1025 in 2 years → 5 % a
 * year; spend $150,000 → CAC $30,000 (dearer than A); LTV = 15,000 · Σ 1.05^y = $82,884.47 → LTV:CAC 2.76 (better).
 * Content and SEO: one account and no channel.
 */
class AcquisitionViewModelTest {
    private static final LocalDate START = LocalDate.of(2023, 6, 30);
    private static final LocalDate RENEWAL = LocalDate.of(2024, 6, 30);
    private static final LocalDate DATA_DATE = LocalDate.of(2025, 6, 30);
    private static final String A = "Campaign A (cheaper leads)";
    private static final String B = "Campaign B (better customers)";

    @TempDir
    Path dir;
    private WorkbookSession session;
    private AccountsData accounts;
    private AcquisitionViewModel vm;

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("w.hourglass");
        try (Workbook workbook = Workbook.create(file, "USD", "en-US", JsonScenarioCodec.INSTANCE)) {
            workbook.addScenario(scenario());
        }
        session = new WorkbookSession(Workbook.open(file, JsonScenarioCodec.INSTANCE), Duration.ofHours(1), Runnable::run);
        accounts = new AccountsData(session.workbook());
        vm = new AcquisitionViewModel(accounts, new SelectedScenario(session), new FigureFormatter(Locale.US, "USD"));
        accounts.show(accounts());
    }

    @AfterEach
    void close() {
        session.close();
    }

    static Scenario scenario() {
        return Scenario.empty("Acquisition test")
                .withUnitEconomics(UnitEconomicsInputs.of(24_000, 0.75, 18_000, 0.18))
                .withChannels(List.of(
                        new ChannelInputs(A, 90_000, 9, 8, 9, 0.30, 0.05, 24_000, 0.8),
                        new ChannelInputs(B, 150_000, 5, 5, 5, 0.10, 0.15, 24_000, 0.8),
                        new ChannelInputs("Trade fairs", 1_000, 1, 1, 1, 0.2, 0.0, 24_000, 0.8)));
    }

    static List<Account> accounts() {
        List<Account> list = new ArrayList<>();
        list.add(account("a1", A, START, 10_000, true, Optional.of(true), 12_600));
        for (int i = 2; i <= 6; i++) {
            list.add(account("a" + i, A, START, 10_000, true, Optional.of(true), 0));
        }
        list.add(account("a7", A, START, 10_000, true, Optional.of(false), 0));
        list.add(account("a8", A, START, 10_000, false, Optional.of(false), 0));
        list.add(account("a9", A, DATA_DATE, 10_000, true, Optional.empty(), 0)); // the data's date
        list.add(account("b1", B, START, 20_000, true, Optional.of(true), 10_250));
        for (int i = 2; i <= 5; i++) {
            list.add(account("b" + i, B, START, 20_000, true, Optional.of(true), 0));
        }
        list.add(account("c1", "Content and SEO", START, 15_000, true, Optional.of(true), 0));
        return list;
    }

    private static Account account(String id, String campaign, LocalDate start, double arr, boolean activated,
                                   Optional<Boolean> renewed, double expansion) {
        boolean left = renewed.isPresent() && !renewed.get();
        return new Account(id, campaign.equals("Content and SEO") ? "Organic" : "Paid search", campaign, "SMB", start,
                arr, Optional.of(renewed.isPresent() ? RENEWAL : start.plusYears(1)),
                activated ? OptionalInt.of(5) : OptionalInt.empty(), OptionalInt.of(20), OptionalInt.of(5),
                OptionalInt.of(10), OptionalInt.of(4), OptionalInt.of(5), OptionalDouble.of(0.5), OptionalInt.of(2),
                OptionalInt.empty(), renewed, expansion, left ? Optional.of(RENEWAL) : Optional.empty());
    }

    private GroupOutcome row(String group) {
        return vm.rows().stream().filter(o -> o.group().equals(group)).findFirst().orElseThrow();
    }

    private String cell(String column, String group) {
        return column(column).value().apply(row(group));
    }

    private String tooltip(String column, String group) {
        return column(column).formula().apply(row(group));
    }

    private AcquisitionViewModel.Column column(String id) {
        return vm.columns().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void campaignBRanksFirstThoughCampaignACostsLessPerCustomer() {
        assertThat(vm.hasAccountsProperty().get()).isTrue();
        assertThat(vm.asOf()).isEqualTo(DATA_DATE);
        assertThat(vm.asOfProperty().get()).isEqualTo(DATA_DATE);
        assertThat(vm.rows()).extracting(GroupOutcome::group).containsExactly(B, A, "Content and SEO");

        assertThat(row(A).cac().getAsDouble()).isEqualTo(10_000);
        assertThat(row(B).cac().getAsDouble()).isEqualTo(30_000);
        assertThat(cell("cac", A)).isEqualTo("$10,000");
        assertThat(tooltip("cac", A)).isEqualTo("CAC = spend ÷ customers = $90,000 ÷ 9");
        assertThat(cell("retention", A)).isEqualTo("75%");
        assertThat(tooltip("retention", A)).endsWith("= 6 ÷ 8");
        assertThat(cell("nrr", A)).isEqualTo("91.8%");

        assertThat(row(A).annualExpansion().getAsDouble()).isCloseTo(0.10, within(1e-12));
        assertThat(row(B).annualExpansion().getAsDouble()).isCloseTo(0.05, within(1e-12));
        double ltvB = 15_000 * (1 + 1.05 + 1.1025 + 1.157625 + 1.21550625);
        assertThat(row(B).ltv().getAsDouble()).isCloseTo(ltvB, within(1e-6)).isCloseTo(82_884.47, within(0.01));
        assertThat(row(B).ltvToCac().getAsDouble()).isCloseTo(ltvB / 30_000, within(1e-9));
        assertThat(cell("ltvToCac", B)).isEqualTo("2.8×");
        assertThat(tooltip("ltvToCac", B)).isEqualTo("LTV:CAC = LTV ÷ CAC = $82,884 ÷ $30,000");
        assertThat(tooltip("ltv", A)).contains("annual expansion of the 6 survivors (a year old, still customers) = "
                + "max(0, (ARR now $72,600 ÷ starting ARR $60,000)^(1 ÷ mean age 2 years) − 1) = 10%");
        double ltvA = 7_500 * (1 + 0.825 + 0.680625 + 0.561515625 + 0.463250390625);
        assertThat(row(A).ltv().getAsDouble()).isCloseTo(ltvA, within(1e-6)).isCloseTo(26_477.93, within(0.01));
        assertThat(row(A).ltvToCac().getAsDouble()).isCloseTo(ltvA / 10_000, within(1e-9));

        assertThat(vm.best()).map(GroupOutcome::group).contains(B);
        assertThat(vm.worst()).map(GroupOutcome::group).contains(A);
        assertThat(vm.points()).extracting(AcquisitionViewModel.Point::group).containsExactly(B, A);
        assertThat(vm.notPlottedProperty().get()).contains("Content and SEO");
    }

    @Test
    void aGroupWithoutAChannelSaysHowToGetItsCac() {
        assertThat(cell("cac", "Content and SEO")).isEqualTo("no data");
        assertThat(cell("ltvToCac", "Content and SEO")).isEqualTo("no data");
        assertThat(vm.hint(row("Content and SEO"))).hasValueSatisfying(hint ->
                assertThat(hint).contains("add a channel named 'Content and SEO' in the Channels view"));
        assertThat(tooltip("cac", "Content and SEO")).contains("add a channel named 'Content and SEO'");
        assertThat(vm.hint(row(A))).isEmpty();
        assertThat(vm.hintsProperty().get()).contains("Content and SEO").doesNotContain(A);

        vm.groupingProperty().set(AcquisitionViewModel.Grouping.SOURCE);
        assertThat(vm.rows()).extracting(GroupOutcome::group).containsExactlyInAnyOrder("Paid search", "Organic");
        assertThat(vm.hintsProperty().get()).startsWith("No CAC for Paid search, Organic:"); // Organic, one account, has no LTV: last
    }

    @Test
    void theMeasuredRetentionIsPreviewedAppliedAsOneEditAndUndone() {
        assertThat(vm.canUseRetentionProperty().get()).isTrue();
        assertThat(vm.retentionChanges()).extracting(AcquisitionViewModel.Change::text).containsExactly(
                A + ": annual logo churn 30% → 25%",
                A + ": annual expansion 5% → 10%",
                A + ": ACV $24,000 → $10,000",
                B + ": annual logo churn 10% → 0%",
                B + ": annual expansion 15% → 5%",
                B + ": ACV $24,000 → $20,000");

        vm.useMeasuredRetention();
        ChannelInputs a = channel(A);
        assertThat(a.annualLogoChurn()).isCloseTo(0.25, within(1e-12));
        assertThat(a.annualExpansion()).isCloseTo(0.10, within(1e-12));
        assertThat(a.acv()).isEqualTo(10_000);
        assertThat(a.spend()).isEqualTo(90_000);
        assertThat(channel(B).acv()).isEqualTo(20_000);
        assertThat(channel("Trade fairs")).isEqualTo(scenario().channels().orElseThrow().get(2));
        assertThat(vm.retentionChanges()).isEmpty();
        assertThat(vm.canUseRetentionProperty().get()).isFalse();
        assertThat(vm.retentionNoteProperty().get()).contains("already use the measured figures");

        session.history().undo();
        assertThat(session.selectedProperty().get().scenario()).isEqualTo(scenario());
        assertThat(vm.retentionChanges()).hasSize(6);
    }

    @Test
    void editingTheScenariosChannelsRecomputes() {
        ScenarioEntry entry = session.selectedProperty().get();
        List<ChannelInputs> cheaper = new ArrayList<>(entry.scenario().channels().orElseThrow());
        ChannelInputs a = cheaper.get(0);
        cheaper.set(0, new ChannelInputs(a.name(), 9_000, a.newCustomers(), a.activated(), a.retained90d(),
                a.annualLogoChurn(), a.annualExpansion(), a.acv(), a.grossMargin()));
        session.edit(entry, entry.scenario().withChannels(cheaper), "spend");

        assertThat(cell("cac", A)).isEqualTo("$1,000");
        assertThat(vm.rows()).extracting(GroupOutcome::group).containsExactly(A, B, "Content and SEO");

        session.edit(entry, entry.scenario().withChannels(List.of()), "no channels");
        assertThat(vm.rows()).allSatisfy(o -> assertThat(o.cac()).isEmpty());
        assertThat(vm.canUseRetentionProperty().get()).isFalse();
        assertThat(vm.retentionNoteProperty().get()).contains("no channels");
    }

    @Test
    void anEarlierDateRecomputesAsKnownThen() {
        // A day before the data's date: a9 had not started; a1–a8 are 23 whole months old, so A's six survivors grew
        // 1.21 in 23/12 years; the card and the hints say which date and what was left out.
        vm.asOfProperty().set(DATA_DATE.minusDays(1));
        assertThat(vm.asOf()).isEqualTo(LocalDate.of(2025, 6, 29));
        assertThat(row(A).customers()).isEqualTo(8);
        assertThat(cell("cac", A)).isEqualTo("$11,250"); // 90,000 ÷ 8
        assertThat(row(A).annualExpansion().getAsDouble()).isCloseTo(Math.pow(1.21, 12.0 / 23) - 1, within(1e-12));
        assertThat(vm.hintsProperty().get()).contains("1 account started after 2025-06-29 and is left out");
        assertThat(vm.headlines().get(0).formula()).contains("as of 2025-06-29:");

        // Before the renewals of 2024-06-30: their outcomes were unknown, nobody had left, nobody was a year old.
        vm.asOfProperty().set(LocalDate.of(2024, 6, 29));
        assertThat(row(A).customers()).isEqualTo(8);
        assertThat(row(A).retainedCustomers()).isEqualTo(8);
        assertThat(row(A).logoRetention12m()).isEmpty();
        assertThat(row(A).ltv()).isEmpty();

        accounts.asOfProperty().set(null); // a cleared picker: back to the data's date
        assertThat(vm.asOf()).isEqualTo(DATA_DATE);
        assertThat(row(A).customers()).isEqualTo(9);
    }

    @Test
    void aScenarioWithoutChannelsSaysWhatIsMissingInsteadOfFigures() {
        ScenarioEntry entry = session.selectedProperty().get();
        session.edit(entry, entry.scenario().withChannels(List.of()), "no channels");

        assertThat(vm.hintsProperty().get()).startsWith("This scenario has no channels — add channels named like the "
                + "accounts' sources or campaigns, with the spend that won them, in the Channels view");
        assertThat(vm.headlines()).extracting(h -> h.id()).containsExactly("acquisitionAccounts");
        assertThat(vm.best()).isEmpty();
        assertThat(vm.rows()).allSatisfy(o -> assertThat(o.ltvToCac()).isEmpty());
    }

    @Test
    void channelsPlannedForOtherCustomersGiveNoBestOrLowestCac() {
        // The sample's base case: channels planned for a few customers against accounts of many — $9,000 for one
        // customer in A (9 accounts) would be a CAC of $1,000 and the "best" LTV:CAC, which means nothing here.
        ScenarioEntry entry = session.selectedProperty().get();
        List<ChannelInputs> planned = new ArrayList<>(entry.scenario().channels().orElseThrow());
        ChannelInputs a = planned.get(0);
        planned.set(0, new ChannelInputs(a.name(), 9_000, 1, 1, 1, a.annualLogoChurn(), a.annualExpansion(), a.acv(),
                a.grossMargin()));
        session.edit(entry, entry.scenario().withChannels(planned), "planned channel");

        assertThat(vm.headlines()).extracting(h -> h.id()).doesNotContain("bestLtvToCac", "worstLtvToCac")
                .contains("lowestCac");
        assertThat(vm.headlines().stream().filter(h -> h.id().equals("lowestCac")).findFirst().orElseThrow().title())
                .isEqualTo("Lowest CAC\n" + B);
        assertThat(vm.hintsProperty().get()).contains(A + " (1 new customers in the channel, 9 accounts)")
                .contains("no best, worst or lowest CAC is drawn from it");
    }

    @Test
    void withoutAccountsOnlyTheMessageIsShown() {
        accounts.show(List.of());
        assertThat(vm.hasAccountsProperty().get()).isFalse();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.points()).isEmpty();
        assertThat(vm.headlines()).isEmpty();
        assertThat(vm.hintsProperty().get()).isEmpty();
    }

    private ChannelInputs channel(String name) {
        return session.selectedProperty().get().scenario().channels().orElseThrow().stream()
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
