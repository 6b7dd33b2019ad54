package dev.hourglass.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.plan.MonthlyRetention;
import dev.hourglass.model.plan.NoteValue;
import dev.hourglass.model.plan.PlanGoal;
import dev.hourglass.model.plan.PlanInputs;
import dev.hourglass.model.plan.PlanNote;
import dev.hourglass.model.plan.PlanReport;
import dev.hourglass.model.plan.SourceFunnel;
import dev.hourglass.model.scenario.SeedScenarios;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revenue plan versions (format 8): kept whole, listed, refused under a name taken, and a format-7 file upgrades. */
class PlanVersionStoreTest {
    private static final JsonScenarioCodec CODEC = JsonScenarioCodec.INSTANCE;

    @TempDir
    Path dir;

    static PlanReport report() {
        PlanInputs in = new PlanInputs(YearMonth.of(2027, 1), 12, 1_000_000, new MonthlyRetention(0.01, 0, 0), 2, 3,
                20_000, List.of(new SourceFunnel("Web", 0.6, OptionalDouble.of(0.2), OptionalDouble.of(0.4),
                                OptionalDouble.of(0.5), OptionalDouble.of(0.25), OptionalDouble.of(100)),
                        new SourceFunnel("Partners", 0.4, OptionalDouble.empty(), OptionalDouble.empty(),
                                OptionalDouble.of(0.5), OptionalDouble.of(0.5), OptionalDouble.empty())),
                OptionalDouble.of(8_000), OptionalDouble.empty(), 0.05);
        return PlanReport.of(in, new PlanGoal.TargetArr(1_500_000), List.of(PlanNote.of(PlanNote.Code.CAC_SCENARIO),
                PlanNote.of(PlanNote.Code.COVERAGE_DEALS, NoteValue.share(0.304), NoteValue.name("crm, 2027.csv"),
                        NoteValue.multiple(3)),
                PlanNote.of(PlanNote.Code.CYCLE_MEDIAN, NoteValue.count(76), NoteValue.count(4177),
                        NoteValue.name("crm.csv"), NoteValue.count(2))));
    }

    @Test
    void aFormat7WorkbookUpgradesToFormat8AndThenKeepsPlanVersions() throws Exception {
        Path file = dir.resolve("v7.hourglass");
        RawSqlite.createVersion(file, 7, "Base", CODEC.encode(SeedScenarios.baseCase()));

        PlanReport report = report();
        try (Workbook workbook = Workbook.open(file, CODEC)) {
            assertThat(workbook.info().formatVersion()).isEqualTo(8);
            assertThat(workbook.planVersions()).isEmpty();
            workbook.savePlanVersion("Budget 2027", "Base", report);
        }
        assertThat(RawSqlite.column(file, "PRAGMA user_version")).containsExactly("8");
        assertThat(file.resolveSibling("v7.hourglass.bak")).exists();
        assertThat(RawSqlite.column(file, "SELECT count(*) FROM plan_version_month")).containsExactly("12");
        // the unknown figures (leads of a source without lead rates, sellers without productivity) are NULL
        assertThat(RawSqlite.column(file, "SELECT count(*) FROM plan_version_month WHERE leads IS NULL "
                + "AND sellers IS NULL AND sals IS NOT NULL")).containsExactly("12");

        try (Workbook workbook = Workbook.openReadOnly(file, CODEC)) {
            PlanVersion saved = workbook.planVersion("Budget 2027");
            assertThat(saved.scenario()).isEqualTo("Base");
            assertThat(saved.report().inputs()).isEqualTo(report.inputs());
            assertThat(saved.report().goal()).isEqualTo(report.goal());
            assertThat(saved.report().notes()).isEqualTo(report.notes());
            assertThat(saved.report().newArr().fixed()).isZero();
            assertThat(saved.report().newArr().shareOfOpeningArr())
                    .isCloseTo(report.newArr().shareOfOpeningArr(), within(1e-15));
            assertThat(saved.report().plan().months()).hasSize(12);
            for (int i = 0; i < 12; i++) {
                assertThat(saved.report().plan().months().get(i).toString())
                        .isEqualTo(report.plan().months().get(i).toString());
            }
            assertThat(saved.report().plan().months().get(11).closingArr()).isEqualTo(
                    report.plan().months().get(11).closingArr());
            assertThatThrownBy(() -> workbook.savePlanVersion("Other", "Base", report))
                    .hasMessageContaining("read-only");
        }
    }

    @Test
    void aNameTakenOrUnknownIsRefusedByName() throws Exception {
        Path file = dir.resolve("plans.hourglass");
        try (Workbook workbook = Workbook.create(file, "EUR", "de-DE", CODEC)) {
            assertThatThrownBy(() -> workbook.planVersion("Budget"))
                    .hasMessage("plans.hourglass has no plan version named 'Budget' (it has none: save one with "
                            + "plan … --save NAME)");
            workbook.savePlanVersion("Budget", "Base", report());
            assertThatThrownBy(() -> workbook.savePlanVersion("Budget", "Base", report()))
                    .isInstanceOf(WorkbookException.class)
                    .hasMessage("plans.hourglass already has a plan version named 'Budget'");
            workbook.savePlanVersion("Reforecast Q2", "Base", report());
            assertThat(workbook.planVersions()).extracting(PlanVersion::name).containsExactly("Budget", "Reforecast Q2");
            assertThatThrownBy(() -> workbook.planVersion("Q3"))
                    .hasMessageContaining("it has: Budget, Reforecast Q2");
        }
    }
}
