package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeenIdsTest {
    @Test
    void findsEveryRepeatWithItsFirstLineAcrossManyRegrowths() {
        SeenIds ids = new SeenIds(1);
        for (int i = 0; i < 100_000; i++) {
            assertThat(ids.addOrFirstLine("D" + i, i + 2)).isEqualTo(-1);
        }
        assertThat(ids.addOrFirstLine("D0", 200_000)).isEqualTo(2);
        assertThat(ids.addOrFirstLine("D99999", 200_001)).isEqualTo(100_001);
        assertThat(ids.addOrFirstLine("D12345", 200_002)).isEqualTo(12_347);
        assertThat(ids.addOrFirstLine("D100000", 200_003)).isEqualTo(-1);
    }

    @Test
    void idsWithTheSameHashAreStillDifferentIds() {
        SeenIds ids = new SeenIds(4);
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(ids.addOrFirstLine("Aa", 2)).isEqualTo(-1);
        assertThat(ids.addOrFirstLine("BB", 3)).isEqualTo(-1);
        assertThat(ids.addOrFirstLine("AaBB", 4)).isEqualTo(-1);
        assertThat(ids.addOrFirstLine("BBAa", 5)).isEqualTo(-1);
        assertThat(ids.addOrFirstLine("BB", 6)).isEqualTo(3);
        assertThat(ids.addOrFirstLine("AaBB", 7)).isEqualTo(4);
        assertThat(ids.addOrFirstLine("", 8)).isEqualTo(-1);
        assertThat(ids.addOrFirstLine("", 9)).isEqualTo(8);
    }

    @Test
    void idsWithTheSameTableHashAreStillDifferentIds() {
        Map<Integer, String> byHash = new HashMap<>();
        String first = null;
        String second = null;
        for (int i = 0; second == null; i++) {
            String id = "0065g000" + Integer.toString(i, 36);
            String earlier = byHash.putIfAbsent(SeenIds.hash(id), id);
            if (earlier != null) {
                first = earlier;
                second = id;
            }
        }
        SeenIds ids = new SeenIds(4);
        assertThat(ids.addOrFirstLine(first, 2)).isEqualTo(-1);
        assertThat(ids.addOrFirstLine(second, 3)).isEqualTo(-1);
        assertThat(ids.addOrFirstLine(second, 4)).isEqualTo(3);
        assertThat(ids.addOrFirstLine(first, 5)).isEqualTo(2);
    }

    @Test
    void sequentialBase62IdsAreAllNew() {
        String digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        SeenIds ids = new SeenIds(1);
        for (int i = 0; i < 62 * 62 * 20; i++) {
            String id = "0065g00000" + digits.charAt(i / (62 * 62)) + digits.charAt(i / 62 % 62) + digits.charAt(i % 62);
            assertThat(ids.addOrFirstLine(id, i + 2)).isEqualTo(-1);
        }
        assertThat(ids.addOrFirstLine("0065g000000AO", 0)).isEqualTo(2 + 10 * 62 + 24);
    }

    @Test
    void idsBeyondLatin1AndLinesBeyondAnIntAreKeptExactly() {
        SeenIds ids = new SeenIds(2);
        assertThat(ids.addOrFirstLine("Zoë-1", 2)).isEqualTo(-1);
        assertThat(ids.addOrFirstLine("Zoe-1", 3)).isEqualTo(-1);
        assertThat(ids.addOrFirstLine("契約-7", 4)).isEqualTo(-1);
        assertThat(ids.addOrFirstLine("big", 5_000_000_000L)).isEqualTo(-1);
        assertThat(ids.addOrFirstLine("after", 5_000_000_001L)).isEqualTo(-1);

        assertThat(ids.addOrFirstLine("Zoë-1", 6_000_000_000L)).isEqualTo(2);
        assertThat(ids.addOrFirstLine("契約-7", 6_000_000_001L)).isEqualTo(4);
        assertThat(ids.addOrFirstLine("契約-8", 6_000_000_002L)).isEqualTo(-1);
        assertThat(ids.addOrFirstLine("big", 6_000_000_003L)).isEqualTo(5_000_000_000L);
        assertThat(ids.addOrFirstLine("Zoe-1", 6_000_000_004L)).isEqualTo(3);
    }

    @Test
    void keepsLongIdsWhole() {
        SeenIds ids = new SeenIds(1);
        String longId = "X".repeat(10_000);
        assertThat(ids.addOrFirstLine(longId, 2)).isEqualTo(-1);
        assertThat(ids.addOrFirstLine(longId + "Y", 3)).isEqualTo(-1);
        assertThat(ids.addOrFirstLine("X".repeat(10_000), 4)).isEqualTo(2);
    }
}
