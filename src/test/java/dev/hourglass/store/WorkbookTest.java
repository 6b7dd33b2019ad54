package dev.hourglass.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.actuals.Ledger;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.StageSetup;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import dev.hourglass.store.WorkbookException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookTest {
    @TempDir
    Path dir;

    private Workbook create(String name) throws WorkbookException {
        return Workbook.create(dir.resolve(name), "EUR", "de-DE", JsonScenarioCodec.INSTANCE);
    }

    private static Workbook open(Path file) throws WorkbookException {
        return Workbook.open(file, JsonScenarioCodec.INSTANCE);
    }

    @Test
    void aNewWorkbookKnowsItsFormatCurrencyAndLocale() throws Exception {
        try (Workbook workbook = create("new.hourglass")) {
            WorkbookInfo info = workbook.info();
            assertThat(info.formatVersion()).isEqualTo(Migrations.CURRENT_VERSION);
            assertThat(info.currency()).isEqualTo("EUR");
            assertThat(info.locale()).isEqualTo("de-DE");
            assertThat(info.modifiedAt()).isAfterOrEqualTo(info.createdAt());
            assertThat(workbook.scenarios()).isEmpty();
            assertThat(workbook.isReadOnly()).isFalse();
        }
        assertThat(dir.toFile().list()).containsExactly("new.hourglass");
    }

    @Test
    void scenariosKeepTheirInputsOrderAndDescriptionAcrossReopening() throws Exception {
        Path file;
        try (Workbook workbook = create("plan.hourglass")) {
            file = workbook.file();
            for (Scenario scenario : SeedScenarios.all()) {
                workbook.addScenario(scenario);
            }
            StoredScenario base = workbook.scenario(SeedScenarios.baseCase().name()).orElseThrow();
            workbook.saveScenario(base.id(), base.scenario().withDescription("Board pack, March"), "described");
            workbook.moveScenario(base.id(), 2);
        }
        try (Workbook workbook = open(file)) {
            List<StoredScenario> scenarios = workbook.scenarios();
            assertThat(scenarios).extracting(StoredScenario::name).containsExactly(
                    SeedScenarios.nrr110().name(), SeedScenarios.retentionProgramme().name(),
                    SeedScenarios.baseCase().name());
            assertThat(scenarios.get(2).scenario())
                    .isEqualTo(SeedScenarios.baseCase().withDescription("Board pack, March"));
            assertThat(scenarios.get(0).scenario()).isEqualTo(SeedScenarios.nrr110());
        }
    }

    @Test
    void aTakenNameGetsANumberAndRenamingOntoATakenNameIsRefused() throws Exception {
        try (Workbook workbook = create("names.hourglass")) {
            StoredScenario first = workbook.addScenario(Scenario.empty("Plan"));
            StoredScenario second = workbook.addScenario(Scenario.empty("Plan"));
            assertThat(second.name()).isEqualTo("Plan (2)");
            assertThatThrownBy(() -> workbook.renameScenario(second.id(), "Plan"))
                    .isInstanceOf(WorkbookException.class).hasMessageContaining("already has a scenario named 'Plan'");
            StoredScenario copy = workbook.duplicateScenario(first.id(), "Plan");
            assertThat(copy.name()).isEqualTo("Plan (3)");
        }
    }

    @Test
    void everySaveIsAVersionThatCanBeListedAndRestored() throws Exception {
        try (Workbook workbook = create("history.hourglass")) {
            Scenario base = SeedScenarios.baseCase();
            StoredScenario stored = workbook.addScenario(base);
            UnitEconomicsInputs unit = base.unitEconomics().orElseThrow();
            Scenario cheaper = base.withUnitEconomics(unit.withCac(12_000));
            workbook.saveScenario(stored.id(), cheaper, "CAC 12k");
            List<ScenarioVersion> history = workbook.history(stored.id());
            assertThat(history).extracting(ScenarioVersion::note).containsExactly("CAC 12k", "created");
            assertThat(workbook.scenario(stored.id()).scenario()).isEqualTo(cheaper);

            workbook.restoreVersion(stored.id(), history.get(1).id());
            assertThat(workbook.scenario(stored.id()).scenario()).isEqualTo(base);
            assertThat(workbook.history(stored.id())).hasSize(3);
            assertThat(workbook.version(history.get(0).id())).isEqualTo(cheaper);
        }
    }

    @Test
    void aDraftIsKeptApartUntilSavedOrDiscarded() throws Exception {
        Path file;
        Scenario base = SeedScenarios.baseCase();
        Scenario edited = base.withUnitEconomics(base.unitEconomics().orElseThrow().withCac(9_000));
        long id;
        try (Workbook workbook = create("draft.hourglass")) {
            file = workbook.file();
            id = workbook.addScenario(base).id();
            workbook.saveDraft(id, edited);
        }
        try (Workbook workbook = open(file)) {
            StoredScenario recovered = workbook.scenario(id);
            assertThat(recovered.scenario()).isEqualTo(base);
            assertThat(recovered.draft()).contains(edited);
            assertThat(recovered.draftSavedAt()).isPresent();
            workbook.saveScenario(id, recovered.draft().orElseThrow(), "recovered");
            assertThat(workbook.scenario(id).hasDraft()).isFalse();
            assertThat(workbook.scenario(id).scenario()).isEqualTo(edited);
        }
    }

    @Test
    void deletingAScenarioRemovesItsHistoryAndClosesTheGap() throws Exception {
        try (Workbook workbook = create("delete.hourglass")) {
            StoredScenario a = workbook.addScenario(Scenario.empty("A"));
            workbook.addScenario(Scenario.empty("B"));
            workbook.deleteScenario(a.id());
            assertThat(workbook.scenarios()).extracting(StoredScenario::name, StoredScenario::position)
                    .containsExactly(Tuple.tuple("B", 0));
            assertThatThrownBy(() -> workbook.history(a.id()).get(0)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void dealsAndTheirStageSetupRoundTrip() throws Exception {
        List<Deal> deals = List.of(
                new Deal("D1", 1200.5, "Negotiating", LocalDate.of(2017, 2, 1), Outcome.WON, "SMB", "Acme", "Ann",
                        "East", "Inbound", LocalDate.of(2017, 1, 15), LocalDate.of(2016, 10, 1), Boolean.FALSE),
                Deal.of("D2", 0, "Discovery", LocalDate.of(2017, 3, 1), Outcome.OPEN));
        try (Workbook workbook = create("deals.hourglass")) {
            Dataset dataset = workbook.importDeals("CRM export", "crm.csv", StageSetup.defaults(), "{\"columns\":{}}",
                    sink -> deals.forEach(sink));
            assertThat(dataset.rowCount()).isEqualTo(2);
            assertThat(dataset.kind()).isEqualTo(Dataset.Kind.DEALS);
            assertThat(dataset.mapping()).contains("{\"columns\":{}}");
            List<Deal> read = new ArrayList<>();
            workbook.readDeals(dataset.id(), read::add);
            assertThat(read).isEqualTo(deals);
            assertThat(workbook.stageSetup(dataset.id())).isEqualTo(StageSetup.defaults());
        }
    }

    @Test
    void aLargeDatasetReadOnTwoConnectionsComesBackWholeAndInImportOrder() throws Exception {
        int count = (int) ParallelDealReader.THRESHOLD + 12_345;
        try (Workbook workbook = create("large.hourglass")) {
            Dataset dataset = workbook.importDeals("big", "big.csv", StageSetup.defaults(), null, sink -> {
                for (int i = 0; i < count; i++) {
                    sink.accept(new Deal("D" + i, i, i % 2 == 0 ? "Negotiating" : "Discovery",
                            LocalDate.of(2017, 1, 1).plusDays(i % 300), Outcome.values()[i % 4], "S" + (i % 7),
                            "", "O" + (i % 50), "", "", null, i % 3 == 0 ? LocalDate.of(2016, 5, 1) : null,
                            i % 5 == 0 ? Boolean.TRUE : null));
                }
            });
            List<Deal> read = new ArrayList<>();
            workbook.readDeals(dataset.id(), read::add);
            assertThat(read).hasSize(count);
            for (int i = 0; i < count; i += 997) {
                Deal deal = read.get(i);
                assertThat(deal.id()).isEqualTo("D" + i);
                assertThat(deal.amount()).isEqualTo(i);
                assertThat(deal.owner()).isEqualTo("O" + (i % 50));
                assertThat(deal.createdDate()).isEqualTo(i % 3 == 0 ? LocalDate.of(2016, 5, 1) : null);
                assertThat(deal.include()).isEqualTo(i % 5 == 0 ? Boolean.TRUE : null);
            }
            assertThat(read.get(count - 1).id()).isEqualTo("D" + (count - 1));
        }
    }

    @Test
    void aDealsForecastSwitchIsStored() throws Exception {
        try (Workbook workbook = create("switch.hourglass")) {
            Dataset dataset = workbook.importDeals("d", "d.csv", StageSetup.defaults(), null, sink -> {
                sink.accept(Deal.of("A", 1, "Negotiating", LocalDate.of(2017, 1, 1), Outcome.OPEN));
                sink.accept(Deal.of("B", 2, "Negotiating", LocalDate.of(2017, 1, 1), Outcome.OPEN));
            });
            workbook.setDealInclude(dataset.id(), 1, Boolean.FALSE);
            List<Deal> read = new ArrayList<>();
            workbook.readDeals(dataset.id(), read::add);
            assertThat(read).extracting(Deal::include).containsExactly(null, Boolean.FALSE);
            workbook.setDealInclude(dataset.id(), 1, null);
            read.clear();
            workbook.readDeals(dataset.id(), read::add);
            assertThat(read.get(1).include()).isNull();
            assertThatThrownBy(() -> workbook.setDealInclude(dataset.id(), 7, Boolean.TRUE)).hasMessageContaining("no deal 7");
        }
    }

    @Test
    void aFailingFeedImportsNothing() throws Exception {
        try (Workbook workbook = create("cancel.hourglass")) {
            assertThatThrownBy(() -> workbook.importDeals("x", "x.csv", StageSetup.defaults(), null, sink -> {
                sink.accept(Deal.of("D1", 1, "Discovery", LocalDate.of(2017, 1, 1), Outcome.OPEN));
                throw new IOException("cancelled by the user");
            })).isInstanceOf(IOException.class).hasMessage("cancelled by the user");
            assertThat(workbook.datasets()).isEmpty();
        }
    }

    @Test
    void aLedgerRoundTripsWithDuplicatesSummed() throws Exception {
        Ledger ledger = Ledger.builder()
                .add("acme", YearMonth.of(2020, 1), 100, "Enterprise").add("acme", YearMonth.of(2020, 1), 50)
                .add("acme", YearMonth.of(2020, 3), 120).add("zeta", YearMonth.of(2020, 2), 0)
                .add("beta", YearMonth.of(2020, 2), 40).build();
        try (Workbook workbook = create("ledger.hourglass")) {
            Dataset dataset = workbook.importLedger("Billing", "ledger.csv", ledger);
            assertThat(dataset.rowCount()).isEqualTo(3);
            Ledger read = workbook.readLedger(dataset.id());
            assertThat(read.customerCount()).as("zeta, whose only row is 0, is no customer").isEqualTo(2);
            assertThat(read.customerName(1)).isEqualTo("beta");
            assertThat(read.mrr(0, YearMonth.of(2020, 1))).isEqualTo(150);
            assertThat(read.mrr(0, YearMonth.of(2020, 2))).isZero();
            assertThat(read.mrr(0, YearMonth.of(2020, 3))).isEqualTo(120);
            assertThat(read.firstMonth()).isEqualTo(YearMonth.of(2020, 1));
            assertThat(read.lastMonth()).isEqualTo(YearMonth.of(2020, 3));
            assertThat(read.segmentOf(0)).isEqualTo("Enterprise");
            assertThat(read.segmentOf(1)).isEmpty();
            workbook.deleteDataset(dataset.id());
            assertThat(workbook.datasets()).isEmpty();
        }
    }

    @Test
    void aSecondOpenOfTheSameFileIsToldItIsInUse() throws Exception {
        try (Workbook first = create("shared.hourglass")) {
            assertThatThrownBy(() -> open(first.file()))
                    .isInstanceOf(WorkbookException.class)
                    .hasMessageContaining("shared.hourglass is in use")
                    .extracting(e -> ((WorkbookException) e).reason()).isEqualTo(Reason.IN_USE);
        }
        try (Workbook again = open(dir.resolve("shared.hourglass"))) {
            assertThat(again.isReadOnly()).isFalse();
        }
    }

    @Test
    void saveCopyAsWritesAWholeWorkbookThatOpens() throws Exception {
        Path copy = dir.resolve("copy.hourglass");
        try (Workbook workbook = create("original.hourglass")) {
            workbook.addScenario(SeedScenarios.baseCase());
            workbook.saveCopyAs(copy);
        }
        try (Workbook reopened = open(copy)) {
            assertThat(reopened.scenarios()).extracting(StoredScenario::scenario).containsExactly(SeedScenarios.baseCase());
        }
    }

    @Test
    void creatingOverAnExistingFileIsRefused() throws Exception {
        Files.writeString(dir.resolve("taken.hourglass"), "mine");
        assertThatThrownBy(() -> create("taken.hourglass")).hasMessage("taken.hourglass already exists");
        assertThat(Files.readString(dir.resolve("taken.hourglass"))).isEqualTo("mine");
    }
}
