package dev.hourglass.ui.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * Editable spinners of numbers with a few decimals that never hold null, like {@link WholeNumberSpinners}: text that
 * is not a number puts the last good value back, a number outside the range is clamped into it; a decimal comma
 * reads like a point.
 */
public final class DecimalSpinners {
    private DecimalSpinners() {
    }

    public static void configure(Spinner<Double> spinner, double min, double max, double value, double step,
                                 int decimals) {
        SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, clamp(value, min, max), step);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double number) {
                return number == null ? "" : text(number, decimals);
            }

            @Override
            public Double fromString(String text) {
                try {
                    return clamp(Double.parseDouble(text.strip().replace(',', '.')), min, max);
                } catch (NumberFormatException notANumber) {
                    return factory.getValue();
                }
            }
        });
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
    }

    /** Shows a value the program decided (a refused edit put back, settings reset) without a change loop. */
    public static void show(Spinner<Double> spinner, double value, int decimals) {
        if (spinner.getValueFactory() != null && !Double.valueOf(value).equals(spinner.getValue())) {
            spinner.getValueFactory().setValue(value);
        }
        spinner.getEditor().setText(text(value, decimals));
    }

    private static String text(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static double clamp(double value, double min, double max) {
        return Double.isNaN(value) ? min : Math.max(min, Math.min(max, value));
    }
}
