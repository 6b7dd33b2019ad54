package dev.hourglass.ui.acquisition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.accounts.Account;
import dev.hourglass.model.accounts.GroupOutcome;
import dev.hourglass.model.channels.ChannelInputs;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.accounts.AccountsData;
import dev.hourglass.ui.common.DisplayFormats;
import dev.hourglass.ui.mainwindow.ScenarioEntry;
import dev.hourglass.ui.mainwindow.SelectedScenario;
import dev.hourglass.ui.mainwindow.WorkbookSession;
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
 * Eight accounts computed by hand. Campaign A: five accounts of $10,000, four a year old of which two renewed (one
 * with $2,000 expansion) → 12-month logo retention 50 %, NRR (10,000 + 12,000 + 10,000) ÷ 50,000 = 64 %; spend
 * $50,000 → CAC $10,000; LTV at 75 % margin = 10,000 · 0.75 · Σ_{y<5} (0.5 · 1.14)^y = $16,392.40 → LTV:CAC 1.64.
 * Campaign B: two accounts of $20,000, both renewed, one with $4,000 expansion → retention 100 %, NRR 110 %;
 * spend $60,000 → CAC $30,000 (dearer than A); LTV = 20,000 · 0.75 · Σ 1.1^y = $91,576.50 → LTV:CAC 3.05.
 * Content and SEO: one account and no channel.
 */
class AcquisitionViewModelTest {
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate RENEWAL = LocalDate.of(2025, 1, 1);
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
        vm = new AcquisitionViewModel(accounts, new SelectedScenario(session), new DisplayFormats(Locale.US));
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
                        new ChannelInputs(A, 50_000, 5, 4, 5, 0.25, 0.05, 24_000, 0.8),
                        new ChannelInputs(B, 60_000, 2, 2, 2, 0.10, 0.15, 24_000, 0.8),
                        new ChannelInputs("Trade fairs", 1_000, 1, 1, 1, 0.2, 0.0, 24_000, 0.8)));
    }

    static List<Account> accounts() {
        List<Account> list = new ArrayList<>();
        list.add(account("a1", A, START, 10_000, true, Optional.of(true), 0));
        list.add(account("a2", A, START, 10_000, true, Optional.of(false), 0));
        list.add(account("a3", A, START, 10_000, false, Optional.of(false), 0));
        list.add(account("a4", A, START, 10_000, true, Optional.of(true), 2_000));
        list.add(account("a5", A, LocalDate.of(2025, 6, 30), 10_000, true, Optional.empty(), 0)); // the data's date
        list.add(account("b1", B, START, 20_000, true, Optional.of(true), 4_000));
        list.add(account("b2", B, START, 20_000, true, Optional.of(true), 0));
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
        assertThat(vm.asOf()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(vm.rows()).extracting(GroupOutcome::group).containsExactly(B, A, "Content and SEO");

        assertThat(row(A).cac().getAsDouble()).isEqualTo(10_000);
        assertThat(row(B).cac().getAsDouble()).isEqualTo(30_000);
        assertThat(cell("cac", A)).isEqualTo("$10,000");
        assertThat(tooltip("cac", A)).isEqualTo("CAC = spend ÷ customers = $50,000 ÷ 5");
        assertThat(cell("retention", A)).isEqualTo("50%");
        assertThat(tooltip("retention", A)).endsWith("= 2 ÷ 4");
        assertThat(cell("nrr", A)).isEqualTo("64%");

        double ltvB = 20_000 * 0.75 * (1 + 1.1 + 1.21 + 1.331 + 1.4641);
        assertThat(row(B).ltv().getAsDouble()).isCloseTo(ltvB, within(0.01));
        assertThat(row(B).ltvToCac().getAsDouble()).isCloseTo(ltvB / 30_000, within(1e-9));
        assertThat(cell("ltvToCac", B)).isEqualTo("3.1×");
        assertThat(tooltip("ltvToCac", B)).isEqualTo("LTV:CAC = LTV ÷ CAC = $91,576 ÷ $30,000");
        double q = 0.5 * 1.14;
        double ltvA = 10_000 * 0.75 * (1 + q + q * q + q * q * q + q * q * q * q);
        assertThat(row(A).ltvToCac().getAsDouble()).isCloseTo(ltvA / 10_000, within(1e-9));

        assertThat(vm.best()).map(GroupOutcome::group).contains(B);
        assertThat(vm.worst()).map(GroupOutcome::group).contains(A);
        assertThat(vm.points()).extracting(AcquisitionViewModel.Point::group).containsExactly(B, A);
        assertThat(vm.notPlottedProperty().get()).contains("Content and SEO");
    }

    @Test
    void aGroupWithoutAChannelSaysHowToGetItsCac() {
        assertThat(cell("cac", "Content and SEO")).isEqualTo(DisplayFormats.NO_DATA);
        assertThat(cell("ltvToCac", "Content and SEO")).isEqualTo(DisplayFormats.NO_DATA);
        assertThat(vm.hint(row("Content and SEO"))).hasValueSatisfying(hint ->
                assertThat(hint).contains("add a channel named 'Content and SEO' in the Channels view"));
        assertThat(tooltip("cac", "Content and SEO")).contains("add a channel named 'Content and SEO'");
        assertThat(vm.hint(row(A))).isEmpty();
        assertThat(vm.hintsProperty().get()).contains("Content and SEO").doesNotContain(A);

        vm.groupingProperty().set(AcquisitionViewModel.Grouping.SOURCE);
        assertThat(vm.rows()).extracting(GroupOutcome::group).containsExactlyInAnyOrder("Paid search", "Organic");
        assertThat(vm.hintsProperty().get()).startsWith("No CAC for Organic, Paid search:");
    }

    @Test
    void theMeasuredRetentionIsPreviewedAppliedAsOneEditAndUndone() {
        assertThat(vm.canUseRetentionProperty().get()).isTrue();
        assertThat(vm.retentionChanges()).extracting(AcquisitionViewModel.Change::text).containsExactly(
                A + ": annual logo churn 25% → 50%",
                A + ": annual expansion 5% → 14%",
                A + ": ACV $24,000 → $10,000",
                B + ": annual logo churn 10% → 0%",
                B + ": annual expansion 15% → 10%",
                B + ": ACV $24,000 → $20,000");

        vm.useMeasuredRetention();
        ChannelInputs a = channel(A);
        assertThat(a.annualLogoChurn()).isCloseTo(0.5, within(1e-12));
        assertThat(a.annualExpansion()).isCloseTo(0.14, within(1e-12));
        assertThat(a.acv()).isEqualTo(10_000);
        assertThat(a.spend()).isEqualTo(50_000);
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
        cheaper.set(0, new ChannelInputs(a.name(), 5_000, a.newCustomers(), a.activated(), a.retained90d(),
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
