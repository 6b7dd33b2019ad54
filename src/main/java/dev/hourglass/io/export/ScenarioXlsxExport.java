package dev.hourglass.io.export;

import dev.hourglass.io.AtomicFile;
import dev.hourglass.io.export.ReportFigures.Section;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioCalculator;
import dev.hourglass.model.scenario.ScenarioResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One scenario as a live spreadsheet: every input once on <em>Assumptions</em> (named for the workbook: {@code acv},
 * {@code grossMargin} …), every output a formula of them — the headline outputs on <em>Results</em>, the payback
 * curve month by month, the ARR bridge year by year, the budget split, the post-sale funnel and the channels on
 * sheets of their own — so changing any input in Excel or LibreOffice recalculates everything. Values are cached so
 * a reader that does not calculate shows the figures too, and the file asks to be recalculated on open. Text a
 * spreadsheet would run is escaped; the file is written whole or not at all.
 */
public final class ScenarioXlsxExport {
    private ScenarioXlsxExport() {
    }

    /** Writes the scenario in English ({@link #write(Scenario, Path, Locale)}). */
    public static void write(Scenario scenario, Path file) throws IOException {
        write(scenario, file, Locale.ENGLISH);
    }

    /**
     * Writes the scenario, calculated through the model, to {@code file} (replaced whole if it exists), its words in
     * {@code language} when the report has it (en, de), else in English.
     */
    public static void write(Scenario scenario, Path file, Locale language) throws IOException {
        ScenarioResult result = ScenarioCalculator.calculate(scenario);
        ExportLabels labels = ExportLabels.of(language);
        AtomicFile.write(file, out -> write(scenario, result, labels, out));
    }

    private static void write(Scenario scenario, ScenarioResult result, ExportLabels labels, OutputStream out)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            build(book, scenario, result, labels);
            OverrideMarks.markXlsx(book.getSheet(AssumptionsSheet.name(labels)), scenario, labels, 1, 3);
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.setForceFormulaRecalculation(true);
            book.write(out);
        }
    }

    /** Names are declared before the formulas that use them: a formula is parsed when it is set. */
    private static void build(XSSFWorkbook book, Scenario scenario, ScenarioResult result, ExportLabels labels) {
        XlsxStyles styles = new XlsxStyles(book, scenario.currency());
        XlsxInputCells inputs = AssumptionsSheet.write(book, styles, scenario, labels);
        List<Section> results = ExportLabels.results(scenario, result);
        ResultsSheet.declare(book, results, labels);
        scenario.unitEconomics().ifPresent(u -> PaybackCurveSheet.declare(book, labels));
        scenario.retention().ifPresent(r -> ArrBridgeSheet.declare(book, labels));
        scenario.budget().ifPresent(b -> BudgetSplitSheet.declare(book, labels));

        scenario.unitEconomics().ifPresent(u -> PaybackCurveSheet.write(book, styles, labels));
        scenario.retention().ifPresent(r -> ArrBridgeSheet.write(book, styles, r, labels));
        scenario.budget().ifPresent(b -> BudgetSplitSheet.write(book, styles, inputs, labels));
        scenario.postSaleFunnel().ifPresent(f -> PostSaleFunnelSheet.write(book, styles, inputs, labels));
        scenario.channels().filter(list -> !list.isEmpty())
                .ifPresent(channels -> ChannelsSheet.write(book, styles, inputs, channels, labels));
        ResultsSheet.write(book, styles, results, scenario.currency(), labels);
        book.setActiveSheet(0);
    }
}
