package dev.hourglass.app;

import dev.hourglass.io.csv.ImportReport;
import dev.hourglass.io.csv.RowProblems;
import dev.hourglass.store.Dataset;
import java.util.Locale;
import java.util.Map;

/** An import's report in a few lines of words, for a tooltip or a dialog: what was read, left out, found and warned. */
public final class ImportReportWords {
    private ImportReportWords() {
    }

    /** The kept report of a dataset in words; a damaged report says so instead of hiding the data. */
    public static String of(Dataset dataset) {
        return of(DataImports.shownReportOf(dataset));
    }

    public static String of(ImportReport report) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s: %,d rows read, %,d imported, %,d left out",
                report.sourceFile(), report.rowsRead(), report.imported(), report.excluded().total()));
        for (RowProblems.Reason reason : report.excluded().reasons()) {
            text.append(String.format(Locale.ROOT, "%n  %,d × %s", reason.count(), reason.reason()));
        }
        for (Map.Entry<String, Long> filled : report.filled().entrySet()) {
            text.append(String.format(Locale.ROOT, "%n  filled in: %s on %,d rows", filled.getKey(), filled.getValue()));
        }
        for (String detection : report.detections()) {
            text.append(System.lineSeparator()).append("  ").append(detection);
        }
        for (ImportReport.Warning warning : report.warnings()) {
            text.append(System.lineSeparator()).append("  Warning: ").append(warning.message());
        }
        return text.toString();
    }
}
