package dev.hourglass.ui.common;

import dev.hourglass.io.csv.RowDetail;
import dev.hourglass.io.csv.RowProblems;
import dev.hourglass.io.csv.RowReason;
import dev.hourglass.model.EchoedText;
import java.util.List;

/**
 * Why rows were left out of an import, and where the first of them are, in the desktop's language. In English it is
 * the import's own words, as the CLI prints them; a reason without its own code stays English.
 */
public final class RowReasonText {
    private RowReasonText() {
    }

    public static String of(RowReason reason) {
        if (UiText.speaksEnglish() || reason.code() == RowReason.Code.TEXT) {
            return reason.english();
        }
        return UiText.text("rowReason." + reason.code().name(), reason.args().toArray());
    }

    /** The first {@code most} rows left out for the reason: "Zeile 12, Spalte 'Betrag' ('12,5O0')". */
    public static List<String> examples(RowProblems.Reason reason, int most) {
        List<String> examples = reason.examples();
        if (UiText.speaksEnglish() || reason.places().isEmpty()) { // a kept report has only the English examples
            return examples.subList(0, Math.min(most, examples.size()));
        }
        return reason.places().stream().limit(most).map(RowReasonText::place).toList();
    }

    static String place(RowProblems.Place place) {
        String where = place.column() == null ? UiText.text("rowReason.place", place.line())
                : UiText.text("rowReason.placeInColumn", place.line(), place.column());
        return place.detail().isEmpty() ? where : UiText.text("rowReason.withValue", where, detail(place));
    }

    /** The detail in the desktop's words: a value as it is, "'A-17', zuerst in Zeile 4", "3 von 5". */
    static String detail(RowProblems.Place place) {
        RowDetail detail = place.coded();
        if (detail.code() == RowDetail.Code.VALUE) {
            return place.detail(); // shortened already
        }
        return UiText.text("rowDetail." + detail.code().name(), detail.args().stream().map(EchoedText::of).toArray());
    }
}
