package dev.hourglass.cli;

import dev.hourglass.model.figures.FigureFormatter;
import java.util.Locale;

/**
 * The language of the command line's readable output: American English on every machine, so a script reading the
 * text sees the same words and numbers everywhere (cli.md); JSON output is unrounded and has no language.
 */
final class CliText {
    static final Locale LOCALE = Locale.US;
    /** For counts, rates and ratios; money is written with {@link #of(String)}, in its currency. */
    static final FigureFormatter TEXT = new FigureFormatter(LOCALE, "");

    private CliText() {
    }

    static FigureFormatter of(String currency) {
        return new FigureFormatter(LOCALE, currency);
    }
}
