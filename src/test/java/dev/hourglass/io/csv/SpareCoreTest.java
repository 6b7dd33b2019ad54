package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SpareCoreTest {
    @AfterEach
    void chooseByLoadAgain() {
        System.clearProperty("hourglass.csv.parts");
    }

    @Test
    void thePropertyChoosesOneOrTwoPartsWhateverTheLoad() {
        System.setProperty("hourglass.csv.parts", "1");
        assertThat(SpareCore.available()).isFalse();
        System.setProperty("hourglass.csv.parts", "2");
        assertThat(SpareCore.available()).isTrue();
    }

    /** The reading thread counts itself: on two cores a second thread fits only when nothing else runs. */
    @Test
    void aSecondThreadFitsWhenFewerThreadsRunThanThereAreCores() {
        assertThat(SpareCore.spareFor(1, 2)).isTrue();
        assertThat(SpareCore.spareFor(2, 2)).isFalse();
        assertThat(SpareCore.spareFor(3, 4)).isTrue();
        assertThat(SpareCore.spareFor(4, 4)).isFalse();
    }

    /** /proc/PID/task/TID/stat: the name in brackets may hold spaces and brackets of its own. */
    @Test
    void aThreadsStateIsReadAfterItsNameWhateverTheNameHolds() {
        assertThat(SpareCore.stateOf("4711 (C1 CompilerThre) R 1 4711 4711 0 -1")).isEqualTo('R');
        assertThat(SpareCore.stateOf("4712 (a (b) c) S 1 4711")).isEqualTo('S');
        assertThat(SpareCore.stateOf("4713 (cut")).isEqualTo('?');
    }
}
