package dev.hourglass.io.export;

import dev.hourglass.io.AtomicFile;
import dev.hourglass.model.plan.PlanGoal;
import dev.hourglass.model.plan.PlanInputs;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The revenue plan (forecast.md §4) as a live spreadsheet: its inputs named on <em>Plan inputs</em>, every month of
 * every line on <em>Plan</em> a formula of them and of the month before, each source's funnel month by month on
 * <em>Plan by source</em>, quarter and year totals as formulas too —
 * so a changed target, rate or source in Excel or LibreOffice re-plans every month. Values are cached for readers
 * that do not calculate; the file is written whole or not at all.
 */
public final class PlanXlsxExport {
    private PlanXlsxExport() {
    }

    /** Writes the plan in English ({@link #write(PlanInputs, PlanGoal, String, Path, Locale)}). */
    public static void write(PlanInputs inputs, PlanGoal goal, String currency, Path file) throws IOException {
        write(inputs, goal, currency, file, Locale.ENGLISH);
    }

    /**
     * Writes the plan of these inputs and goal to {@code file} (replaced whole if it exists), its words in
     * {@code language} when the report has it (en, de), else in English.
     */
    public static void write(PlanInputs inputs, PlanGoal goal, String currency, Path file, Locale language)
            throws IOException {
        ExportLabels labels = ExportLabels.of(language);
        AtomicFile.write(file, out -> write(inputs, goal, currency, labels, out));
    }

    private static void write(PlanInputs inputs, PlanGoal goal, String currency, ExportLabels labels,
                              OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(book, currency);
            int firstSource = PlanInputsSheet.write(book, styles, inputs, goal, labels);
            PlanMonthsSheet.write(book, styles, inputs.start(), inputs.months(), labels);
            PlanSourcesSheet.write(book, styles, inputs.start(), inputs.months(), inputs.sources(), firstSource, labels);
            book.setSheetOrder(PlanMonthsSheet.name(labels), 0);
            book.setSheetOrder(labels.text("xlsx.sheet.planSources"), 1);
            book.setActiveSheet(0);
            book.setSelectedTab(0);
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.setForceFormulaRecalculation(true);
            book.write(out);
        }
    }
}
