package dev.hourglass.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The desktop's words in the language the user picked: menus, views, dialogs and messages. English is the base
 * bundle ({@code ui.properties}); German is {@code ui_de.properties}. Figure labels and units are not here: they
 * come from the figure catalogue ({@code FigureTexts}).
 */
public final class UiText {
    static final String BUNDLE = "dev.hourglass.ui.ui";
    private static volatile Locale language = Locale.ENGLISH;

    private UiText() {
    }

    /** The language of every text from now on; the app sets it once at start from the user's choice. */
    public static void use(Locale chosen) {
        language = chosen;
    }

    public static Locale language() {
        return language;
    }

    /** The bundle, for FXML loaders ({@code %key} in FXML). */
    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A text by key; {0}, {1} … replaced by the arguments (MessageFormat rules, so a quote is written '' ). */
    public static String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException missing) {
            throw new IllegalArgumentException("no text " + key + " for " + language, missing);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
    }
}
