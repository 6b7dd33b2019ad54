package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RowLinesTest {
    @Test
    void rowsOnConsecutiveLinesAndAfterAGap() {
        RowLines lines = new RowLines();
        for (long line : new long[] {2, 3, 4, 7, 8, 10}) {
            lines.add(line);
        }
        assertThat(lines.size()).isEqualTo(6);
        assertThat(List.of(lines.lineOf(0), lines.lineOf(2), lines.lineOf(3), lines.lineOf(4), lines.lineOf(5)))
                .containsExactly(2L, 4L, 7L, 8L, 10L);
        assertThatThrownBy(() -> lines.lineOf(6)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    /** Steps of 1 are rows on consecutive lines; larger ones skip lines (blank, left out, a quoted line break). */
    @Property(tries = 300)
    void everyRowHasItsLineWhereverTheSecondPartStarts(@ForAll @Size(max = 300) List<@IntRange(min = 1, max = 4) Integer> steps,
                                                       @ForAll @IntRange(min = 0, max = 300) int split,
                                                       @ForAll @IntRange(min = 1, max = 50) int headerLine) {
        List<Long> expected = new ArrayList<>();
        long line = headerLine;
        for (int step : steps) {
            line += step;
            expected.add(line);
        }
        int cut = Math.min(split, expected.size());
        RowLines first = new RowLines();
        expected.subList(0, cut).forEach(first::add);
        long linesBefore = cut == 0 ? headerLine : expected.get(cut - 1);
        RowLines second = new RowLines(); // numbered from the part's own start, as the second reading thread counts
        expected.subList(cut, expected.size()).forEach(l -> second.add(l - linesBefore));
        first.addAll(second, linesBefore);

        RowLines oneGo = new RowLines();
        expected.forEach(oneGo::add);
        assertThat(first.size()).isEqualTo(expected.size());
        for (int r = 0; r < expected.size(); r++) {
            assertThat(first.lineOf(r)).isEqualTo(expected.get(r));
            assertThat(oneGo.lineOf(r)).isEqualTo(expected.get(r));
        }
    }
}
