package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.app.PlanFixtures;
import dev.hourglass.model.pipeline.StageSetup;
import dev.hourglass.store.Workbook;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan}: every command shape, on the scenario, deals, leads and ledger whose figures RevenuePlansTest checks. */
class PlanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEED = Path.of("src/test/resources/scenarios/v1/seed-base-case.json");

    @TempDir
    Path dir;
    private Path file;
    private String plan;

    @BeforeEach
    void workbook() throws Exception {
        file = dir.resolve("plans.hourglass");
        try (Workbook workbook = Workbook.create(file, "USD", "en-US", JsonScenarioCodec.INSTANCE)) {
            workbook.addScenario(PlanFixtures.scenario());
            workbook.importDeals("deals.csv", "deals.csv", StageSetup.defaults(), null,
                    sink -> PlanFixtures.deals().forEach(sink));
            workbook.importLeads("leads.csv", "leads.csv", PlanFixtures.leads());
            workbook.importLedger("ledger.csv", "ledger.csv", PlanFixtures.ledger());
        }
        plan = file + "#Plan";
    }

    private JsonNode json(String... args) throws Exception {
        CliRunner run = CliRunner.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void aBudgetBuysTheNewArrOfTheMeasuredFunnelWithTheKeysOfForecastMd() throws Exception {
        // one customer a month costs 18,500 (RevenuePlansTest): 12 × 18,500 buys 20,000 new ARR a month
        JsonNode root = json("plan", plan, "--months", "12", "--start", "2027-01", "--budget", "222000", "--json");

        JsonNode first = root.at("/months/0");
        assertThat(first.fieldNames()).toIterable().containsExactly("month", "openingArr", "churned", "contracted",
                "expanded", "newArr", "closingArr", "bookings", "pipelineCreated", "sals", "sqls", "mqls", "leads",
                "acquisitionSpend", "postSaleSpend", "sellers");
        assertThat(first.get("month").asText()).isEqualTo("2027-01");
        // the ledger's December 2026: MRR 1,500 × 12
        assertThat(first.get("openingArr").asDouble()).isEqualTo(18_000);
        assertThat(first.get("newArr").asDouble()).isCloseTo(20_000, within(1e-6));
        assertThat(first.get("pipelineCreated").asDouble()).isCloseTo(60_000, within(1e-6));
        assertThat(first.get("leads").asDouble()).isCloseTo(3.5, within(1e-9));
        assertThat(first.get("acquisitionSpend").asDouble()).isCloseTo(18_500, within(1e-6));
        assertThat(first.get("sellers").asDouble()).isCloseTo(20_000 / 2_875.0, within(1e-9));
        assertThat(root.at("/months").size()).isEqualTo(12);
        assertThat(root.at("/months/1/openingArr").asDouble()).isEqualTo(first.get("closingArr").asDouble());
        assertThat(root.at("/totals/newArr").asDouble()).isCloseTo(240_000, within(1e-5));
        assertThat(root.at("/totals/acquisitionSpend").asDouble()).isCloseTo(222_000, within(1e-5));
        assertThat(root.at("/goal/budget").asDouble()).isEqualTo(222_000);
        assertThat(root.at("/inputs/salesCycleMonths").asInt()).isEqualTo(2);
        assertThat(root.at("/inputs/sources/1/costPerLead").asDouble()).isEqualTo(5_000);
        assertThat(root.at("/inputs/sources/0/costPerLead").isNull()).isTrue();
        assertThat(root.at("/bySource/1/source").asText()).isEqualTo("Web");
        assertThat(root.at("/bySource/1/leads").asDouble()).isCloseTo(2.5, within(1e-9));
        assertThat(root.at("/pipelineBeforeStart").asDouble()).isCloseTo(120_000, within(1e-6));
        assertThat(root.at("/notes/0/rate").asText()).isEqualTo("openingArr");
        assertThat(root.at("/notes/0/from").asText()).isEqualTo("MRR × 12 of 2026-12 in the ledger ledger.csv");
    }

    @Test
    void aScenarioFileIsPlannedOnItsDriversAndTheTargetIsMetExactly() throws Exception {
        JsonNode root = json("plan", SEED.toString(), "--months", "24", "--start", "2027-01", "--target-arr", "14000000",
                "--json");
        assertThat(root.at("/months").size()).isEqualTo(24);
        assertThat(root.at("/months/0/openingArr").asDouble()).isEqualTo(10_000_000);
        assertThat(root.at("/months/23/month").asText()).isEqualTo("2028-12");
        assertThat(root.at("/months/23/closingArr").asDouble()).isCloseTo(14_000_000, within(1e-4));
        double newArr = root.at("/months/0/newArr").asDouble();
        // ACV 24,000, close rate 25 %, CAC 18,000, coverage 1 / 25 % = 4; no leads, no deals: leads and sellers unknown
        assertThat(root.at("/months/0/sals").asDouble()).isCloseTo(newArr / 24_000 / 0.25, within(1e-9));
        assertThat(root.at("/months/0/acquisitionSpend").asDouble()).isCloseTo(newArr / 24_000 * 18_000, within(1e-6));
        assertThat(root.at("/months/0/pipelineCreated").asDouble()).isCloseTo(newArr * 4, within(1e-6));
        assertThat(root.at("/months/0/leads").isNull()).isTrue();
        assertThat(root.at("/months/0/sellers").isNull()).isTrue();
    }

    @Test
    void theTextHasTheMonthsDownThePageAndSaysWhereTheRatesCameFrom() {
        CliRunner run = CliRunner.run("plan", plan, "--months", "12", "--start", "2027-01", "--budget", "222000");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Revenue plan of Plan, 2027-01 to 2027-12 (12 months), budget $222,000: new ARR "
                + "of $20,000 every month")
                .contains("What it takes (USD; pipeline and funnel feed the bookings 2 months later)")
                .contains("Pipeline to create before 2027-01 for the bookings of the first 2 months: $120,000")
                .contains("  salesCycleMonths: median 60 days from created to won over 4 won deals of deals.csv, 2 months");
        assertThat(run.out().lines().filter(l -> l.startsWith("2027-"))).hasSize(24);
        assertThat(run.out().lines().filter(l -> l.startsWith("2027-01 ")).findFirst().orElseThrow())
                .contains("18,000").contains("20,000");
    }

    @Test
    void actualsSavedVersionsAndAComparisonWithOne() throws Exception {
        CliRunner saved = CliRunner.run("plan", plan, "--months", "12", "--start", "2027-01", "--budget", "222000",
                "--actuals", "--save", "Budget 2027");
        assertThat(saved.exitCode()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("Actuals against this plan")
                .contains("Saved as plan version 'Budget 2027' in plans.hourglass.");

        CliRunner listed = CliRunner.run("plan", file.toString(), "--versions");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).startsWith("Version").contains("Budget 2027").contains("Plan").contains("2027-01");
        assertThat(json("plan", file.toString(), "--versions", "--json").at("/versions/0/name").asText())
                .isEqualTo("Budget 2027");

        JsonNode root = json("plan", plan, "--actuals", "--against", "Budget 2027", "--json");
        assertThat(root.get("version").asText()).isEqualTo("Budget 2027");
        JsonNode january = root.at("/months/0");
        assertThat(january.at("/actual/closingArr").asDouble()).isEqualTo(18_000);
        assertThat(january.at("/actual/newArr").asDouble()).isEqualTo(4_800);
        assertThat(january.at("/actual/churned").asDouble()).isEqualTo(6_000);
        assertThat(january.at("/actual/bookings").asDouble()).isEqualTo(9_000);
        assertThat(january.at("/variance/bookings/money").asDouble()).isCloseTo(-11_000, within(1e-6));
        assertThat(january.at("/variance/bookings/share").asDouble()).isCloseTo(-0.55, within(1e-9));
        assertThat(january.has("reforecast")).isFalse();
        JsonNode february = root.at("/months/1");
        assertThat(february.has("actual")).isFalse();
        assertThat(february.at("/reforecast/openingArr").asDouble()).isEqualTo(18_000);
        assertThat(february.at("/reforecast/newArr").asDouble()).isCloseTo(20_000, within(1e-6));
    }

    @Test
    void badInputAndBadUsageAreOneLineNamingTheInput() {
        CliRunner noGoal = CliRunner.run("plan", plan, "--months", "12");
        assertThat(noGoal.exitCode()).isEqualTo(HourglassCli.BAD_USAGE);
        assertThat(noGoal.err()).startsWith("say what the plan is for: --target-arr X, --growth G or --budget X");
        assertThat(noGoal.out()).isEmpty();

        CliRunner tooLong = CliRunner.run("plan", plan, "--months", "40", "--growth", "40%");
        assertThat(tooLong.exitCode()).isEqualTo(HourglassCli.BAD_USAGE);
        assertThat(tooLong.err()).startsWith("--months must be 12 to 36, got 40");

        CliRunner badStart = CliRunner.run("plan", plan, "--months", "12", "--growth", "0.4", "--start", "2027-13");
        assertThat(badStart.err()).startsWith("--start must be a month as YYYY-MM, got '2027-13'");

        CliRunner low = CliRunner.run("plan", plan, "--months", "12", "--start", "2027-01", "--target-arr", "1000");
        assertThat(low.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(low.out()).isEmpty();
        assertThat(low.err().strip()).startsWith("hourglass plan: Plan in plans.hourglass: the opening ARR alone "
                + "closes at").endsWith("the plan needs no new ARR").doesNotContain("\n");

        CliRunner fileActuals = CliRunner.run("plan", SEED.toString(), "--months", "12", "--growth", "0.4", "--actuals");
        assertThat(fileActuals.exitCode()).isEqualTo(HourglassCli.BAD_USAGE);
        assertThat(fileActuals.err()).startsWith("--actuals needs a workbook's scenario: WORKBOOK.hourglass#Name");

        CliRunner unknown = CliRunner.run("plan", plan, "--actuals", "--against", "Q3");
        assertThat(unknown.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(unknown.err().strip()).isEqualTo("hourglass plan: plans.hourglass has no plan version named 'Q3' "
                + "(it has none: save one with plan … --save NAME)");
    }
}
