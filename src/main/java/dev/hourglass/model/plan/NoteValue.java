package dev.hourglass.model.plan;

import dev.hourglass.model.Require;

/** A value a plan note names, typed so each front end writes it in its own way and language. */
public sealed interface NoteValue {
    /** A name as it stands: an import's file name, a month (YYYY-MM), sources joined by ", ". */
    record Name(String text) implements NoteValue {
        public Name {
            Require.present("name", text);
        }
    }

    /** A whole number: deals, leads, days, months, sellers. */
    record Count(long count) implements NoteValue {
    }

    /** A rate, written as a percentage. */
    record Share(double share) implements NoteValue {
    }

    /** A multiple, as a coverage of 3.0×. */
    record Multiple(double times) implements NoteValue {
    }

    static NoteValue name(String text) {
        return new Name(text);
    }

    static NoteValue count(long count) {
        return new Count(count);
    }

    static NoteValue share(double share) {
        return new Share(share);
    }

    static NoteValue multiple(double times) {
        return new Multiple(times);
    }
}
