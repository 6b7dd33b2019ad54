package dev.hourglass.ui.common;

import dev.hourglass.io.csv.Detection;
import java.util.List;

/**
 * The import report's finding of amounts in cents in the desktop's language: who said the file is in cents, the
 * columns divided by 100, the currency column whose zero-decimal rows stay as they are, and the columns whose decimal
 * fractions show they are in units after all.
 */
final class CentsText {
    private CentsText() {
    }

    static String of(Detection detection) {
        List<Object> args = detection.args();
        String source = String.valueOf(args.get(0));
        String because = source.isEmpty() ? "" : UiText.text("detection.CENTS." + source);
        if (detection.code() == Detection.Code.NOT_CENTS_AFTER_ALL) {
            return UiText.text("detection.NOT_CENTS_AFTER_ALL", because, inUnits(args.get(1), args.get(2)));
        }
        String currency = String.valueOf(args.get(2));
        String units = String.valueOf(args.get(3));
        return UiText.text("detection.CENTS", because, args.get(1),
                currency.isEmpty() ? "" : UiText.text("detection.CENTS.currency", currency),
                units.isEmpty() ? "" : UiText.text("detection.CENTS.andUnits", inUnits(units, args.get(4))));
    }

    private static String inUnits(Object columns, Object count) {
        return UiText.text((Long) count == 1 ? "detection.CENTS.unitsOne" : "detection.CENTS.unitsMany", columns);
    }
}
