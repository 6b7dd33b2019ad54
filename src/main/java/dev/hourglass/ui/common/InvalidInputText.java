package dev.hourglass.ui.common;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.InvalidInputException.Rule;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * A value a range check refused, in the desktop's language, named by the label the user sees. In English, and for a
 * refusal without a rule, it is the model's own message; a percentage input is said as the user sees the field
 * ("between 0 % and 100 %, got 180 %") in both languages, not as the model's fraction.
 */
public final class InvalidInputText {
    private InvalidInputText() {
    }

    public static String of(String label, InvalidInputException refused) {
        return of(label, null, Locale.getDefault(Locale.Category.FORMAT), refused);
    }

    /** The refusal of an input typed as {@code kind} (null for a text input) with numbers written as {@code numbers}. */
    public static String of(String label, InputKind kind, Locale numbers, InvalidInputException refused) {
        if (refused.rule().isEmpty()) {
            return modelsWords(refused);
        }
        Rule rule = refused.rule().get();
        if (kind == InputKind.PERCENT && rule != Rule.NOT_A_NUMBER) {
            return asPercent(label, rule, refused.args(), numbers);
        }
        if (UiText.speaksEnglish()) {
            return modelsWords(refused);
        }
        NumberFormat number = NumberFormat.getNumberInstance(numbers);
        number.setMaximumFractionDigits(6);
        Object[] args = new Object[refused.args().size() + 1];
        args[0] = label;
        for (int i = 0; i < refused.args().size(); i++) {
            Object arg = refused.args().get(i);
            args[i + 1] = arg instanceof Number n ? number.format(n.doubleValue()) : arg;
        }
        return UiText.text("invalidInput." + rule.name(), args);
    }

    private static String asPercent(String label, Rule rule, List<Object> values, Locale numbers) {
        Object[] args = switch (rule) {
            case FRACTION, FRACTION_BELOW_ONE -> new Object[] {0.0, 1.0, values.get(0)};
            default -> values.toArray();
        };
        Object[] shown = new Object[args.length + 1];
        shown[0] = label;
        for (int i = 0; i < args.length; i++) {
            shown[i + 1] = args[i] instanceof Number n ? InputKind.PERCENT.format(n.doubleValue(), numbers) : args[i];
        }
        String key = switch (rule) {
            case FRACTION -> Rule.BETWEEN.name();
            case FRACTION_BELOW_ONE -> "FRACTION_BELOW_ONE.range";
            default -> rule.name();
        };
        return UiText.text("invalidInput." + key, shown);
    }

    private static String modelsWords(InvalidInputException refused) {
        String text = refused.getMessage();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
