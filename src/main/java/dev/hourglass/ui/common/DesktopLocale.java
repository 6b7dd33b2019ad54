package dev.hourglass.ui.common;

import java.util.Locale;

/**
 * The desktop's language together with how it writes numbers, dates and month names: the language's own formats,
 * with the system's region kept when the system speaks the same language (a Swiss German system stays de-CH in
 * German, and writes English figures as English does once the user picks English).
 */
public final class DesktopLocale {
    /** The system's formats before the desktop chose any, read once: a later choice must not become the "system". */
    private static final Locale SYSTEM_FORMATS = Locale.getDefault(Locale.Category.FORMAT);

    private DesktopLocale() {
    }

    /** Texts in {@code language} and formats to match, for every view built from now on. */
    public static void use(Locale language) {
        UiText.use(language);
        Locale.setDefault(Locale.Category.FORMAT, formatsFor(language, SYSTEM_FORMATS));
    }

    /** The formats for a language: the system's when it is the same language, else the language's own. */
    static Locale formatsFor(Locale language, Locale system) {
        return system.getLanguage().equals(language.getLanguage()) ? system : language;
    }
}
