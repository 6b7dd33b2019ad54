package dev.hourglass.model.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RetentionPropertiesTest {

    @Provide
    Arbitrary<RetentionInputs> inputs() {
        Arbitrary<RetentionRates> components = Combinators.combine(
                        Arbitraries.doubles().between(0, 0.5), Arbitraries.doubles().between(0, 0.5),
                        Arbitraries.doubles().between(0, 0.6))
                .as(RetentionRates.Components::new);
        Arbitrary<RetentionRates> grrNrr = Combinators.combine(
                        Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 0.6))
                .as((grr, expansion) -> new RetentionRates.GrrNrr(grr, grr + expansion));
        Arbitrary<List<Double>> newArr = Arbitraries.doubles().between(0, 5_000_000).list().ofMaxSize(6);
        return Combinators.combine(Arbitraries.doubles().between(0, 50_000_000),
                        Arbitraries.oneOf(components, grrNrr), newArr, Arbitraries.integers().between(1, 10))
                .as((start, rates, list, years) -> new RetentionInputs(start, rates, list, years, Optional.empty()));
    }

    @Property(tries = 500)
    void closingIsOpeningTimesNrrPlusNew(@ForAll("inputs") RetentionInputs in) {
        double nrr = in.rates().nrr();
        for (ArrBridgeYear y : RetentionCalculator.bridge(in)) {
            assertThat(y.closing()).isCloseTo(y.opening() * nrr + y.newArr(), within(1e-6 * (1 + y.closing())));
            assertThat(y.closing()).isCloseTo(y.opening() - y.churned() - y.contracted() + y.expanded() + y.newArr(),
                    within(1e-6 * (1 + y.closing())));
        }
    }

    @Property(tries = 500)
    void eachYearOpensWhereTheLastClosed(@ForAll("inputs") RetentionInputs in) {
        List<ArrBridgeYear> bridge = RetentionCalculator.bridge(in);
        assertThat(bridge).hasSize(in.years());
        assertThat(bridge.get(0).opening()).isEqualTo(in.startArr());
        for (int i = 1; i < bridge.size(); i++) {
            assertThat(bridge.get(i).opening()).isEqualTo(bridge.get(i - 1).closing());
        }
    }

    @Property(tries = 500)
    void grrNeverExceedsNrrOrOne(@ForAll("inputs") RetentionInputs in) {
        assertThat(in.rates().grr()).isLessThanOrEqualTo(in.rates().nrr() + 1e-12).isLessThanOrEqualTo(1 + 1e-12);
    }

    @Property(tries = 300)
    void programmeNetGainIsLinearInChurnReduction(@ForAll("programmes") RetentionProgramInputs in) {
        RetentionProgramResult r = RetentionProgramCalculator.calculate(in);
        assertThat(RetentionProgramCalculator.netGainAt(in, in.churnNow() - in.churnTarget()))
                .isCloseTo(r.netGain(), within(1e-6 * (1 + Math.abs(r.netGain()))));
        if (r.breakEvenChurnReduction().isPresent()) {
            assertThat(RetentionProgramCalculator.netGainAt(in, r.breakEvenChurnReduction().getAsDouble()))
                    .isCloseTo(0, within(1e-6 * (1 + in.programCost())));
        }
    }

    @Provide
    Arbitrary<RetentionProgramInputs> programmes() {
        return Combinators.combine(Arbitraries.integers().between(0, 5_000), Arbitraries.doubles().between(0, 200_000),
                        Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 0.6),
                        Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 2_000_000))
                .as((n, acv, margin, now, share, cost) -> new RetentionProgramInputs(n, acv, margin, now, now * share, cost));
    }
}
