package dev.hourglass.ui.common;

import dev.hourglass.model.figures.FigureTexts;
import java.util.Arrays;
import javafx.util.StringConverter;

/** The label of a named value of the model ({@code RiskBand.RED} → "Rot") in the desktop's language. */
public final class ValueText {
    private ValueText() {
    }

    public static String of(Enum<?> value) {
        return FigureTexts.of(UiText.language()).value(value);
    }

    /** For a choice box of a model enum: shows each value's label, keeps the value as the choice. */
    public static <E extends Enum<E>> StringConverter<E> converter(Class<E> type) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? null : of(value);
            }

            @Override
            public E fromString(String label) {
                return Arrays.stream(type.getEnumConstants()).filter(v -> of(v).equals(label)).findFirst().orElse(null);
            }
        };
    }
}
