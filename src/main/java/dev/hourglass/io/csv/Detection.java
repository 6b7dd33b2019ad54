package dev.hourglass.io.csv;

import java.util.List;

/**
 * One finding of how a file was read, for the import report: a code with its arguments (texts and whole counts),
 * which the desktop writes in its own language, and the English sentence the CLI prints and its JSON keeps. A finding
 * without its own code is {@link Code#TEXT}: its English is all there is.
 */
public record Detection(Code code, List<Object> args, String english) {

    /** What the finding says; the arguments each code takes are listed with it. */
    public enum Code {
        /** Only the English sentence. */
        TEXT,
        /** The tool's export the header names: name. */
        RECOGNISED_EXPORT,
        /** A file not in plain UTF-8: file, the character set's name. */
        ENCODING,
        /** The only sheet of an xlsx file was read: file, sheet. */
        ONLY_SHEET,
        /** One of several sheets was read: file, sheet, how many sheets, their names. */
        SHEET_CHOSEN,
        /** One title line above the header: file, the line, header line. */
        TITLE_LINE,
        /** Several title lines above the header: file, how many, the first, header line. */
        TITLE_LINES,
        /** Lines under the table read as a report's footer: file, how many, examples. */
        FOOTER,
        /** Excel's separator line above the header: file, the line, header line. */
        SEPARATOR_LINE,
        /** A grouped report's blank group cells filled, its subtotal lines not read: file, column, rows, lines. */
        GROUPED_REPORT,
        /** How a column's dates were read: column, the reading. */
        DATES_READ,
        /** How a column's amounts were read: column, example, decimal mark (',' or '.'). */
        DECIMAL_MARK,
        /** Every row found its lookup row: lookup file, key, rows matched. */
        LOOKUP_ALL_MATCHED,
        /** Some rows found no lookup row: lookup file, key, rows matched, rows unmatched, columns left blank. */
        LOOKUP_SOME_UNMATCHED,
        /** Won and lost read from the stage column, for want of an outcome column. */
        OUTCOME_FROM_STAGE,
        /** Stages the setup did not know, added as pipeline stages: the stages. */
        STAGES_ADDED,
        /** Open deals without a close date: how many. */
        OPEN_WITHOUT_CLOSE_DATE,
        /** A column that could feed a field another column feeds: column, the column used, field. */
        COLUMN_NOT_USED,
        /** A second column of a name another column has, not used: its name, its place, the place used, field. */
        COLUMN_REPEATED,
        /** A column the mapping names that the file does not have: column. */
        MAPPING_COLUMN_MISSING,
        /** The funnel of a leads file without later steps. */
        FUNNEL_LEADS_ONLY,
        /** The funnel's steps of a leads file: the steps. */
        FUNNEL_STEPS,
        /** The kept report could not be read: the reason. */
        REPORT_UNREADABLE,
        /**
         * A value of an account left empty: how many, the reason (English), first example (English) or "", then the
         * first place (line, column, value), the number of the value's detail arguments, its code (RowDetail) and those
         * arguments, then the reason's code with its arguments. A report kept before has no codes, or (kept before
         * german18e) the reason's code right after the place: its value is then only English.
         */
        VALUES_LEFT_EMPTY,
        /**
         * Money columns read in cents: who said so ("export", "mapping" or ""), the columns divided by 100, the column
         * naming each row's currency or "", the columns read as units after all or "", how many of those.
         */
        CENTS,
        /** Cents an export's header suggested, but every money column has a decimal fraction: the columns, how many. */
        NOT_CENTS_AFTER_ALL,
        /** Bytes of a Windows-1252 file replaced: file, first line, how many more lines. */
        BYTES_REPLACED,
        /** Formula cells of an xlsx file without a saved value, read as blank: file, how many. */
        FORMULAS_WITHOUT_VALUE,
        /** Deals without an ID column whose names repeat: the name column, how many, the first told apart. */
        DEAL_NAMES_REPEATED,
        /** Deals' amounts in several currencies: amount column, how many, currency column, counts by currency. */
        AMOUNTS_IN_SEVERAL_CURRENCIES,
        /** Amounts of a shorter period counted for a year: the period column, how many. */
        AMOUNTS_ANNUALISED,
        /** Amounts whose period could not be read, counted as written: the period column, how many, an example. */
        AMOUNT_PERIODS_UNKNOWN,
        /** A period column left unused as the amount column holds a year's value: amount column, period column. */
        AMOUNT_PERIOD_NOT_APPLIED,
        /** Subscriptions became a ledger: subscriptions, customer-months, last month, as of. */
        SUBSCRIPTIONS_EXPANDED,
        /** A customer-month the subscriptions' credits took below 0: file, lines, customer, month, MRR. */
        SUBSCRIPTION_MONTH_BELOW_ZERO,
        /** Rows of a lookup file repeating a key with other values: file, how many, examples (English). */
        LOOKUP_KEY_CONFLICTS,
        /**
         * A lookup table beside a file read without a mapping or a lookup: the table's file, the fields it can give,
         * the key, the path to give --lookup.
         */
        LOOKUP_BESIDE,
        /** Rows of a lookup file without a key: file, how many, the key. */
        LOOKUP_ROWS_WITHOUT_KEY,
        /** Leads at a later stage than their step dates say: the stage column, how many, example (English). */
        LEADS_AHEAD_OF_DATES,
        /** A column the mapping renames to no field of the kind: column, the new name, the fields. */
        MAPPING_RENAME_NOT_A_FIELD,
        /**
         * Customers of a ledger with months without MRR inside their life: how many are named when only the first
         * are (else 0), then each customer's name, months missing and first month missing.
         */
        LEDGER_GAPS,
        /** Closed deals dated by the day they closed: that column, the close date column (open deals). */
        CLOSED_DEALS_DATED,
        /** Won and lost deals dated by the day each closed: the won column, the lost one, the close date column. */
        WON_AND_LOST_DEALS_DATED,
        /** Closed deals dated by the day they closed, in a file without an expected close date: that column. */
        CLOSED_DEALS_DATED_ONLY,
        /** Won and lost deals dated by the day each closed, without an expected close date: the won, the lost column. */
        WON_AND_LOST_DEALS_DATED_ONLY,
        /**
         * A ledger read from a sheet with a column per month: file, how many months, the first and last month
         * columns, the customer column, the columns not used ("" for none).
         */
        MONTH_COLUMNS_READ,
        /** A sheet's total rows, not read as customers: file, how many, examples. */
        TOTAL_ROWS_NOT_READ,
        /** A ledger's MRR in several currencies: MRR column, how many, currency column, rows by currency. */
        MRR_IN_SEVERAL_CURRENCIES;

