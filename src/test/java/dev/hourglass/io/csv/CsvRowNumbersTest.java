package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvRowNumbersTest {

    @Test
    void aFieldIsANumberOrNaNAsNumberGivesItOrNull() {
        byte[] line = "12.5,abc,\"$1,200.50\",-3".getBytes(StandardCharsets.US_ASCII);
        CsvRow row = new CsvRow();
        row.beginBytes(line, 1);
        row.addBytes(0, 4);
        row.addBytes(5, 3);
        row.addBytes(10, 9);
        row.addBytes(21, 2);

        assertThat(row.numberOrNaN(0)).isEqualTo(12.5);
        assertThat(row.numberOrNaN(1)).isNaN();
        assertThat(row.number(1)).isNull();
        assertThat(row.numberOrNaN(2)).isEqualTo(1200.5); // not a simple decimal: the general path
        assertThat(row.number(2)).isEqualTo(1200.5);
        assertThat(row.numberOrNaN(3)).isEqualTo(-3.0);
    }
}
