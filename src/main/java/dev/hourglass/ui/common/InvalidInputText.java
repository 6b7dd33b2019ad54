package dev.hourglass.ui.common;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.InvalidInputException.Rule;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.UnaryOperator;

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
        return of(label, kind, numbers, refused, UnaryOperator.identity());
    }

    /**
     * The same, for a rule between two inputs ("NRR must be at least GRR (90 %)"): {@code labelOf} turns the other
     * input's name, as the model calls it, into the label the user sees.
     */
    public static String of(String label, InputKind kind, Locale numbers, InvalidInputException refused,
                            UnaryOperator<String> labelOf) {
        if (refused.rule().isEmpty()) {
            return modelsWords(refused);
        }
        Rule rule = refused.rule().get();
        List<Object> args = withOtherLabel(rule, refused.args(), labelOf);
        // One end of a range is said in either language as the field with its end ("Gross margin (high end) …").
        String named = refused.rangeEnd().map(end -> UiText.text("invalidInput.rangeEnd." + end.name(), label))
                .orElse(label);
        if (kind == InputKind.PERCENT && rule != Rule.NOT_A_NUMBER) {
            return asPercent(named, rule, args, numbers);
        }
        if (UiText.speaksEnglish() && refused.rangeEnd().isEmpty()) {
            return modelsWords(refused);
        }
        NumberFormat number = NumberFormat.getNumberInstance(numbers);
        number.setMaximumFractionDigits(6);
        return UiText.text("invalidInput." + rule.name(), shown(named, args, n -> number.format(n)));
    }

    private static List<Object> withOtherLabel(Rule rule, List<Object> args, UnaryOperator<String> labelOf) {
        if (rule != Rule.AT_LEAST_FIELD && rule != Rule.AT_MOST_FIELD) {
            return args;
        }
        List<Object> named = new ArrayList<>(args);
        named.set(0, labelOf.apply((String) args.get(0)));
        return named;
    }

    private static String asPercent(String label, Rule rule, List<Object> values, Locale numbers) {
        Object[] args = switch (rule) {
            case FRACTION, FRACTION_BELOW_ONE -> new Object[] {0.0, 1.0, values.get(0)};
            default -> values.toArray();
        };
        String key = switch (rule) {
            case FRACTION -> Rule.BETWEEN.name();
            case FRACTION_BELOW_ONE -> "FRACTION_BELOW_ONE.range";
            default -> rule.name();
        };
        return UiText.text("invalidInput." + key,
                shown(label, Arrays.asList(args), n -> InputKind.PERCENT.format(n, numbers)));
    }

    /** The label, then each argument: a number in the field's form, a day as the language writes it. */
    private static Object[] shown(String label, List<Object> args, DoubleFunction<String> number) {
        Object[] shown = new Object[args.size() + 1];
        shown[0] = label;
        for (int i = 0; i < args.size(); i++) {
            Object arg = args.get(i);
            shown[i + 1] = arg instanceof Number n ? number.apply(n.doubleValue())
                    : arg instanceof LocalDate day ? DateText.of(day) : arg;
        }
        return shown;
    }

    private static String modelsWords(InvalidInputException refused) {
        String text = refused.getMessage();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
