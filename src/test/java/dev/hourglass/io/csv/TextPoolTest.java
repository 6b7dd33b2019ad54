package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextPoolTest {

    @Test
    void aRepeatedValueIsTheSameStringWhetherItFollowsItselfOrNot() {
        TextPool pool = new TextPool();
        String first = pool.get(bytes("xC17,"), 1, 3);
        assertThat(first).isEqualTo("C17");
        assertThat(pool.get(bytes("C17"), 0, 3)).isSameAs(first);
        assertThat(pool.get(bytes("C18"), 0, 3)).isEqualTo("C18");
        assertThat(pool.get(bytes("--C17"), 2, 3)).isSameAs(first);
        assertThat(pool.size()).isEqualTo(2);
    }

    @Test
    void theLastValueIsKeptAsACopyNotAsTheCallersBuffer() {
        TextPool pool = new TextPool();
        byte[] buffer = bytes("AB");
        assertThat(pool.get(buffer, 0, 2)).isEqualTo("AB");
        buffer[1] = 'C'; // a reader reuses its buffer for the next row
        assertThat(pool.get(buffer, 0, 2)).isEqualTo("AC");
        assertThat(pool.get(bytes("A"), 0, 1)).isEqualTo("A");
        assertThat(pool.get(bytes(""), 0, 0)).isEmpty();
    }

    @Test
    void aValueLongerThanTheCopySoFarIsStillFoundAgain() {
        TextPool pool = new TextPool();
        String longName = "Customer " + "x".repeat(200);
        String first = pool.get(bytes(longName), 0, longName.length());
        assertThat(pool.get(bytes(longName), 0, longName.length())).isSameAs(first).isEqualTo(longName);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
