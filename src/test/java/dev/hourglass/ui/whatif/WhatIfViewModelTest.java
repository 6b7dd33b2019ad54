package dev.hourglass.ui.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.io.whatif.ScenarioGoalSeek;
import dev.hourglass.io.whatif.Sensitivity;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.ui.TestSessions;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.session.SelectedScenario;
import dev.hourglass.ui.session.WorkbookSession;
import dev.hourglass.ui.session.SelectedScenario;
import dev.hourglass.ui.session.WorkbookSession;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhatIfViewModelTest {
    @TempDir
    Path dir;
    private WorkbookSession session;
    private WhatIfViewModel vm;

    @BeforeEach
    void open() throws Exception {
        session = TestSessions.open(dir, SeedScenarios.all());
        vm = new WhatIfViewModel(new SelectedScenario(session), new FigureFormatter(Locale.US, "USD"), Locale.US);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private double cac() {
        return session.selectedProperty().get().scenario().unitEconomics().orElseThrow().cac();
    }

    @Test
    void theTornadoShowsWhatMovesPaybackAndFollowsEdits() {
        // Seed base case: payback in month 12 (18,000 CAC against 1,600 a month); only ACV, margin and CAC move it.
        Sensitivity.Tornado tornado = vm.tornadoProperty().get();
        assertThat(tornado.output()).isEqualTo("unitEconomics.paybackMonth");
        assertThat(tornado.outputNow()).isEqualTo(12);
        assertThat(tornado.bars()).extracting(Sensitivity.Bar::input)
                .containsExactlyInAnyOrder("unitEconomics.acv", "unitEconomics.grossMargin", "unitEconomics.cac");
        vm.swingProperty().set(0.2);
        Sensitivity.Bar cac = vm.tornadoProperty().get().bars().stream()
                .filter(b -> b.input().equals("unitEconomics.cac")).findFirst().orElseThrow();
        assertThat(cac.outputLow().getAsDouble()).isEqualTo(9); // 14,400 = 9 × 1,600
        vm.tornadoOutputProperty().set("unitEconomics.ltvToCac");
        assertThat(vm.tornadoProperty().get().outputNow()).isCloseTo(3.7289, within(1e-4));
    }

    @Test
    void theDataTableHasTheScenarioNowInItsMiddleCell() {
        var table = vm.tableProperty().get();
        assertThat(table.rowInput()).isEqualTo("unitEconomics.annualLogoChurn");
        assertThat(table.columnInput()).isEqualTo("unitEconomics.cac");
        assertThat(table.rowValues()).hasSize(5);
        assertThat(table.cell(2, 2).getAsDouble()).isCloseTo(3.7289, within(1e-4));
        assertThat(table.cell(0, 0).getAsDouble()).isGreaterThan(table.cell(4, 4).getAsDouble());
        vm.columnInputProperty().set("unitEconomics.annualLogoChurn");
        assertThat(vm.tableProperty().get()).isNull();
        assertThat(vm.tableProblemProperty().get()).contains("two different inputs");
    }

    @Test
    void goalSeekFindsAppliesAndUndoes() {
        vm.goalInputProperty().set("unitEconomics.cac");
        vm.goalOutputProperty().set("unitEconomics.paybackMonth");
        assertThat(vm.fromProperty().get()).isEqualTo("180");
        assertThat(vm.toProperty().get()).isEqualTo("180,000");
        assertThat(vm.targetProperty().get()).isEqualTo("12");
        vm.directionProperty().set(ScenarioGoalSeek.Direction.AT_MOST);
        vm.targetProperty().set("11");
        vm.seek();
        assertThat(vm.goalResultProperty().get().value().getAsDouble()).isCloseTo(17_600, within(0.01));
        assertThat(vm.goalAnswerProperty().get()).startsWith("CAC = $17,600 (now $18,000) gives CAC payback = 11\u00a0months.");
        vm.applyGoal();
        assertThat(cac()).isCloseTo(17_600, within(0.01));
        assertThat(vm.goalAnswerProperty().get()).startsWith("Applied: CAC = $17,600.");
        assertThat(vm.label("unitEconomics.cac")).isEqualTo("Unit economics · CAC");
        assertThat(vm.label("postSaleFunnel.steps[sponsor90d].count"))
                .isEqualTo("Post-sale funnel · Executive sponsor engaged by day 90: accounts");
        assertThat(vm.label("no.such.figure")).isEqualTo("no.such.figure"); // unnamed: its key
        session.history().undo();
        assertThat(cac()).isEqualTo(18_000);
    }

    @Test
    void goalSeekExplainsBadEntriesAndGoalsNoValueReaches() {
        vm.goalInputProperty().set("unitEconomics.annualLogoChurn");
        vm.goalOutputProperty().set("unitEconomics.paybackMonth");
        vm.directionProperty().set(ScenarioGoalSeek.Direction.AT_MOST);
        vm.targetProperty().set("abc");
        vm.seek();
        assertThat(vm.goalAnswerProperty().get()).isEqualTo("Check the goal: \"abc\" is not a number.");
        String from = vm.fromProperty().get();
        String to = vm.toProperty().get();
        UiText.use(Locale.GERMAN);
        try {
            vm.seek();
            assertThat(vm.goalAnswerProperty().get()).startsWith("Bitte das Ziel prüfen: ");
            vm.targetProperty().set("11");
            vm.fromProperty().set("viel");
            vm.seek();
            assertThat(vm.goalAnswerProperty().get()).startsWith("Bitte den Anfang des Bereichs prüfen: ");
            vm.fromProperty().set("30 %");
            vm.toProperty().set("30 %");
            vm.seek();
            assertThat(vm.goalAnswerProperty().get()).isEqualTo("Suche nicht möglich: der Bereich muss von einem "
                    + "kleineren zu einem größeren Wert gehen, ist aber 30% bis 30%.");
        } finally {
            UiText.use(Locale.ENGLISH);
            vm.fromProperty().set(from);
            vm.toProperty().set(to);
        }
        vm.targetProperty().set("11");
        vm.seek();
        assertThat(vm.goalResultProperty().get().found()).isFalse();
        assertThat(vm.goalAnswerProperty().get()).isEqualTo("No value of Annual logo churn from 0% to 100% "
                + "gives CAC payback ≤ 11\u00a0months. Widen the range or choose another input.");
        vm.applyGoal(); // nothing to apply
        assertThat(cac()).isEqualTo(18_000);
    }

    @Test
    void aHiddenViewCatchesUpWhenShownInsteadOfFollowingEveryEdit() {
        vm.setShowing(false);
        var entry = session.selectedProperty().get();
        session.edit(entry, entry.scenario().withUnitEconomics(entry.scenario().unitEconomics().orElseThrow().withCac(9_600)),
                "CAC");
        assertThat(vm.tornadoProperty().get().outputNow()).isEqualTo(12); // not recomputed while hidden
        vm.setShowing(true);
        assertThat(vm.tornadoProperty().get().outputNow()).isEqualTo(6); // 9,600 = 6 × 1,600
    }
}
