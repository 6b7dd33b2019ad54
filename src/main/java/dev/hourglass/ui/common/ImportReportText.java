package dev.hourglass.ui.common;

import dev.hourglass.app.DataImports;
import dev.hourglass.io.csv.Detection;
import dev.hourglass.io.csv.ImportReport;
import dev.hourglass.io.csv.RowProblems;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.store.Dataset;
import java.util.Locale;
import java.util.Map;

/**
 * An import's report in a few lines, for a dataset's tooltip: what was read, left out, found and warned, in the
 * desktop's language. The reasons, findings and warnings a workbook keeps are the import's English words.
 */
public final class ImportReportText {
    private ImportReportText() {
    }

    /** The kept report of a dataset; a damaged report says so instead of hiding the data. */
    public static String of(Dataset dataset) {
        return of(DataImports.shownReportOf(dataset));
    }

    public static String of(ImportReport report) {
        FigureFormatter f = new FigureFormatter(Locale.getDefault(Locale.Category.FORMAT), "", UiText.language());
        StringBuilder text = new StringBuilder(UiText.text("importReport.summary", report.sourceFile(),
                f.number(report.rowsRead(), 0), f.number(report.imported(), 0), f.number(report.excluded().total(), 0)));
        for (RowProblems.Reason reason : report.excluded().reasons()) {
            text.append('\n').append(UiText.text("importReport.leftOut", f.number(reason.count(), 0),
                    RowReasonText.of(reason.coded())));
        }
        for (Map.Entry<String, Long> filled : report.filled().entrySet()) {
            text.append('\n').append(UiText.text("importReport.filled", filled.getKey(), f.number(filled.getValue(), 0)));
        }
        for (Detection detection : report.detections()) {
            text.append("\n  ").append(DetectionText.of(detection));
        }
        for (ImportReport.Warning warning : report.warnings()) {
            text.append('\n').append(UiText.text("importReport.warning", warning.counted()
                    .map(counted -> PipelineWarningText.of(counted, f)).orElse(warning.message())));
        }
        return text.toString();
    }
}
