package dev.hourglass.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.figures.Unit;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AxisTicksTest {
    @Test
    void moneyTicksAreShortenedNotRaw() {
        // drift: the report's axes read 20,000,000
        assertThat(new AxisTicks(new FigureFormatter(Locale.US, "USD"), Unit.MONEY).format(20_000_000))
                .isEqualTo("$20M");
        assertThat(new AxisTicks(new FigureFormatter(Locale.GERMANY, "USD"), Unit.MONEY).format(2_500_000))
                .isEqualTo("2,5\u00a0Mio.\u00a0$");
        assertThat(new AxisTicks(new FigureFormatter(Locale.US, "USD"), Unit.COUNT).format(40)).isEqualTo("40");
    }

    @Test
    void aTickReadsBack() throws Exception {
        assertThat(new AxisTicks(new FigureFormatter(Locale.US, "USD"), Unit.MONEY).parse("$2.5M").doubleValue())
                .isEqualTo(2_500_000);
    }
}
