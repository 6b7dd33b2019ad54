package dev.hourglass.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class LockHolderTest {
    @Test
    void theLockFilesSentenceIsReadBackPartByPart() {
        LockHolder holder = new LockHolder("anna", "laptop-7", 4242, LocalDateTime.of(2026, 12, 3, 9, 15));
        assertThat(holder.english()).isEqualTo("anna on laptop-7 (process 4242) since 2026-12-03 09:15");
        assertThat(LockHolder.read(holder.english())).contains(holder);
    }

    @Test
    void anUnknownComputerIsWrittenAsEarlierVersionsDidAndReadAsEmpty() {
        LockHolder holder = new LockHolder("bo", "", 7, LocalDateTime.of(2026, 1, 31, 23, 59));
        assertThat(holder.english()).isEqualTo("bo on this computer (process 7) since 2026-01-31 23:59");
        assertThat(LockHolder.read(holder.english())).contains(holder);
    }

    @Test
    void otherWordsNameNoOneThisVersionReads() {
        assertThat(LockHolder.read("someone else")).isEmpty();
        assertThat(LockHolder.read("x on y (process 1) since 2026-13-01 10:00")).isEmpty();
    }

    @Test
    void thisProcessIsReadBackFromWhatItWrites() {
        LockHolder me = LockHolder.thisProcess();
        assertThat(LockHolder.read(me.english())).contains(me);
    }
}
