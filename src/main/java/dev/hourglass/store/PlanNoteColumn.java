package dev.hourglass.store;

import dev.hourglass.model.plan.NoteValue;
import dev.hourglass.model.plan.PlanNote;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan note in the {@code origin} column of {@code plan_version_note}: its code, then each value typed by a prefix
 * (n: name, c: count, s: share, m: multiple), separated by U+001F. A note saved in words by an earlier Hourglass
 * (format 8 before notes had codes) reads back as {@link PlanNote.Code#SAVED_WORDS}, and is written back as those words.
 */
final class PlanNoteColumn {
    private static final String SEPARATOR = "\u001F";

    private PlanNoteColumn() {
    }

    static String write(PlanNote note) {
        if (note.code() == PlanNote.Code.SAVED_WORDS) {
            return ((NoteValue.Name) note.values().get(0)).text();
        }
        StringBuilder text = new StringBuilder(note.code().name());
        for (NoteValue value : note.values()) {
            text.append(SEPARATOR).append(value(value));
        }
        return text.toString();
    }

    static PlanNote read(String rate, String origin) {
        String[] parts = origin.split(SEPARATOR, -1);
        try {
            PlanNote.Code code = PlanNote.Code.valueOf(parts[0]);
            if (code != PlanNote.Code.SAVED_WORDS && parts.length == code.arity() + 1) {
                List<NoteValue> values = new ArrayList<>();
                for (int i = 1; i < parts.length; i++) {
                    values.add(value(parts[i]));
                }
                return new PlanNote(rate, code, values);
            }
        } catch (IllegalArgumentException notACode) {
            // words saved before notes had codes
        }
        return new PlanNote(rate, PlanNote.Code.SAVED_WORDS, List.of(NoteValue.name(origin)));
    }

    private static String value(NoteValue value) {
        if (value instanceof NoteValue.Name n) {
            return "n:" + n.text().replace(SEPARATOR, " ");
        }
        if (value instanceof NoteValue.Count c) {
            return "c:" + c.count();
        }
        if (value instanceof NoteValue.Share s) {
            return "s:" + s.share();
        }
        return "m:" + ((NoteValue.Multiple) value).times();
    }

    /** @throws IllegalArgumentException for a value of no known type */
    private static NoteValue value(String text) {
        String body = text.length() < 2 ? "" : text.substring(2);
        return switch (text.length() < 2 ? "" : text.substring(0, 2)) {
            case "n:" -> NoteValue.name(body);
            case "c:" -> NoteValue.count(Long.parseLong(body));
            case "s:" -> NoteValue.share(Double.parseDouble(body));
            case "m:" -> NoteValue.multiple(Double.parseDouble(body));
            default -> throw new IllegalArgumentException("no note value: " + text);
        };
    }
}
