package dev.hourglass.io.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the values of one column say about how it writes dates. The sample counts how many values each reading
 * reads; the readings that read the most stay in the running. A later scan only asks the readings still in the
 * running, and drops one when a value that another reads is not a date for it.
 */
final class DateColumnVotes {
    private final String columnName;
    private final List<DateReading> candidates;
    private final DateReading mappingReading;
    private final String mappingPattern;
    private final int[] reads;
    private final boolean[] readsValue;
    private final boolean[] running;
    private final String[] refutedBy;
    private final long[] refutedOnLine;
    /**
     * ISO's place among the candidates when they are all built in, else -1: a value written YYYY-MM-DD or YYYY-MM
     * is then asked of ISO alone, as no other reads it ({@link FieldParsers#isIsoShaped}). Detection runs before
     * the read can start, mostly in the interpreter, and asked 12 readings a date.
     */
    private final int isoAlone;
    private int values;

    /**
     * @param mappingPattern the mapping's dateFormat for this column, or null; a pattern none of the built-in
     *                       readings stands for becomes a candidate of its own
     */
    DateColumnVotes(String columnName, String mappingPattern) {
        this(columnName, mappingPattern, false);
    }

    /**
     * @param dateField whether the column feeds a date field, so that a column of 9–10 (12–13) digit numbers is Unix
     *                  time in seconds (milliseconds) rather than an amount or an id
     */
    DateColumnVotes(String columnName, String mappingPattern, boolean dateField) {
        this.columnName = columnName;
        this.mappingPattern = mappingPattern;
        this.mappingReading = mappingPattern == null ? null : DateFormats.reading(mappingPattern);
        List<DateReading> all = new ArrayList<>(List.of(BuiltInDateReading.values()));
        if (!dateField) {
            all.removeIf(r -> ((BuiltInDateReading) r).isUnixTime());
        }
        if (mappingReading != null && !all.contains(mappingReading)) {
            all.add(mappingReading);
        }
        candidates = List.copyOf(all);
        int n = candidates.size();
        reads = new int[n];
        readsValue = new boolean[n];
        running = new boolean[n];
        refutedBy = new String[n];
        refutedOnLine = new long[n];
        isoAlone = candidates.stream().allMatch(BuiltInDateReading.class::isInstance)
                ? candidates.indexOf(BuiltInDateReading.ISO) : -1;
    }

    /** Whether the reading {@code k} reads the value. */
    private boolean reads(int k, CharSequence value, boolean isoShaped) {
        return (!isoShaped || k == isoAlone) && candidates.get(k).read(value) != null;
    }

    private boolean isoShaped(CharSequence value) {
        return isoAlone >= 0 && FieldParsers.isIsoShaped(value);
    }

    /** Counts a non-blank value of the sample. */
    void sample(CharSequence value, long line) {
        values++;
        boolean anyReads = false;
        boolean isoShaped = isoShaped(value);
        for (int k = 0; k < readsValue.length; k++) {
            readsValue[k] = reads(k, value, isoShaped);
            if (readsValue[k]) {
                reads[k]++;
                anyReads = true;
            }
        }
        if (anyReads) {
            for (int k = 0; k < readsValue.length; k++) {
                if (!readsValue[k] && refutedBy[k] == null) {
                    refute(k, value, line);
                }
            }
        }
    }

    /** After the sample: whether most of its values are dates, so that the column is a date column. */
    boolean isDateColumn() {
        int best = best();
        return best > 0 && best * 2 >= values;
    }

    /** After the sample: keeps in the running the readings that read the most values; whether more than one is. */
    boolean startScan() {
        int best = best();
        int count = 0;
        for (int k = 0; k < reads.length; k++) {
            running[k] = reads[k] == best;
            count += running[k] ? 1 : 0;
        }
        return count > 1;
    }

    /** Checks a later non-blank value; returns whether the column is now decided (one reading in the running). */
    boolean scan(CharSequence value, long line) {
        boolean anyReads = false;
        boolean anyFails = false;
        boolean isoShaped = isoShaped(value);
        for (int k = 0; k < readsValue.length; k++) {
            if (running[k]) {
                readsValue[k] = reads(k, value, isoShaped);
                anyReads |= readsValue[k];
                anyFails |= !readsValue[k];
            }
        }
        if (anyReads && anyFails) {
            for (int k = 0; k < readsValue.length; k++) {
                if (running[k] && !readsValue[k]) {
                    running[k] = false;
                    refute(k, value, line);
                }
            }
        }
        return runningCount() == 1;
    }

