package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoalSeekCommandTest {
    private static final String SEED = "src/test/resources/scenarios/seed-checks.json";

    @Test
    void findsTheHighestCacForAnElevenMonthPayback() {
        // Annual billing, no churn before month 12: month 11's cumulative gross profit is 11 × 1,600 = 17,600.
        CliRunner run = CliRunner.run("goal-seek", SEED, "--vary", "unitEconomics.cac", "--until",
                "unitEconomics.paybackMonth", "--at-most", "11");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("unitEconomics.cac = 17,600  (now 18,000) gives unitEconomics.paybackMonth = 11");
    }

    @Test
    void saysSoWhenNoValueReachesTheGoalAndNamesUnknownInputs() {
        CliRunner none = CliRunner.run("goal-seek", SEED, "--vary", "unitEconomics.annualLogoChurn", "--until",
                "unitEconomics.paybackMonth", "--at-most", "11");
        assertThat(none.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(none.err()).contains("no value from 0.0 to 1.0 reaches the goal");
        CliRunner unknown = CliRunner.run("goal-seek", SEED, "--vary", "unitEconomics.price", "--until",
                "unitEconomics.paybackMonth", "--at-most", "11");
        assertThat(unknown.exitCode()).isEqualTo(HourglassCli.BAD_USAGE);
        assertThat(unknown.err()).contains("no input unitEconomics.price");
    }
}
