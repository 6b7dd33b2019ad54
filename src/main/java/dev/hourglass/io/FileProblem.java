package dev.hourglass.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Why a file cannot be used at all, as a code with its arguments, for the desktop to say in its language; the
 * {@link BadInputException}'s message is the English the CLI prints.
 */
public record FileProblem(Code code, List<Object> args) {

    /** What the problem is; the arguments each code takes are listed with it. */
    public enum Code {
        /** file. */
        NO_SUCH_FILE,
        /** file, the system's reason (English, as the system gives it). */
        CANNOT_BE_READ,
        /** file: no header row. */
        EMPTY_FILE,
        /** file, the missing columns ('a', 'b'), the header's columns, the sheet read ("" when it is the only one). */
        MISSING_COLUMNS,
        /** file, the first two month columns ('a', 'b'), how many more there are (a long). */
        MONTHS_AS_COLUMNS,
        /** file, which export it is instead of the data (io.csv.UnreadableExports, e.g. STRIPE_CUSTOMERS). */
        NOT_THE_DATA,
        /** file, the sheet asked for, the workbook's sheets ('a', 'b'). */
        NO_SUCH_SHEET,
        /** file. */
        NO_SHEET,
        /** file: an Excel 5.0/95 workbook, older than the .xls POI reads. */
        OLD_EXCEL,
        /** file: a web page (HTML) saved under a table file's name, as some tools write their "Excel" export. */
        WEB_PAGE,
        /** file: an Excel 2003 XML spreadsheet (SpreadsheetML). */
        XML_SPREADSHEET,
        /** file. */
        PASSWORD_PROTECTED,
        /** file. */
        NOT_XLSX,
        /**
         * file, what a usable row gives (DEAL, LEAD, ACCOUNT, SUBSCRIPTION, LEDGER_ROW), rows read, then the first
         * problem's reason and place (io.csv.RowReason, RowProblems.Place) or nothing when no row was left out.
         */
        NO_USABLE_ROWS,
        /** file, rows read. */
        NO_MRR_ABOVE_ZERO,
        /** file, subscriptions, the last month, the day it is as of. */
        NO_SUBSCRIPTION_WITH_MRR,
        /** file (a scenario, mapping or settings JSON file), the most bytes it may have. */
        JSON_TOO_LARGE,
        /** file, the parser's reason (English, as the parser gives it). */
        NOT_JSON,
        /** file, line, column, the parser's reason (English). */
        NOT_JSON_AT,
        /** file. */
        EMPTY_JSON,
        /**
         * file, the field's path ("unitEconomics.acv"), what is wrong with it (English), then its code and arguments
         * (io.json.JsonFieldException.Why, a list) or nothing when only the English says it.
         */
        BAD_JSON_FIELD,
        /** file, the last line read, the CSV reader's reason (English). */
        NOT_CSV_AFTER,
        /** file, the line that does not decode, the encoding the start of the file has. */
        UNDECODABLE_AT,
        /** file, the last line read, the encoding the start of the file has. */
        UNDECODABLE_AFTER,
        /** the problem (a FileProblem) of a mapping's lookup table, the second file. */
        IN_LOOKUP,
        /** lookup file, the key column asked for, the header's columns. */
        NO_LOOKUP_KEY_COLUMN,
        /** lookup file, the column asked for, the header's columns. */
        NO_LOOKUP_COLUMN,
        /** file, the column to look up by, the lookup file, the header's columns. */
        NO_COLUMN_TO_LOOK_UP_BY,
        /** a file to join, its columns, the main file, the main file's columns: no column of one name in both. */
        LOOKUP_SHARES_NO_KEY,
        /**
         * a file to join, its columns, the main file, the key column, the kind (ImportKind's key), the fields the main
         * file has no column for: no other column of it names such a field.
         */
        LOOKUP_GIVES_NO_FIELD
    }

    public FileProblem {
        args = Collections.unmodifiableList(new ArrayList<>(args)); // an argument may be null: no first problem
    }

    public static FileProblem of(Code code, Object... args) {
        return new FileProblem(code, Arrays.asList(args));
    }
}
