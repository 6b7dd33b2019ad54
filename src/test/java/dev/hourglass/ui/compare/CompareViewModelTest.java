package dev.hourglass.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.ui.TestSessions;
import dev.hourglass.ui.common.Work;
import dev.hourglass.ui.session.ScenarioEntry;
import dev.hourglass.ui.session.WorkbookSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareViewModelTest {
    @TempDir
    Path dir;
    private WorkbookSession session;

    @BeforeEach
    void open() throws Exception {
        session = TestSessions.open(dir, SeedScenarios.all());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theFirstTwoScenariosAreComparedAndEditsAreFollowed() {
        CompareViewModel vm = new CompareViewModel(session);
        assertThat(vm.comparisonProperty().get().scenarios()).containsExactly("Seed base case", "NRR 110 %");
        assertThat(vm.curves()).hasSize(2);
        ScenarioEntry base = session.scenarios().get(0);
        Scenario cheaper = base.scenario().withUnitEconomics(base.scenario().unitEconomics().orElseThrow().withCac(9_000));
        session.edit(base, cheaper, "CAC");
        var cac = vm.comparisonProperty().get().inputs().stream().filter(r -> r.key().equals("unitEconomics.cac"))
                .findFirst().orElseThrow();
        assertThat(cac.values().get(0).getAsDouble()).isEqualTo(9_000);
        assertThat(cac.differs()).isTrue();

        vm.choices().get(1).chosenProperty().set(false);
        assertThat(vm.comparisonProperty().get()).isNull();
        vm.choices().get(2).chosenProperty().set(true);
        assertThat(vm.comparisonProperty().get().scenarios()).containsExactly("Seed base case", "Retention programme");
    }

    @Test
    void anotherWorkbooksScenariosAreReadThroughWorkAndAnUnreadableFileIsSaid() throws Exception {
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        TestSessions.open(other, List.of(SeedScenarios.all().get(0))).close();
        CompareViewModel vm = new CompareViewModel(session, Work.NOW);
        int before = vm.choices().size();
        boolean[] done = {false};
        List<String> problems = new ArrayList<>();

        vm.addFromAnotherWorkbook(other.resolve("w.hourglass"), () -> done[0] = true, problems::add);

        assertThat(done[0]).isTrue();
        assertThat(problems).isEmpty();
        assertThat(vm.choices()).hasSize(before + 1);
        assertThat(vm.choices().get(before).toString()).isEqualTo("Seed base case — w.hourglass");
        vm.addFromAnotherWorkbook(dir.resolve("missing.hourglass"), () -> { }, problems::add);
        assertThat(problems).hasSize(1).allSatisfy(p -> assertThat(p).contains("missing.hourglass"));
    }

    @Test
    void aRenamedScenarioIsListedAndComparedUnderItsNewNameAndStaysTicked() {
        CompareViewModel vm = new CompareViewModel(session);
        List<Object> shownBefore = List.copyOf(vm.choices());
        session.rename(session.scenarios().get(1), "Upside");
        assertThat(vm.choices()).extracting(Object::toString).startsWith("Seed base case", "Upside");
        assertThat(vm.choices().get(1)).isNotSameAs(shownBefore.get(1)); // a new item: the list cell redraws
        assertThat(vm.choices().get(1).chosenProperty().get()).isTrue();
        assertThat(vm.comparisonProperty().get().scenarios()).containsExactly("Seed base case", "Upside");
    }

    @Test
    void anEditIsComparedOnceEvenAfterTheScenarioListChanged() throws Exception {
        CompareViewModel vm = new CompareViewModel(session);
        session.duplicate(session.scenarios().get(2));
        session.duplicate(session.scenarios().get(2));
        AtomicInteger recomputes = new AtomicInteger();
        vm.curves().addListener(
                (ListChangeListener<CompareViewModel.Curve>) c -> recomputes.incrementAndGet());
        ScenarioEntry base = session.scenarios().get(0);
        session.edit(base, base.scenario().withUnitEconomics(base.scenario().unitEconomics().orElseThrow().withCac(9_000)),
                "CAC");
        assertThat(recomputes).hasValue(1);
        assertThat(vm.comparisonProperty().get().scenarios()).containsExactly("Seed base case", "NRR 110 %");
    }

    @Test
    void scenariosOfAnotherWorkbookJoinUnderTheirFileNameAndStayThroughListChanges() throws Exception {
        CompareViewModel vm = new CompareViewModel(session);
        vm.addFromAnotherWorkbook("client.hourglass", List.of(SeedScenarios.baseCase()));
        assertThat(vm.choices()).hasSize(4);
        CompareViewModel.Choice other = vm.choices().get(3);
        assertThat(other.fromAnotherWorkbook()).isTrue();
        assertThat(other.chosenProperty().get()).isTrue();
        assertThat(vm.comparisonProperty().get().scenarios())
                .containsExactly("Seed base case", "NRR 110 %", "Seed base case — client.hourglass");
        // The seed base case: $10M ARR at 105 % NRR plus its new ARR each year closes year 3 at $19.41M.
        assertThat(vm.arrCurves()).hasSize(3);
        assertThat(vm.arrCurves().get(2).closingArr().get(2)).isCloseTo(19.41e6, Offset.offset(5e3));
        assertThat(vm.arrCurves().get(0).closingArr()).isEqualTo(vm.arrCurves().get(2).closingArr());

        vm.addFromAnotherWorkbook("client.hourglass", List.of(SeedScenarios.baseCase())); // the same again
        assertThat(vm.choices()).hasSize(4);
        session.duplicate(session.scenarios().get(0));
        assertThat(vm.choices()).hasSize(5);
        assertThat(vm.choices().get(4).fromAnotherWorkbook()).isTrue();
        assertThat(vm.comparisonProperty().get().scenarios()).contains("Seed base case — client.hourglass");
    }

    @Test
    void aHiddenComparisonCatchesUpWhenShown() {
        CompareViewModel vm = new CompareViewModel(session);
        vm.setShowing(false);
        ScenarioEntry base = session.scenarios().get(0);
        session.edit(base, base.scenario().withUnitEconomics(base.scenario().unitEconomics().orElseThrow().withCac(9_000)),
                "CAC");
        Supplier<Double> cac = () -> vm.comparisonProperty().get().inputs().stream()
                .filter(r -> r.key().equals("unitEconomics.cac")).findFirst().orElseThrow().values().get(0).getAsDouble();
        assertThat(cac.get()).isEqualTo(18_000);
        vm.setShowing(true);
        assertThat(cac.get()).isEqualTo(9_000);
    }
}
