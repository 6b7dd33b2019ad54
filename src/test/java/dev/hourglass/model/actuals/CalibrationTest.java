package dev.hourglass.model.actuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    @Test
    void readsTheLatestTrailingTwelveAndTheCohortsTwelveMonthLogoRetention() {
        Ledger.Builder ledger = Ledger.builder();
        YearMonth start = YearMonth.of(2020, 1);
        // Four customers from January 2020: A grows 100 -> 120, B stays at 100, C leaves after month 6, D shrinks.
        for (int m = 0; m <= 12; m++) {
            ledger.add("A", start.plusMonths(m), m < 12 ? 100 : 120);
            ledger.add("B", start.plusMonths(m), 100);
            if (m < 6) {
                ledger.add("C", start.plusMonths(m), 100);
            }
            ledger.add("D", start.plusMonths(m), m < 12 ? 100 : 80);
        }
        Calibration calibration = Calibration.of(CohortAnalysis.analyse(ledger.build()));
        assertThat(calibration.asOf()).isEqualTo(YearMonth.of(2021, 1));
        // 12 months earlier the four paid 400; now A 120 + B 100 + D 80 = 300: NRR 0.75; capped: 100+100+80 = 280.
        assertThat(calibration.nrr().getAsDouble()).isCloseTo(0.75, within(1e-12));
        assertThat(calibration.grr().getAsDouble()).isCloseTo(0.70, within(1e-12));
        assertThat(calibration.firstYearLogoChurn().getAsDouble()).isCloseTo(0.25, within(1e-12));
        assertThat(calibration.annualLogoChurn().getAsDouble()).isCloseTo(0.25, within(1e-12)); // no 2-year cohort
        assertThat(calibration.steadyChurnMeasured()).isFalse();
        assertThat(calibration.arr()).isEqualTo(300 * 12);
    }

    @Test
    void theSteadyChurnComesFromTheSecondYearOfCohortsOldEnough() {
        Ledger.Builder ledger = Ledger.builder();
        YearMonth start = YearMonth.of(2020, 1);
        // Ten customers: two leave in year 1, two more in year 2 (of the eight left: 25 %).
        for (int c = 0; c < 10; c++) {
            int lastMonth = c < 2 ? 5 : c < 4 ? 17 : 24;
            for (int m = 0; m <= lastMonth; m++) {
                ledger.add("C" + c, start.plusMonths(m), 100);
            }
        }
        Calibration calibration = Calibration.of(CohortAnalysis.analyse(ledger.build()));
        assertThat(calibration.firstYearLogoChurn().getAsDouble()).isCloseTo(0.20, within(1e-12));
        assertThat(calibration.annualLogoChurn().getAsDouble()).isCloseTo(0.25, within(1e-12));
        assertThat(calibration.steadyChurnMeasured()).isTrue();
    }

    @Test
    void aLedgerShorterThanAYearCannotSayGrrNrrOrChurn() {
        Ledger ledger = Ledger.builder().add("A", YearMonth.of(2020, 1), 100).add("A", YearMonth.of(2020, 2), 100).build();
        Calibration calibration = Calibration.of(CohortAnalysis.analyse(ledger));
        assertThat(calibration.grr()).isEmpty();
        assertThat(calibration.nrr()).isEmpty();
        assertThat(calibration.annualLogoChurn()).isEmpty();
        assertThat(calibration.firstYearLogoChurn()).isEmpty();
        assertThat(calibration.arr()).isEqualTo(1_200);
    }
}
