package dev.hourglass.ui.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The desktop's words in the language the user picked: menus, views, dialogs and messages. English is the base
 * bundle ({@code ui.properties}); German is {@code ui_de.properties}. Figure labels and units are not here: they
 * come from the figure catalogue ({@code FigureTexts}).
 */
public final class UiText {
    static final String BUNDLE = "dev.hourglass.ui.ui";
    /** The languages with a complete bundle, in the order the Language menu lists them. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);
    private static volatile Locale language = Locale.ENGLISH;

    private UiText() {
    }

    /** The language of every text from now on; the app sets it at start and when the user picks another. */
    public static void use(Locale chosen) {
        language = chosen;
    }

    public static Locale language() {
        return language;
    }

    /** Whether the desktop speaks English: then the import's and the CLI's own English words are shown as they are. */
    public static boolean speaksEnglish() {
        return language.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    /** The user's pick, else the system's language when there is a bundle for it, else English. */
    public static Locale choose(Optional<Locale> picked, Locale system) {
        Locale wanted = picked.orElse(system);
        return LANGUAGES.stream().filter(known -> known.getLanguage().equals(wanted.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }

    /** A language's own name, as its speakers write it: "English", "Deutsch". */
    public static String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /** The bundle, for FXML loaders ({@code %key} in FXML). */
    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A text by key; {0}, {1} … replaced by the arguments (MessageFormat rules, so a quote is written ''); numbers in the
     * arguments are written as Java writes them: figures are formatted before, by the FigureFormatter. */
    public static String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException missing) {
            throw new IllegalArgumentException("no text " + key + " for " + language, missing);
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] written = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) { // a count or a year as the code wrote it before: 2026, not 2,026
            written[i] = arguments[i] instanceof Number number ? String.valueOf(number) : arguments[i];
        }
        return new MessageFormat(pattern, Locale.getDefault(Locale.Category.FORMAT)).format(written);
    }
}
