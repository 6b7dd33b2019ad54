package dev.hourglass.ui.common;

import dev.hourglass.model.InvalidInputException;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A value a range check refused, in the desktop's language, named by the label the user sees. In English, and for a
 * refusal without a rule, it is the model's own message.
 */
public final class InvalidInputText {
    private InvalidInputText() {
    }

    public static String of(String label, InvalidInputException refused) {
        if (refused.rule().isEmpty() || UiText.speaksEnglish()) {
            String text = refused.getMessage();
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        NumberFormat number = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT));
        number.setMaximumFractionDigits(6);
        Object[] args = new Object[refused.args().size() + 1];
        args[0] = label;
        for (int i = 0; i < refused.args().size(); i++) {
            Object arg = refused.args().get(i);
            args[i + 1] = arg instanceof Number n ? number.format(n.doubleValue()) : arg;
        }
        return UiText.text("invalidInput." + refused.rule().get().name(), args);
    }
}
