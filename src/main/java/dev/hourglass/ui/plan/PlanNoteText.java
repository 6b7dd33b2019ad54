package dev.hourglass.ui.plan;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.plan.NoteValue;
import dev.hourglass.model.plan.PlanNote;
import dev.hourglass.ui.common.DateText;
import dev.hourglass.ui.common.UiText;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * A plan note in the desktop's language: the rate's name as the grid calls it (the key where the plan adds one not
 * known here), then what the note's code says ({@code plan.note.CODE}) with its values formatted for the locale.
 */
final class PlanNoteText {
    private static final Pattern ISO_MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private PlanNoteText() {
    }

    static String of(PlanNote note, FigureFormatter formats) {
        String key = "plan.rate." + note.rate();
        String rate = UiText.bundle().containsKey(key) ? UiText.text(key) : note.rate();
        Object[] values = note.values().stream().map(v -> value(v, formats)).toArray();
        return rate + ": " + UiText.text("plan.note." + note.code().name(), values);
    }

    private static String value(NoteValue value, FigureFormatter formats) {
        if (value instanceof NoteValue.Name n) {
            // a note names a month as YYYY-MM (NoteValue.Name): the desktop writes it in its language
            return ISO_MONTH.matcher(n.text()).matches() ? DateText.of(YearMonth.parse(n.text())) : n.text();
        }
        if (value instanceof NoteValue.Count c) {
            return formats.number(c.count(), 0);
        }
        if (value instanceof NoteValue.Share s) {
            return formats.percent(s.share());
        }
        return formats.multiple(((NoteValue.Multiple) value).times());
    }
}
