package dev.hourglass.cli;

import dev.hourglass.io.csv.ImportReport;
import java.io.PrintWriter;
import java.util.Map;

/** An import report's findings in words: how the file was read, what was filled in, and what it cannot tell. */
final class ImportReportText {
    private ImportReportText() {
    }

    static void print(ImportReport report, PrintWriter out) {
        if (!report.detections().isEmpty()) {
            out.println("How " + report.sourceFile() + " was read:");
            report.detections().forEach(d -> out.println("  " + d));
        }
        if (!report.filled().isEmpty()) {
            out.println("Values filled in:");
            for (Map.Entry<String, Long> e : report.filled().entrySet()) {
                out.println("  " + e.getKey() + ": " + Format.number(e.getValue(), 0) + " row" + (e.getValue() == 1 ? "" : "s"));
            }
        }
        printWarnings(report, out);
    }

    static void printWarnings(ImportReport report, PrintWriter out) {
        for (ImportReport.Warning w : report.warnings()) {
            out.println("Warning (" + w.code() + "): " + w.message());
        }
    }
}
