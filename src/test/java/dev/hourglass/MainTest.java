package dev.hourglass;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void noArgumentsOrOneWorkbookFileOpenTheDesktopApp() {
        assertThat(Main.opensDesktop(new String[0])).isTrue();
        assertThat(Main.opensDesktop(new String[] {"/home/ana/My plan.hourglass"})).isTrue();
        assertThat(Main.opensDesktop(new String[] {"C:\\Users\\Ana\\PLAN.HOURGLASS"})).isTrue();
    }

    @Test
    void commandsRunOnTheCommandLine() {
        assertThat(Main.opensDesktop(new String[] {"--version"})).isFalse();
        assertThat(Main.opensDesktop(new String[] {"list", "plan.hourglass"})).isFalse();
        assertThat(Main.opensDesktop(new String[] {"calc", "scenario.json"})).isFalse();
        assertThat(Main.opensDesktop(new String[] {"scenario.json"})).isFalse();
    }
}
