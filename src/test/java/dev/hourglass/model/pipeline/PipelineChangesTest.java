package dev.hourglass.model.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PipelineChangesTest {
    private static final StageSetup SETUP = StageSetup.defaults();
    private static final Period Q1 = new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 3, 31));
    private static final LocalDate IN = LocalDate.of(2017, 2, 1);
    private static final LocalDate OUT = LocalDate.of(2017, 5, 1);

    private static Deal deal(String id, double amount, LocalDate close, Outcome outcome) {
        return Deal.of(id, amount, "Negotiating", close, outcome);
    }

    @Test
    void eachKindOfChangeIsCountedOnce() {
        List<Deal> before = List.of(
                deal("kept", 100, IN, Outcome.OPEN),
                deal("bigger", 200, IN, Outcome.OPEN),
                deal("slips", 300, IN, Outcome.OPEN),
                deal("wins", 400, IN, Outcome.OPEN),
                deal("loses", 500, IN, Outcome.OPEN),
                deal("gone", 600, IN, Outcome.OPEN),
                deal("pulled", 700, OUT, Outcome.OPEN),
                Deal.of("early", 800, "Discovery", IN, Outcome.OPEN));
        List<Deal> after = List.of(
                deal("kept", 100, IN, Outcome.OPEN),
                deal("bigger", 250, IN, Outcome.OPEN),
                deal("slips", 300, OUT, Outcome.OPEN),
                deal("wins", 400, IN, Outcome.WON),
                deal("loses", 500, IN, Outcome.LOST_NO_DECISION),
                deal("pulled", 700, IN, Outcome.OPEN),
                deal("early", 800, IN, Outcome.OPEN),
                deal("new", 900, IN, Outcome.OPEN));
        PipelineChanges c = PipelineChanges.between(before, after, SETUP, Q1);
        assertThat(c).isEqualTo(new PipelineChanges(2_100, 900, 700 + 800, 300 + 600, 400, 500, 50, 2_750));
    }

    @Property(tries = 200)
    void theBridgeAddsUp(@ForAll long seed) {
        Random random = new Random(seed);
        List<Deal> before = new ArrayList<>();
        List<Deal> after = new ArrayList<>();
        Outcome[] outcomes = Outcome.values();
        for (int i = 0; i < 40; i++) {
            LocalDate closeBefore = LocalDate.of(2017, 1, 1).plusDays(random.nextInt(180));
            if (random.nextInt(5) > 0) {
                before.add(deal("D" + i, random.nextInt(1000), closeBefore, random.nextBoolean() ? Outcome.OPEN
                        : outcomes[random.nextInt(outcomes.length)]));
            }
            if (random.nextInt(5) > 0) {
                after.add(deal("D" + i, random.nextInt(1000), LocalDate.of(2017, 1, 1).plusDays(random.nextInt(180)),
                        outcomes[random.nextInt(outcomes.length)]));
            }
        }
        PipelineChanges c = PipelineChanges.between(before, after, SETUP, Q1);
        assertThat(c.opening() + c.created() + c.movedIn() - c.movedOut() - c.won() - c.lost() + c.amountChanged())
                .isCloseTo(c.closing(), within(1e-6));
    }
}
