package dev.hourglass.ui.common;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * Editable spinners of whole numbers that never hold null: text that is empty or not a number puts the last good
 * value back, and a number outside the range is clamped into it — what a user expects from a number box.
 */
public final class WholeNumberSpinners {
    private WholeNumberSpinners() {
    }

    public static void configure(Spinner<Integer> spinner, int min, int max, int value, int step) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, clamp(value, min, max), step);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer number) {
                return number == null ? "" : number.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return clamp(Integer.parseInt(text.strip()), min, max);
                } catch (NumberFormatException notANumber) {
                    return factory.getValue();
                }
            }
        });
        spinner.setValueFactory(factory);
        spinner.setEditable(true); // JavaFX commits typed text on Enter and when the spinner loses focus
    }

    /** Shows a value the program decided (a refused edit put back, settings reset) without a change loop. */
    public static void show(Spinner<Integer> spinner, int value) {
        if (spinner.getValueFactory() != null && !Integer.valueOf(value).equals(spinner.getValue())) {
            spinner.getValueFactory().setValue(value);
        }
        spinner.getEditor().setText(Integer.toString(value));
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