        /** Whether the finding says figures may mislead (shown as a warning), not only how the file was read. */
        public boolean warns() {
            return this == AMOUNTS_IN_SEVERAL_CURRENCIES || this == MRR_IN_SEVERAL_CURRENCIES;
        }
    }

    public Detection {
        args = List.copyOf(args);
    }

    /** A finding kept in English only. */
    public static Detection of(String english) {
        return new Detection(Code.TEXT, List.of(), english);
    }

    /** A coded finding; whole numbers among {@code args} are kept as longs, so a kept report reads back equal. */
    public static Detection of(Code code, String english, Object... args) {
        return new Detection(code, List.of(args).stream()
                .map(a -> a instanceof Integer i ? (Object) i.longValue() : a).toList(), english);
    }

    /** The findings that warn ({@link Code#warns}): shown among the warnings. */
    public static List<Detection> warningsAmong(List<Detection> detections) {
        return detections.stream().filter(d -> d.code().warns()).toList();
    }

    /** The findings that only say how the file was read: shown as the import report's sentences. */
    public static List<Detection> readingsAmong(List<Detection> detections) {
        return detections.stream().filter(d -> !d.code().warns()).toList();
    }

    /** The English sentences of findings, as the CLI prints them. */
    public static List<String> english(List<Detection> detections) {
        return detections.stream().map(Detection::english).toList();
    }
}
