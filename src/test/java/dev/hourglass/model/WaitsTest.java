package dev.hourglass.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WaitsTest {
    @Test
    void anInterruptMakesItWaitAgainAndIsLeftForTheCaller() {
        AtomicInteger tries = new AtomicInteger();
        String result = Waits.uninterruptibly(() -> {
            if (tries.incrementAndGet() < 3) {
                throw new InterruptedException();
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(tries).hasValue(3);
        assertThat(Thread.interrupted()).as("interrupted again, and cleared here").isTrue();
    }

    @Test
    void anUninterruptedWaitLeavesTheThreadAsItWas() {
        assertThat(Waits.uninterruptibly(() -> 7)).isEqualTo(7);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void theWaitsOwnFailureComesThrough() {
        assertThatThrownBy(() -> Waits.<String, IOException>uninterruptibly(() -> {
            throw new IOException("gone");
        })).isInstanceOf(IOException.class).hasMessage("gone");
    }
}
