package dev.hourglass.io.export;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The workshop report's own words in one language ({@code report.properties}, English, and
 * {@code report_de.properties}, German); figure labels, section titles and units are the figure catalogue's. A
 * report is written in one language throughout: a locale whose language has no bundle gets English words, and then
 * English dates and numbers too ({@link #reportLocale}).
 */
final class ReportText {
    static final String BUNDLE = "dev.hourglass.io.export.report";
    /** The languages with a bundle. */
    static final Set<String> LANGUAGES = Set.of("en", "de");

    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static ReportText of(Locale locale) {
        return new ReportText(locale);
    }

    /**
     * The locale a report is written in: the language, when it has a bundle, else English, with the region of
     * {@code formats} (which decides the paper, and in English the date's order).
     */
    static Locale reportLocale(Locale language, Locale formats) {
        String words = LANGUAGES.contains(language.getLanguage()) ? language.getLanguage() : "en";
        return new Locale.Builder().setLanguage(words).setRegion(formats.getCountry()).build();
    }

    Locale locale() {
        return locale;
    }

    /** A text by key, {0}, {1} … replaced by the arguments as they stand. */
    String text(String key, Object... arguments) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException missing) {
            throw new IllegalArgumentException("no report text " + key + " for " + locale, missing);
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }
}
