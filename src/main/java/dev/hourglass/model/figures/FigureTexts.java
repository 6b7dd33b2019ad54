package dev.hourglass.model.figures;

import dev.hourglass.model.postsale.PostSaleStep;
import dev.hourglass.model.postsale.RelationshipStage;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the figure catalogue in one language: labels, formula texts, section titles, the labels of named
 * values and the unit words the formatter writes. English is the base bundle; a locale without its own bundle
 * reads English, never the computer's default language.
 */
public final class FigureTexts {
    static final String BUNDLE = "dev.hourglass.model.figures.figures";
    private static final Pattern ELEMENT = Pattern.compile("\\[([^\\]]*)]");
    private static final Pattern YEAR = Pattern.compile("year (\\d+)");

    private final Locale locale;
    private final ResourceBundle bundle;

    private FigureTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static FigureTexts of(Locale locale) {
        return new FigureTexts(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** A text of the bundle by its key; {0} in it replaced by {@code argument} when given. */
    public String text(String key, Object... argument) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException missing) {
            throw new IllegalArgumentException("no text " + key + " for " + locale, missing);
        }
        return argument.length == 0 ? text : text.replace("{0}", String.valueOf(argument[0]));
    }

    /** Whether the bundle has this key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The label of a figure by its path, with the list element it names: {@code retention.bridge[year 3].closing}
     * → "Year 3: closing ARR", {@code channels[Paid search].cac} → "Paid search: CAC".
     */
    public String label(String path) {
        Figure figure = FigureCatalogue.of(path);
        Matcher element = ELEMENT.matcher(path);
        return element.find() ? text(figure.labelKey(), elementName(element.group(1))) : text(figure.labelKey());
    }

    /**
     * A figure's name as it reads inside a sentence: its label without the section or list element before a colon
     * ("NRR gain: close rate" → "close rate"); in English with a small first letter unless the word is an
     * abbreviation ("Gross margin" → "gross margin", "ACV", "Start ARR" → "start ARR").
     */
    public String nameInSentence(String path) {
        String label = text(FigureCatalogue.of(path).labelKey());
        int colon = label.lastIndexOf(": ");
        String name = colon < 0 ? label : label.substring(colon + 2);
        boolean english = bundle.getLocale().getLanguage().isEmpty();
        boolean abbreviation = name.length() > 1 && Character.isUpperCase(name.charAt(1));
        return english && !abbreviation ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
    }

    /**
     * A list figure's words as the title of a table's column, without the element its label names:
     * {@code budget.lines[].dollars} ("{0}: dollars") → "Dollars".
     */
    public String columnTitle(String listKey) {
        String words = text(FigureCatalogue.of(listKey).labelKey()).replace("{0}: ", "");
        return words.substring(0, 1).toUpperCase(locale) + words.substring(1);
    }

    /** How a figure is computed, or what an input means. */
    public String formula(String path) {
        return text(FigureCatalogue.of(path).formulaKey());
    }

    public String section(Section section) {
        return text("section." + section.key());
    }

    /** The label of a named value: {@code LOST_COMPETITION} → "Lost to competition". */
    public String value(Enum<?> value) {
        return text("value." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    public String noData() {
        return text("noData");
    }

    /** A year of the bridge by its number, a list's index counted from 1, a step or stage by its label. */
    private String elementName(String element) {
        Matcher year = YEAR.matcher(element);
        if (year.matches()) {
            return year.group(1);
        }
        if (element.matches("\\d+")) {
            return Integer.toString(Integer.parseInt(element) + 1);
        }
        for (PostSaleStep step : PostSaleStep.values()) {
            if (step.key().equals(element) || step.name().equals(element)) {
                return value(step);
            }
        }
        for (RelationshipStage stage : RelationshipStage.values()) {
            if (stage.name().equals(element)) {
                return value(stage);
            }
        }
        return element;
    }
}
