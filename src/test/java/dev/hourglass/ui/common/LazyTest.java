package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {
    @Test
    void madeOnceWhenFirstAskedForAndOnlyThenTold() {
        AtomicInteger made = new AtomicInteger();
        Lazy<List<String>> lazy = Lazy.of(() -> {
            made.incrementAndGet();
            return new ArrayList<>();
        });
        lazy.ifMade(list -> list.add("before"));
        assertThat(made).hasValue(0);

        lazy.get().add("first");
        lazy.ifMade(list -> list.add("after"));

        assertThat(lazy.get()).containsExactly("first", "after");
        assertThat(made).hasValue(1);
    }
}
