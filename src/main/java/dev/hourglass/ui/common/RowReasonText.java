package dev.hourglass.ui.common;

import dev.hourglass.io.csv.RowProblems;
import dev.hourglass.io.csv.RowReason;
import java.util.List;
import java.util.Locale;

/**
 * Why rows were left out of an import, and where the first of them are, in the desktop's language. In English it is
 * the import's own words, as the CLI prints them; a reason without its own code stays English.
 */
public final class RowReasonText {
    private RowReasonText() {
    }

    public static String of(RowReason reason) {
        if (english() || reason.code() == RowReason.Code.TEXT) {
            return reason.english();
        }
        return UiText.text("rowReason." + reason.code().name(), reason.args().toArray());
    }

    /** The first {@code most} rows left out for the reason: "Zeile 12, Spalte 'Betrag' ('12,5O0')". */
    public static List<String> examples(RowProblems.Reason reason, int most) {
        List<String> examples = reason.examples();
        if (english() || reason.places().isEmpty()) { // a kept report has only the English examples
            return examples.subList(0, Math.min(most, examples.size()));
        }
        return reason.places().stream().limit(most).map(RowReasonText::place).toList();
    }

    static String place(RowProblems.Place place) {
        String where = place.column() == null ? UiText.text("rowReason.place", place.line())
                : UiText.text("rowReason.placeInColumn", place.line(), place.column());
        return place.detail().isEmpty() ? where : UiText.text("rowReason.withValue", where, place.detail());
    }

    private static boolean english() {
        return UiText.language().getLanguage().equals(Locale.ENGLISH.getLanguage());
    }
}
