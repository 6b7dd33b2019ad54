package dev.hourglass.ui.common;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.InvalidInputException.Rule;
import dev.hourglass.model.figures.FigureCatalogue;
import dev.hourglass.model.figures.FigureTexts;
import dev.hourglass.model.scenario.Driver;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Why the bands of a scenario with ranges could not be drawn, in the desktop's language: the run, the values it drew
 * (each as its driver is typed) and the section's refusal as {@link InvalidInputText} says it. Any other failure is
 * its own message.
 */
public final class DrawRefusalText {
    private DrawRefusalText() {
    }

    public static String of(Throwable failed, Locale numbers) {
        return of(failed, numbers, name -> Optional.empty());
    }

    /** The same, naming the section's inputs as {@code section} (its grid: "churn now" → "Churn heute") labels them. */
    public static String of(Throwable failed, Locale numbers, InputGridModel<?> section) {
        return of(failed, numbers, name -> section.fieldNamed(name).map(f -> f));
    }

    private static String of(Throwable failed, Locale numbers, Function<String, Optional<InputField<?>>> sectionField) {
        if (!(failed instanceof InvalidInputException refused) || refused.rule().orElse(null) != Rule.DRAW_REFUSED
                || !(refused.getCause() instanceof InvalidInputException reason)) {
            return failed.getMessage();
        }
        FigureTexts texts = FigureTexts.of(UiText.language());
        StringJoiner drawn = new StringJoiner(", ");
        ((Map<?, ?>) refused.args().get(1)).forEach((driver, value) -> drawn.add(((Driver) driver).label(texts) + " "
                + kindOf((Driver) driver).format(((Number) value).doubleValue(), numbers)));
        Optional<InputField<?>> field = sectionField.apply(reason.field());
        Optional<Driver> driver = byEnglishLabel(reason.field());
        String label = field.map(InputField::label).or(() -> driver.map(d -> d.label(texts))).orElse(reason.field());
        InputKind kind = field.map(InputField::kind).or(() -> driver.map(DrawRefusalText::kindOf)).orElse(null);
        UnaryOperator<String> labelOf = name -> sectionField.apply(name).map(InputField::label).orElse(name);
        return UiText.text("range.drawRefused", refused.args().get(0), drawn.toString(),
                InvalidInputText.of(label, kind, numbers, reason, labelOf));
    }

    private static InputKind kindOf(Driver driver) {
        return InputKind.of(FigureCatalogue.of(driver.figure()).unit());
    }

    private static Optional<Driver> byEnglishLabel(String field) {
        return Arrays.stream(Driver.values()).filter(d -> d.label().equalsIgnoreCase(field)).findFirst();
    }
}
