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

    /** Texts that share the bytes the recent values are found by (length, first, middle, last) stay apart. */
    @Test
    void textsAlikeInTheBytesTheyAreFoundByAreNotTakenForEachOther() {
        TextPool pool = new TextPool();
        for (String[] pair : new String[][] {{"AXcdE", "AYcdE"}, {"Opportunity 000000017", "Opportunity 100000017"},
                {"ab", "ab"}}) {
            String first = pool.get(bytes(pair[0]), 0, pair[0].length());
            String second = pool.get(bytes(pair[1]), 0, pair[1].length());
            assertThat(second).isEqualTo(pair[1]);
            assertThat(pool.get(bytes(pair[0]), 0, pair[0].length())).isSameAs(first).isEqualTo(pair[0]);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
