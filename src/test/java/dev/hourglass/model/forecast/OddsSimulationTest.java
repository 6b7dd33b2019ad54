package dev.hourglass.model.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OddsSimulationTest {
    /*
     * Three deals: A 100 closes won with 0.9, B 200 with 0.625 · (1 − 0.2) = 0.5, C 400 with 0.25.
     * Outcomes (sum: probability): 0: .1·.5·.75 = .0375, 100: .3375, 200: .0375, 300: .3375, 400: .0125,
     * 500: .1125, 600: .0125, 700: .1125. Cumulative: .0375, .375, .4125, .75, .7625, .875, .8875, 1.
     * P10 = 100 (first sum whose cumulative reaches .1), P50 = 300, P90 = 700; mean 90 + 100 + 100 = 290;
     * P(≥ 500) = .1125 + .0125 + .1125 = .2375.
     */
    private static final List<OpenDeal> THREE = List.of(new OpenDeal("A", 100, 0.9, 0), new OpenDeal("B", 200, 0.625, 0.2),
            new OpenDeal("C", 400, 0.25, 0));

    private static OddsInputs three(double won) {
        return new OddsInputs(OddsMethod.HISTORY, won, THREE, new double[0], 1);
    }

    @Test
    void threeDealsGiveTheHandCheckedPercentilesMeanAndProbabilityOfTarget() {
        Odds odds = OddsSimulation.run(three(0), 10_000, 1, 500);

        assertThat(odds.p10()).isEqualTo(100);
        assertThat(odds.p50()).isEqualTo(300);
        assertThat(odds.p90()).isEqualTo(700);
        // 4 standard errors of a mean of 10,000 runs (sd of the sum ≈ 163)
        assertThat(odds.mean()).isCloseTo(290, within(6.6));
        // sd of a share of 10,000 runs at .2375 is .0043
        assertThat(odds.probabilityOfTarget()).isCloseTo(0.2375, within(0.017));
        assertThat(odds.runs()).isEqualTo(10_000);
        assertThat(odds.seed()).isEqualTo(1);
        assertThat(odds.gapAtP50()).isEqualTo(200);
    }

    @Test
    void theRunsFollowTheExactDistributionOfOutcomes() {
        Map<Double, Double> exact = Map.of(0.0, .0375, 100.0, .3375, 200.0, .0375, 300.0, .3375, 400.0, .0125,
                500.0, .1125, 600.0, .0125, 700.0, .1125);
        Map<Double, Integer> seen = new TreeMap<>();
        int runs = 20_000;
        for (double sum : bookingsOfEachRun(runs)) {
            seen.merge(sum, 1, Integer::sum);
        }
        assertThat(seen.keySet()).isSubsetOf(exact.keySet());
        for (Map.Entry<Double, Double> e : exact.entrySet()) {
            double p = e.getValue();
            double share = seen.getOrDefault(e.getKey(), 0) / (double) runs;
            assertThat(share).as("share of runs booking %s", e.getKey())
                    .isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / runs)));
        }
    }

    /** Each run's bookings, read back through the percentiles of single-run simulations with consecutive seeds. */
    private static List<Double> bookingsOfEachRun(int runs) {
        List<Double> sums = new ArrayList<>();
        for (int seed = 0; seed < runs; seed++) {
            sums.add(OddsSimulation.run(three(0), 1, seed, 0).p50());
        }
        return sums;
    }

    @Test
    void wonIsAddedToEveryRun() {
        Odds odds = OddsSimulation.run(three(1000), 10_000, 1, 1500);

        assertThat(odds.won()).isEqualTo(1000);
        assertThat(List.of(odds.p10(), odds.p50(), odds.p90())).containsExactly(1100.0, 1300.0, 1700.0);
    }

    @Test
    void theSameSeedGivesTheSameFiguresAndAnotherSeedOthers() {
        List<OpenDeal> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(new OpenDeal("D" + i, 1000 + 37 * i, 0.3 + (i % 5) / 10.0, 0.1));
        }
        OddsInputs inputs = new OddsInputs(OddsMethod.HISTORY, 0, many, new double[] {500, 9000, 0}, 0.5);

        Odds first = OddsSimulation.run(inputs, 2000, 7, 60_000);
        Odds again = OddsSimulation.run(inputs, 2000, 7, 60_000);
        Odds other = OddsSimulation.run(inputs, 2000, 8, 60_000);

        assertThat(again).isEqualTo(first);
        assertThat(other.mean()).isNotEqualTo(first.mean());
    }

    @Test
    void newDealsAreDrawnFromPastPeriodsScaledToTheTimeLeft() {
        OddsInputs inputs = new OddsInputs(OddsMethod.HISTORY, 0, List.of(), new double[] {1000, 3000}, 0.5);

        Odds odds = OddsSimulation.run(inputs, 10_000, 1, 1000);

        assertThat(odds.newDealsMean()).hasValue(1000);
        assertThat(odds.p10()).isEqualTo(500);
        assertThat(odds.p90()).isEqualTo(1500);
        assertThat(odds.mean()).isCloseTo(1000, within(20.0));
        assertThat(odds.probabilityOfTarget()).isCloseTo(0.5, within(0.02));
    }

    @Test
    void noNewDealsOnceThePeriodHasEnded() {
        OddsInputs inputs = new OddsInputs(OddsMethod.HISTORY, 0, List.of(), new double[] {1000, 3000}, 0);

        Odds odds = OddsSimulation.run(inputs, 100, 1, 1);

        assertThat(odds.newDealsMean()).hasValue(0);
        assertThat(odds.p90()).isZero();
    }

    @Test
    void theDealsAreTheTwentyWithTheLargestSwingLargestFirst() {
        List<OpenDeal> deals = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            deals.add(new OpenDeal("D" + i, 1000 * (i + 1), 0.5, 0));
        }
        deals.add(new OpenDeal("CERTAIN", 1_000_000, 1, 0));
        deals.add(new OpenDeal("EVEN", 100_000, 0.5, 0));

        Odds odds = OddsSimulation.run(new OddsInputs(OddsMethod.HISTORY, 0, deals, new double[0], 1), 10, 1, 1);

        assertThat(odds.deals()).hasSize(20);
        assertThat(odds.deals().get(0).id()).isEqualTo("EVEN");
        assertThat(odds.deals().get(0).swing()).isEqualTo(100_000);
        assertThat(odds.deals().get(1).id()).isEqualTo("D24");
        assertThat(odds.deals()).noneMatch(d -> d.id().equals("CERTAIN"));
    }

    @Test
    void expectedAndSwingOfADeal() {
        OpenDeal deal = new OpenDeal("D17", 104_200, 0.62, 0.20);

        assertThat(deal.expected()).isCloseTo(104_200 * 0.62 * 0.8, within(1e-6));
        assertThat(deal.swing()).isCloseTo(104_200 * 2 * Math.sqrt(0.496 * 0.504), within(1e-6));
    }

    @Test
    void percentilesAreNearestRank() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        assertThat(Arrays.asList(OddsSimulation.percentile(sorted, 0.1), OddsSimulation.percentile(sorted, 0.5),
                OddsSimulation.percentile(sorted, 0.9))).containsExactly(1.0, 5.0, 9.0);
    }
}
