package dev.hourglass.model.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.Period;
import dev.hourglass.model.pipeline.PipelineSettings;
import dev.hourglass.model.pipeline.StageSetup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OddsLearnerTest {
    private static final Period Q2 = new Period(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30));
    private static final LocalDate PAST = LocalDate.of(2024, 2, 15);
    private static final LocalDate AS_OF = LocalDate.of(2024, 4, 1);
    private static final PipelineSettings SETTINGS = PipelineSettings.defaults(1000);

    private final List<Deal> deals = new ArrayList<>();
    private int next;

    private void closed(int count, int won, String segment, double amount) {
        for (int i = 0; i < count; i++) {
            deals.add(deal(amount, "Negotiating", PAST, i < won ? Outcome.WON : Outcome.LOST_COMPETITION, segment));
        }
    }

    private Deal deal(double amount, String stage, LocalDate close, Outcome outcome, String segment) {
        return Deal.of("D" + next++, amount, stage, close, outcome).withDimensions(segment, "", "", "");
    }

    private Map<String, OpenDeal> learn(PriorStates priors, LocalDate learnBefore) {
        OddsLearner learner = new OddsLearner(StageSetup.defaults(), Q2, AS_OF, learnBefore, priors, SETTINGS);
        deals.forEach(learner);
        lastInputs = learner.result();
        return lastInputs.open().stream().collect(Collectors.toMap(OpenDeal::id, Function.identity()));
    }

    private OddsInputs lastInputs;

    @Test
    void aCellWithThirtyClosedDealsGivesItsOwnWonShare() {
        closed(30, 12, "SMB", 5000);        // SMB, band 4: 12 / 30
        closed(40, 30, "SMB", 50_000);      // SMB, band 5: 30 / 40
        deals.add(deal(7000, "Negotiating", LocalDate.of(2024, 5, 1), Outcome.OPEN, "SMB"));
        deals.add(deal(70_000, "Negotiating", LocalDate.of(2024, 5, 1), Outcome.OPEN, "SMB"));

        Map<String, OpenDeal> open = learn(PriorStates.none(), null);

        assertThat(lastInputs.method()).isEqualTo(OddsMethod.HISTORY);
        assertThat(open.get("D70").winProbability()).isEqualTo(12 / 30.0);
        assertThat(open.get("D71").winProbability()).isEqualTo(30 / 40.0);
    }

    @Test
    void aThinCellFallsBackToTheSegmentThenToAllClosedDeals() {
        closed(29, 29, "SMB", 5000);        // SMB band 4: too few alone
        closed(10, 0, "SMB", 50_000);       // SMB: 29 / 39
        closed(20, 0, "Enterprise", 500_000); // Enterprise: 20, too few; all: 29 / 59
        deals.add(deal(7000, "Negotiating", LocalDate.of(2024, 5, 1), Outcome.OPEN, "SMB"));
        deals.add(deal(700_000, "Negotiating", LocalDate.of(2024, 5, 1), Outcome.OPEN, "Enterprise"));

        Map<String, OpenDeal> open = learn(PriorStates.none(), null);

        assertThat(open.get("D59").winProbability()).isEqualTo(29 / 39.0);
        assertThat(open.get("D60").winProbability()).isEqualTo(29 / 59.0);
    }

    @Test
    void fewerThanThirtyClosedDealsFallBackToTheCategoryRatesWithoutSlip() {
        closed(29, 29, "SMB", 5000);
        deals.add(deal(7000, "Negotiating", LocalDate.of(2024, 5, 1), Outcome.OPEN, "SMB"));   // Commit
        deals.add(deal(7000, "Long list", LocalDate.of(2024, 5, 1), Outcome.OPEN, "SMB"));     // Best case
        deals.add(deal(7000, "Discovery", LocalDate.of(2024, 5, 1), Outcome.OPEN, "SMB"));     // before SAL: out
        deals.add(deal(7000, "Understanding value", LocalDate.of(2024, 5, 1), Outcome.OPEN, "SMB")); // Pipeline

        Map<String, OpenDeal> open = learn(PriorStates.none(), null);

        assertThat(lastInputs.method()).isEqualTo(OddsMethod.CATEGORY_RATES);
        assertThat(open).containsOnlyKeys("D29", "D30", "D32");
        assertThat(open.get("D29").winProbability()).isEqualTo(0.9);
        assertThat(open.get("D30").winProbability()).isEqualTo(0.6);
        assertThat(open.get("D32").winProbability()).isEqualTo(0.3);
        assertThat(open.values()).allMatch(d -> d.slipProbability() == 0);
    }

    @Test
    void theStageBeforeClosingComesFromEarlierSnapshots() {
        PriorStates priors = new PriorStates();
        for (int i = 0; i < 60; i++) {
            // 30 deals seen at Redlining win 27; 30 seen at Long list win 6
            String stage = i < 30 ? "Redlining" : "Long list";
            boolean won = i < 30 ? i < 27 : i < 36;
            priors.accept(deal(5000, stage, LocalDate.of(2024, 3, 1), Outcome.OPEN, "SMB"));
            deals.add(Deal.of("D" + (next - 1), 5000, "Redlining", PAST, won ? Outcome.WON : Outcome.LOST_COMPETITION)
                    .withDimensions("SMB", "", "", ""));
        }
        deals.add(deal(7000, "Redlining", LocalDate.of(2024, 5, 1), Outcome.OPEN, "SMB"));
        deals.add(deal(7000, "Long list", LocalDate.of(2024, 5, 1), Outcome.OPEN, "SMB"));
        deals.add(deal(7000, "Negotiating", LocalDate.of(2024, 5, 1), Outcome.OPEN, "SMB"));

        Map<String, OpenDeal> open = learn(priors, null);

        assertThat(open.get("D60").winProbability()).isEqualTo(27 / 30.0);
        assertThat(open.get("D61").winProbability()).isEqualTo(6 / 30.0);
        assertThat(open.get("D62").winProbability()).as("no deal seen at this stage: the segment's share")
                .isEqualTo(33 / 60.0);
    }

    @Test
    void slipIsTheShareOfDealsThatLeftThePeriodOfTheirFirstCloseDate() {
        LocalDate january = LocalDate.of(2024, 1, 20);
        for (int i = 0; i < 40; i++) {
            Deal d = deal(5000, "Negotiating", i < 10 ? LocalDate.of(2024, 2, 10) : january, Outcome.WON, "SMB");
            // 10 were first due in Q4 2023 and closed in Q1 2024; 5 moved within Q1; 25 never moved
            deals.add(i < 10 ? d.withOriginalCloseDate(LocalDate.of(2023, 12, 1))
                    : i < 15 ? d.withOriginalCloseDate(LocalDate.of(2024, 1, 5)) : d);
        }
        deals.add(deal(7000, "Negotiating", LocalDate.of(2024, 5, 1), Outcome.OPEN, "SMB"));

        Map<String, OpenDeal> open = learn(PriorStates.none(), null);

        assertThat(open.get("D40").slipProbability()).isEqualTo(10 / 40.0);
        assertThat(open.get("D40").winProbability()).isEqualTo(1);
    }

    @Test
    void theBacktestLearnsOnlyFromDealsClosedBeforeItsDay() {
        closed(30, 30, "SMB", 5000);
        for (int i = 0; i < 30; i++) {
            deals.add(deal(5000, "Negotiating", LocalDate.of(2024, 4, 2), Outcome.LOST_COMPETITION, "SMB"));
        }
        deals.add(deal(7000, "Negotiating", LocalDate.of(2024, 5, 1), Outcome.OPEN, "SMB"));

        assertThat(learn(PriorStates.none(), LocalDate.of(2024, 4, 1)).get("D60").winProbability()).isEqualTo(1);
        assertThat(learn(PriorStates.none(), null).get("D60").winProbability()).isEqualTo(0.5);
    }

    @Test
    void wonInThePeriodAndNewDealsOfPastPeriods() {
        closed(30, 0, "SMB", 5000);
        deals.add(deal(800, "Negotiating", LocalDate.of(2024, 4, 10), Outcome.WON, "SMB"));
        // created and won inside Q4 2023: counts; created in Q3, won in Q4: does not
        deals.add(new Deal("N1", 3000, "Negotiating", LocalDate.of(2023, 11, 5), Outcome.WON, "SMB", "", "", "", "",
                null, LocalDate.of(2023, 10, 2), null));
        deals.add(new Deal("N2", 9000, "Negotiating", LocalDate.of(2023, 11, 5), Outcome.WON, "SMB", "", "", "", "",
                null, LocalDate.of(2023, 9, 2), null));

        OddsLearner learner = new OddsLearner(StageSetup.defaults(), Q2, LocalDate.of(2024, 5, 16), null,
                PriorStates.none(), SETTINGS);
        deals.forEach(learner);
        OddsInputs inputs = learner.result();

        assertThat(inputs.won()).isEqualTo(800);
        // past quarters from the first with a closed deal (Q4 2023, N1 and N2) to Q1 2024 (the 30 closed in February)
        assertThat(inputs.pastNewDealBookings()).containsExactly(3000, 0);
        // 16 May to 30 June: 46 of Q2's 91 days
        assertThat(inputs.timeLeft()).isCloseTo(46 / 91.0, within(1e-12));
    }
}
