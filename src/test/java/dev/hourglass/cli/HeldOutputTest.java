package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class HeldOutputTest {
    @Test
    void passesOnEverythingInOrderAcrossChunksAndNothingBefore() {
        HeldOutput held = new HeldOutput();
        PrintWriter writer = new PrintWriter(held);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; expected.length() < 300_000; i++) {
            String piece = ("row " + i + " Ω ").repeat(1 + i % 700);
            writer.print(piece);
            expected.append(piece);
        }
        writer.println();
        expected.append(System.lineSeparator());
        writer.flush();
        StringWriter target = new StringWriter();
        PrintWriter out = new PrintWriter(target);
        assertThat(target.toString()).isEmpty();

        held.passOn(out);
        out.flush();

        assertThat(target.toString()).hasSize(expected.length()).isEqualTo(expected.toString());
    }
}
