package dev.hourglass.model.pipeline;

import dev.hourglass.model.Require;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One opportunity (metrics.md §4). Text fields are never null ("" when unknown). {@code originalCloseDate},
 * {@code createdDate} and {@code include} may be null: a deal that never moved its close date, an unknown
 * creation date, and no forecast override (its category decides). An open deal may have no {@code closeDate}
 * (CRMs export open deals without one): it then belongs to no period. A closed deal always has one.
 */
public record Deal(String id, double amount, String stage, LocalDate closeDate, Outcome outcome, String segment,
                   String competitor, String owner, String team, String source, LocalDate originalCloseDate,
                   LocalDate createdDate, Boolean include) {
    public Deal {
        // Checked before building any message: a million valid deals must not build four million strings.
        if (id == null || id.isBlank()) {
            Require.notBlank("deal id", id);
        }
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            Require.nonNegative("amount of deal " + id, amount);
        }
        if (stage == null || stage.isBlank()) {
            Require.notBlank("stage of deal " + id, stage);
        }
        if (outcome == null) {
            Require.present("outcome of deal " + id, outcome);
        }
        if (closeDate == null && outcome != Outcome.OPEN) {
            Require.present("close date of closed deal " + id, closeDate);
        }
        segment = orEmpty(segment);
        competitor = orEmpty(competitor);
        owner = orEmpty(owner);
        team = orEmpty(team);
        source = orEmpty(source);
    }

    /** A deal with only the fields every figure needs. */
    public static Deal of(String id, double amount, String stage, LocalDate closeDate, Outcome outcome) {
        return new Deal(id, amount, stage, closeDate, outcome, "", "", "", "", "", null, null, null);
    }

    public Deal withOriginalCloseDate(LocalDate date) {
        return new Deal(id, amount, stage, closeDate, outcome, segment, competitor, owner, team, source, date,
                createdDate, include);
    }

    public Deal withId(String otherId) {
        return new Deal(otherId, amount, stage, closeDate, outcome, segment, competitor, owner, team, source,
                originalCloseDate, createdDate, include);
    }

    public Deal withInclude(Boolean override) {
        return new Deal(id, amount, stage, closeDate, outcome, segment, competitor, owner, team, source,
                originalCloseDate, createdDate, override);
    }

    public Deal withDimensions(String segment, String competitor, String owner, String team) {
        return new Deal(id, amount, stage, closeDate, outcome, segment, competitor, owner, team, source,
                originalCloseDate, createdDate, include);
    }

    public Optional<LocalDate> originalCloseDateIfAny() {
        return Optional.ofNullable(originalCloseDate);
    }

    private static String orEmpty(String s) {
        if (s == null) {
            return "";
        }
        // most texts need no stripping: two characters looked at instead of strip()'s calls, a million deals × 5
        return s.isEmpty() || isPrintableAscii(s.charAt(0)) && isPrintableAscii(s.charAt(s.length() - 1))
                ? s : s.strip();
    }

    /** An ASCII letter, digit or sign: never whitespace; anything else is left to strip(). */
    private static boolean isPrintableAscii(char c) {
        return c > ' ' && c < 0x7F;
    }
}
