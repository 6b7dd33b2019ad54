package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataTableCommandTest {
    private static final String SEED = "src/test/resources/scenarios/seed-checks.json";

    @Test
    void printsPaybackForChurnTimesCac() {
        // CAC 14,400 / 18,000 / 21,600 at ±20 %: annual billing pays 1,600 a month in year one, so payback is month
        // 9 (14,400 = 9 × 1,600), 12, and month 14 (21,600 − 19,200 = 2,400 more, at 1,600 × 82 % kept a month).
        CliRunner run = CliRunner.run("data-table", SEED, "--rows", "unitEconomics.annualLogoChurn", "--columns",
                "unitEconomics.cac", "--output", "unitEconomics.paybackMonth", "--swing", "20%", "--steps", "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).containsExactly(
                "unitEconomics.paybackMonth with unitEconomics.annualLogoChurn down and unitEconomics.cac across:",
                "          14,400  18,000  21,600",
                "  0.1440       9      12      14",
                "  0.1800       9      12      14",
                "  0.2160       9      12      14");
    }

    @Test
    void jsonHasEveryCellAndUnknownInputsAreBadUsage() {
        CliRunner run = CliRunner.run("data-table", SEED, "--rows", "unitEconomics.cac", "--columns",
                "unitEconomics.grossMargin", "--output", "unitEconomics.ltvToCac", "--steps", "2", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"rowInput\" : \"unitEconomics.cac\"").contains("\"columnValue\" : 0.96");
        CliRunner unknown = CliRunner.run("data-table", SEED, "--rows", "unitEconomics.price", "--columns",
                "unitEconomics.cac", "--output", "unitEconomics.paybackMonth");
        assertThat(unknown.exitCode()).isEqualTo(HourglassCli.BAD_USAGE);
        assertThat(unknown.err()).contains("the scenario has no input unitEconomics.price");
        CliRunner badSwing = CliRunner.run("data-table", SEED, "--rows", "unitEconomics.acv", "--columns",
                "unitEconomics.cac", "--output", "unitEconomics.paybackMonth", "--swing", "lots");
        assertThat(badSwing.exitCode()).isEqualTo(HourglassCli.BAD_USAGE);
        assertThat(badSwing.err()).contains("the swing must be a percentage such as 10%, got 'lots'");
    }
}
