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
}
