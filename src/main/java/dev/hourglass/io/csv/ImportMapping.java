package dev.hourglass.io.csv;

import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.StageSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How to read an export of any kind (docs/mapping.md): column renames and, for deals, raw outcome and stage values,
 * the stages with their forecast categories, and the SAL stage. Kinds without outcomes or stages use the columns.
 */
public record ImportMapping(Map<String, String> columns, Map<String, Outcome> outcomes, Map<String, String> stageValues,
                          StageSetup stageSetup, String sheet, List<Lookup> lookups, DateFormats dateFormat,
                          AmountUnit amountUnit) {

    /**
     * {@code sheet}: the sheet of an xlsx file, blank for the first; {@code lookups}: files joined by a key;
     * {@code dateFormat}: the reading of dates when a column's values fit two; {@code amountUnit}: whether the amounts
     * are in cents (the currency's smallest unit).
     */
    public ImportMapping {
        columns = Map.copyOf(columns);
        outcomes = Map.copyOf(outcomes);
        stageValues = Map.copyOf(stageValues);
        sheet = sheet == null ? "" : sheet.strip();
        lookups = List.copyOf(lookups);
        dateFormat = dateFormat == null ? DateFormats.none() : dateFormat;
        amountUnit = amountUnit == null ? AmountUnit.UNITS : amountUnit;
    }

    public ImportMapping(Map<String, String> columns, Map<String, Outcome> outcomes, Map<String, String> stageValues,
                         StageSetup stageSetup, String sheet, List<Lookup> lookups, DateFormats dateFormat) {
        this(columns, outcomes, stageValues, stageSetup, sheet, lookups, dateFormat, AmountUnit.UNITS);
    }

    public ImportMapping(Map<String, String> columns, Map<String, Outcome> outcomes, Map<String, String> stageValues,
                         StageSetup stageSetup) {
        this(columns, outcomes, stageValues, stageSetup, "", List.of(), DateFormats.none());
    }

    /** This mapping reading another sheet (a command's {@code --sheet}); itself when {@code sheet} is null. */
    public ImportMapping withSheet(String sheet) {
        return sheet == null ? this : new ImportMapping(columns, outcomes, stageValues, stageSetup, sheet, lookups,
                dateFormat, amountUnit);
    }

    /** This mapping with its amounts in another unit (a recognised export's cents). */
    public ImportMapping withAmountUnit(AmountUnit unit) {
        return new ImportMapping(columns, outcomes, stageValues, stageSetup, sheet, lookups, dateFormat, unit);
    }

    /** This mapping joining {@code more} files too, after its own lookups (a command's {@code --lookup}, the wizard's joins). */
    public ImportMapping withLookups(List<Lookup> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Lookup> all = new ArrayList<>(lookups);
        all.addAll(more);
        return new ImportMapping(columns, outcomes, stageValues, stageSetup, sheet, all, dateFormat, amountUnit);
    }

    public static ImportMapping defaults() {
        return new ImportMapping(Map.of(), Map.of(), Map.of(), StageSetup.defaults());
    }

    /** Only column renames: column name in the file → field name. */
    public static ImportMapping ofColumns(Map<String, String> columns) {
        return new ImportMapping(columns, Map.of(), Map.of(), StageSetup.defaults());
    }

    /**
     * The outcome a raw value stands for, or null when it stands for none. A blank value is an open deal; besides the
     * contract's names, an outcome column may say {@code Open}, {@code Won}, {@code Lost} or any closed stage's word
     * ({@link #outcomeOfStage}), as CRMs' status columns do.
     */
    public Outcome outcome(String raw) {
        Outcome mapped = outcomes.get(raw);
        if (mapped != null) {
            return mapped;
        }
        if (raw.isBlank()) {
            return Outcome.OPEN;
        }
        String name = raw.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
            return Outcome.valueOf(name);
        } catch (IllegalArgumentException e) {
            return crmStatus(looseKey(raw));
        }
    }

    /**
     * Stage values that mean a closed deal, as {@link #looseKey} gives them (imports.md §3), also as a German user's
     * Salesforce exports them ("Geschlossen und gewonnen").
     */
    private static final Map<String, Outcome> CLOSED_STAGES = Map.ofEntries(
            Map.entry("won", Outcome.WON), Map.entry("closedwon", Outcome.WON),
            Map.entry("lost", Outcome.LOST_COMPETITION), Map.entry("closedlost", Outcome.LOST_COMPETITION),
            Map.entry("nodecision", Outcome.LOST_NO_DECISION), Map.entry("closednodecision", Outcome.LOST_NO_DECISION),
            Map.entry("gewonnen", Outcome.WON), Map.entry("geschlossenundgewonnen", Outcome.WON),
            Map.entry("geschlossengewonnen", Outcome.WON), Map.entry("verloren", Outcome.LOST_COMPETITION),
            Map.entry("geschlossenundverloren", Outcome.LOST_COMPETITION),
            Map.entry("geschlossenverloren", Outcome.LOST_COMPETITION),
            Map.entry("keineentscheidung", Outcome.LOST_NO_DECISION));

    /**
     * A lost stage with a reason after it, as CRMs let users add them: Zoho's "Closed-Lost to Competition", "Closed
     * Lost - No Decision". Null for any other value. Won stages must match exactly: "Closed Won Pending" is still open.
     */
    private static Outcome lostWithReason(String key) {
        if (key.startsWith("closedlost") || key.startsWith("closednodecision")) {
            return key.contains("nodecision") ? Outcome.LOST_NO_DECISION : Outcome.LOST_COMPETITION;
        }
        return null;
    }

    /**
     * The outcome a stage value stands for when the file has no outcome column: WON or a lost outcome for a closed
     * deal, OPEN for an open deal's stage. The mapping's {@code outcomes} add or override (matched as written, or
     * ignoring case, spaces and punctuation, e.g. HubSpot's {@code closedwon}), then {@code Won}, {@code Closed Won},
     * {@code Closed/Won}, {@code Lost}, {@code Closed Lost}, {@code No Decision} and {@code Closed - No Decision}, their
     * German labels, and a lost stage with a reason after it ({@code Closed-Lost to Competition}).
     */
    public Outcome outcomeOfStage(String raw) {
        Outcome mapped = outcomes.get(raw);
        if (mapped != null) {
            return mapped;
        }
        String key = looseKey(raw);
        for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
            if (looseKey(e.getKey()).equals(key)) {
                return e.getValue();
            }
        }
        Outcome status = crmStatus(key);
        return status != null ? status : Outcome.OPEN;
    }

    /** A CRM status word: a closed stage's (Won, Lost, Closed Lost …), or Open; null for any other. */
    private static Outcome crmStatus(String key) {
        if (key.equals("open")) {
            return Outcome.OPEN;
        }
        Outcome closed = CLOSED_STAGES.get(key);
        return closed != null ? closed : lostWithReason(key);
    }

    /** Letters and digits only, lower case: "Closed - No Decision" and "closednodecision" are one value. */
    private static String looseKey(String value) {
        StringBuilder key = new StringBuilder(value.length());
        value.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(key::appendCodePoint);
        return key.toString();
    }

    /** The stage name a raw value stands for (itself when not mapped). */
    public String stage(String raw) {
        return stageValues.getOrDefault(raw, raw);
    }
}
