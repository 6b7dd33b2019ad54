package dev.hourglass.cli;

/** The headless command line of cli.md. */
public final class HourglassCli {
    private HourglassCli() {
    }

    public static int run(String[] args) {
        System.err.println("unknown command: " + String.join(" ", args));
        return 2;
    }
}
