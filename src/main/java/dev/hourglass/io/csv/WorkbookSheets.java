package dev.hourglass.io.csv;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.FileProblem;
import java.util.List;
import java.util.Locale;

/**
 * The sheet of a workbook (xlsx or .xls) a read takes: the one named, or the first; and the sentences that say which
 * was read among the others.
 */
final class WorkbookSheets {
    private WorkbookSheets() {
    }

    /** The index of the sheet to read among {@code names}: the first when {@code wanted} is blank. */
    static int chosen(String fileName, List<String> names, String wanted) throws BadInputException {
        for (int i = 0; i < names.size(); i++) {
            if (wanted == null || wanted.isBlank() || matches(names.get(i), wanted)) {
                return i;
            }
        }
        throw new BadInputException(fileName + ": " + (names.isEmpty() ? "the workbook has no sheet"
                : "no sheet named '" + wanted.strip() + "' (the sheets are: " + quoted(names) + ")"),
                names.isEmpty() ? FileProblem.of(FileProblem.Code.NO_SHEET, fileName)
                        : FileProblem.of(FileProblem.Code.NO_SUCH_SHEET, fileName, wanted.strip(), quoted(names)));
    }

    /** Where else to look when the columns are not on the sheet read: its sister sheets, when none was named. */
    static String otherSheetsHint(List<String> names, String wanted, String chosenName) {
        return names.size() > 1 && (wanted == null || wanted.isBlank())
                ? "; this is the first sheet, '" + chosenName + "', of " + names.size() + " (" + quoted(names)
                  + "): to read another, name it with --sheet or the mapping's \"sheet\"" : "";
    }

    static Detection sheetSentence(String fileName, String chosen, List<String> names) {
        if (names.size() == 1) {
            return Detection.of(Detection.Code.ONLY_SHEET, fileName + ": read its only sheet, '" + chosen + "'.",
                    fileName, chosen);
        }
        return Detection.of(Detection.Code.SHEET_CHOSEN, fileName + ": read sheet '" + chosen + "' (the workbook has "
                + names.size() + ": " + quoted(names) + ").", fileName, chosen, names.size(), quoted(names));
    }

    static boolean matches(String sheetName, String wanted) {
        return sheetName.strip().toLowerCase(Locale.ROOT).equals(wanted.strip().toLowerCase(Locale.ROOT));
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
    }
}