    /** The reading chosen, and the sentence for the import report (null when there is nothing to say). */
    Decision decide(LocaleConventions locale) {
        List<DateReading> stillRunning = new ArrayList<>();
        for (int k = 0; k < running.length; k++) {
            if (running[k]) {
                stillRunning.add(candidates.get(k));
            }
        }
        if (stillRunning.size() > 1) {
            return decideBetween(stillRunning, locale);
        }
        DateReading chosen = stillRunning.get(0);
        int chosenIndex = candidates.indexOf(chosen);
        int rival = rivalOf(chosenIndex);
        StringBuilder sentence = new StringBuilder(columnName).append(": dates read as ").append(chosen.label());
        if (rival >= 0 && refutedBy[rival] != null) {
            sentence.append(" (").append(refutedBy[rival]).append(" on line ").append(refutedOnLine[rival])
                    .append(whyNot(chosen, refutedBy[rival], candidates.get(rival))).append(')');
        } else if (chosen == BuiltInDateReading.ISO && reads[chosenIndex] == values) {
            return new Decision(chosen, null);
        }
        if (reads[chosenIndex] < values) {
            sentence.append("; most values are written this way, the others are reported row by row");
        }
        if (mappingReading != null && mappingReading != chosen && chosen != BuiltInDateReading.ISO) {
            sentence.append("; the mapping's dateFormat ").append(mappingPattern).append(" does not fit its values");
        }
        return found(chosen, sentence.toString());
    }

    /** The reading chosen and what the import report says of it (null: nothing to say). */
    record Decision(DateReading reading, Detection detection) {
    }

    private Decision found(DateReading chosen, String sentence) {
        return new Decision(chosen, Detection.of(Detection.Code.DATES_READ, sentence, columnName, chosen.label()));
    }

    private Decision decideBetween(List<DateReading> fitting, LocaleConventions locale) {
        DateReading chosen;
        String why;
        if (mappingReading != null && fitting.contains(mappingReading)) {
            chosen = mappingReading;
            why = "the mapping's dateFormat";
        } else {
            chosen = fitting.stream().filter(r -> monthFirst(r) == locale.monthFirst()).findFirst()
                    .orElse(fitting.get(0));
            why = locale.because();
        }
        List<String> labels = fitting.stream().map(DateReading::label).toList();
        String all = labels.size() == 2 ? labels.get(0) + " and " + labels.get(1) : String.join(", ", labels);
        String read = "; read as " + chosen.label() + " (" + why + ")";
        if (best() < values) {
            return found(chosen, columnName + ": as many values fit " + all.replace(" and ", " as ") + read
                    + "; the others are reported row by row");
        }
        boolean dayOrMonth = fitting.stream().allMatch(r -> monthFirst(r) || dayFirst(r));
        return found(chosen, columnName + ": " + (dayOrMonth ? "every day is 12 or less, so both " + all
                + " fit" : "both " + all + " fit every value") + read);
    }

    private static boolean monthFirst(DateReading reading) {
        return reading == BuiltInDateReading.MONTH_DAY_YEAR_SLASH || reading == BuiltInDateReading.MONTH_DAY_YEAR_DASH;
    }

    private static boolean dayFirst(DateReading reading) {
        return reading == BuiltInDateReading.DAY_MONTH_YEAR_SLASH || reading == BuiltInDateReading.DAY_MONTH_YEAR_DASH;
    }

    private static String whyNot(DateReading chosen, String value, DateReading rival) {
        LocalDate date = chosen.read(value);
        if (date != null && date.getDayOfMonth() > 12 && (monthFirst(rival) || dayFirst(rival))) {
            return " has a day above 12";
        }
        return " is not a date as " + rival.label();
    }

    /** The other reading that read the most sample values, or -1 when none read any. */
    private int rivalOf(int chosen) {
        int rival = -1;
        for (int k = 0; k < reads.length; k++) {
            if (k != chosen && reads[k] > 0 && (rival < 0 || reads[k] > reads[rival])) {
                rival = k;
            }
        }
        return rival;
    }

    private void refute(int k, CharSequence value, long line) {
        refutedBy[k] = value.toString().strip();
        refutedOnLine[k] = line;
    }

    private int best() {
        int best = 0;
        for (int r : reads) {
            best = Math.max(best, r);
        }
        return best;
    }

    private int runningCount() {
        int count = 0;
        for (boolean r : running) {
            count += r ? 1 : 0;
        }
        return count;
    }
}
