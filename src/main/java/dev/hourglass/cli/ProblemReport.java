package dev.hourglass.cli;

import dev.hourglass.io.csv.RowProblems;
import java.io.PrintWriter;

/** Tells the user on stderr which rows an import left out, so nothing disappears unnoticed. */
final class ProblemReport {
    private static final int SHOWN = 5;

    private ProblemReport() {
    }

    static void print(String command, String fileName, RowProblems problems, PrintWriter err) {
        if (problems.isEmpty()) {
            return;
        }
        err.println("hourglass " + command + ": " + problems.total() + " row" + (problems.total() == 1 ? "" : "s")
                + " of " + fileName + " left out (listed under \"excluded\"):");
        int shown = 0;
        for (RowProblems.Reason reason : problems.reasons()) {
            err.println("  " + reason.count() + " × " + reason.reason());
            for (String example : reason.examples()) {
                if (shown++ < SHOWN) {
                    err.println("    " + example);
                }
            }
        }
        err.flush();
    }
}
