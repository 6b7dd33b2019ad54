package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 740);
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1050);

    @Test
    void aFirstStartOpensLargeAndCentredButNeverBiggerThanTheWorkArea() {
        assertThat(WindowPlacement.initialBounds(Optional.empty(), LAPTOP))
                .isEqualTo(new Rectangle2D(0, 0, 1366, 740));
        assertThat(WindowPlacement.initialBounds(Optional.empty(), FULL_HD))
                .isEqualTo(new Rectangle2D(240, 75, 1440, 900));
    }

    @Test
    void aFirstStartOpensMaximisedALaterOneAsTheWindowWasLeft() {
        assertThat(WindowPlacement.opensMaximised(Optional.empty(), false)).isTrue();
        Optional<double[]> saved = Optional.of(new double[] {100, 50, 1000, 650});
        assertThat(WindowPlacement.opensMaximised(saved, false)).isFalse();
        assertThat(WindowPlacement.opensMaximised(saved, true)).isTrue();
    }

    @Test
    void savedBoundsAreKeptWhereTheyFit() {
        Optional<double[]> saved = Optional.of(new double[] {100, 50, 1000, 650});
        assertThat(WindowPlacement.initialBounds(saved, FULL_HD)).isEqualTo(new Rectangle2D(100, 50, 1000, 650));
    }

    @Test
    void aWindowLeftOffScreenOrTinyComesBackOnTheWorkAreaAtAUsableSize() {
        Optional<double[]> offScreen = Optional.of(new double[] {3000, -400, 1600, 1000});
        assertThat(WindowPlacement.initialBounds(offScreen, LAPTOP)).isEqualTo(new Rectangle2D(0, 0, 1366, 740));

        Optional<double[]> tiny = Optional.of(new double[] {10, 10, 200, 200});
        assertThat(WindowPlacement.initialBounds(tiny, FULL_HD)).isEqualTo(new Rectangle2D(10, 10, 900, 600));
    }
}
