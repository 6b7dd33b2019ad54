package dev.hourglass.io.export;

import dev.hourglass.io.AtomicFile;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Any table as a CSV file (UTF-8, with a BOM so Excel reads the accents), text cells that a spreadsheet would run
 * as a formula escaped with a leading apostrophe. Written whole or not at all.
 */
public final class TableCsv {
    private TableCsv() {
    }

    public static void write(List<String> header, List<List<String>> rows, Path file) throws IOException {
        AtomicFile.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (CsvWriter csv = CsvWriter.builder().build(writer)) {
                csv.writeRecord(safe(header));
                for (List<String> row : rows) {
                    csv.writeRecord(safe(row));
                }
            }
        });
    }

    private static List<String> safe(List<String> cells) {
        List<String> escaped = new ArrayList<>(cells.size());
        for (String cell : cells) {
            escaped.add(SpreadsheetText.safe(cell));
        }
        return escaped;
    }
}
