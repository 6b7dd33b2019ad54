package dev.hourglass.cli;

import static dev.hourglass.cli.CliText.TEXT;

import dev.hourglass.io.csv.ImportReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** An import report's findings in words: how the file was read, what was filled in, and what it cannot tell. */
final class ImportReportText {
    private ImportReportText() {
    }

    static void print(ImportReport report, PrintWriter out) {
        printDetections(report.sourceFile(), report.detectionSentences(), out);
        if (!report.filled().isEmpty()) {
            out.println("Values filled in:");
            for (Map.Entry<String, Long> e : report.filled().entrySet()) {
                out.println("  " + e.getKey() + ": " + TEXT.fixed(e.getValue(), 0) + " row" + (e.getValue() == 1 ? "" : "s"));
            }
        }
        printWarnings(report, out);
    }

    /** The short "How FILE was read" block; nothing when there is nothing to say. */
    static void printDetections(String sourceFile, List<String> detections, PrintWriter out) {
        if (!detections.isEmpty()) {
            out.println("How " + sourceFile + " was read:");
            detections.forEach(d -> out.println("  " + d));
        }
    }

    /** The block after an analysis's tables, a blank line between them. */
    static void printDetectionsAfter(String sourceFile, List<String> detections, PrintWriter out) {
        if (!detections.isEmpty()) {
            out.println();
            printDetections(sourceFile, detections, out);
        }
    }

    static void printWarnings(ImportReport report, PrintWriter out) {
        for (ImportReport.Warning w : report.warnings()) {
            out.println("Warning (" + w.code() + "): " + w.message());
        }
    }
}
