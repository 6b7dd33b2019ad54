package dev.hourglass.io.csv;

import dev.hourglass.io.BadInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/** Workbooks (xlsx or .xls) written for the readers' tests, and the rows a reader hands out, as text. */
final class WorkbookTestFiles {
    private WorkbookTestFiles() {
    }

    /** Saves the workbook with its formulas' values, as Excel would, and closes it. */
    static Path save(Path dir, String name, Workbook workbook) throws IOException {
        Path file = dir.resolve(name);
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        try (OutputStream out = Files.newOutputStream(file); workbook) {
            workbook.write(out);
        }
        return file;
    }

    static CellStyle format(Workbook workbook, String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }

    /** Each row as "line:field|field|…". */
    static List<String> rows(CsvFile csv) throws BadInputException {
        List<String> rows = new ArrayList<>();
        csv.forEachRow(r -> rows.add(r.line() + ":" + String.join("|", r.fields())));
        return rows;
    }
}
