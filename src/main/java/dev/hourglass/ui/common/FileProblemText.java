package dev.hourglass.ui.common;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.FileProblem;
import dev.hourglass.io.csv.Detection;
import dev.hourglass.io.csv.RowProblems;
import dev.hourglass.io.csv.RowReason;
import dev.hourglass.io.json.JsonFieldException.Why;
import dev.hourglass.store.ImportInterruptedException;
import dev.hourglass.store.WorkbookException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Why a file cannot be imported at all, in the desktop's language. In English, and for a failure without a coded
 * problem, it is the failure's own message, as the CLI prints it.
 */
public final class FileProblemText {
    private FileProblemText() {
    }

    /** Also a workbook's failure ({@link WorkbookProblemText}), for a step that reads files and workbooks. */
    public static String of(Throwable failure) {
        if (failure instanceof WorkbookException workbook) {
            return WorkbookProblemText.of(workbook);
        }
        if (failure instanceof ImportInterruptedException && !UiText.speaksEnglish()) {
            return UiText.text("import.interrupted");
        }
        if (!(failure instanceof BadInputException bad) || bad.problem().isEmpty()
                || UiText.speaksEnglish()) {
            return failure.getMessage();
        }
        return of(bad.problem().get());
    }

    static String of(FileProblem problem) {
        List<Object> args = problem.args();
        return switch (problem.code()) {
            case NO_USABLE_ROWS -> noUsableRows(args);
            case MISSING_COLUMNS -> missingColumns(args);
            case MONTHS_AS_COLUMNS -> UiText.text("fileProblem.MONTHS_AS_COLUMNS", args.get(0), (long) args.get(2) > 0
                    ? UiText.text("fileProblem.andMore", args.get(1), grouped((long) args.get(2))) : args.get(1));
            case IN_LOOKUP -> UiText.text("fileProblem.IN_LOOKUP", of((FileProblem) args.get(0)));
            case NOT_THE_DATA -> UiText.text("fileProblem.NOT_THE_DATA." + args.get(1), args.get(0));
            case BAD_JSON_FIELD -> JsonFieldText.of((String) args.get(0), (String) args.get(1), (String) args.get(2),
                    (Why) args.get(3), (List<?>) args.get(4));
            default -> UiText.text(key(problem), args.stream()
                    .map(arg -> arg instanceof Number number ? grouped(number.longValue()) : arg).toArray());
        };
    }

    private static String noUsableRows(List<Object> args) {
        long rows = (Long) args.get(2);
        String none = UiText.text("fileProblem.NO_USABLE_ROWS." + args.get(1), args.get(0),
                rows == 1 ? UiText.text("fileProblem.oneRow") : UiText.text("fileProblem.rows", grouped(rows)));
        if (args.get(3) == null) {
            return none;
        }
        return UiText.text("fileProblem.firstProblem", none, RowReasonText.place((RowProblems.Place) args.get(4)),
                RowReasonText.of((RowReason) args.get(3)));
    }

    private static String missingColumns(List<Object> args) {
        String missing = UiText.text("fileProblem.MISSING_COLUMNS", args.get(0), args.get(1), args.get(2));
        return args.get(3) == null ? missing : missing + ". " + DetectionText.of((Detection) args.get(3));
    }

    private static String grouped(long count) {
        return NumberFormat.getIntegerInstance(Locale.getDefault(Locale.Category.FORMAT)).format(count);
    }

    private static String key(FileProblem problem) {
        return "fileProblem." + problem.code().name();
    }
}
