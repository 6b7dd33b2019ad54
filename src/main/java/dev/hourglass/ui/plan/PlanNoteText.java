package dev.hourglass.ui.plan;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.plan.NoteValue;
import dev.hourglass.model.plan.PlanNote;
import dev.hourglass.ui.common.UiText;

/**
 * A plan note in the desktop's language: the rate's name as the grid calls it (the key where the plan adds one not
 * known here), then what the note's code says ({@code plan.note.CODE}) with its values formatted for the locale.
 */
final class PlanNoteText {
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
            return n.text();
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
