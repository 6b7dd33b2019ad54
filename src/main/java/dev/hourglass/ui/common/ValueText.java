package dev.hourglass.ui.common;

import dev.hourglass.model.figures.FigureTexts;

/** The label of a named value of the model ({@code RiskBand.RED} → "Rot") in the desktop's language. */
public final class ValueText {
    private ValueText() {
    }

    public static String of(Enum<?> value) {
        return FigureTexts.of(UiText.language()).value(value);
    }
}
