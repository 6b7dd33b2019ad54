package dev.hourglass.app;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.csv.DealMapping;
import dev.hourglass.io.csv.DealsCsvReader;
import dev.hourglass.io.csv.LedgerCsvReader;
import dev.hourglass.io.csv.RowProblems;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * CSV files into a workbook: read by the same readers as the command line, written in one transaction, so a file
 * with no usable row imports nothing and rows left out are reported, never silently dropped.
 */
public final class DataImports {
    /** The dataset written and the rows of the file that were left out. */
    public record Imported(Dataset dataset, RowProblems problems, long rowsRead) {
    }

    private DataImports() {
    }

    public static Imported deals(Workbook workbook, Path csv, Path mappingFile)
            throws BadInputException, WorkbookException {
        DealMapping mapping = mappingFile == null ? DealMapping.defaults() : DealMapping.read(mappingFile);
        String mappingText = mappingFile == null ? null : readText(mappingFile);
        DealsCsvReader.Summary[] summary = new DealsCsvReader.Summary[1];
        Dataset dataset = workbook.importDeals(nameOf(csv), nameOf(csv), mapping.stageSetup(), mappingText,
                sink -> summary[0] = DealsCsvReader.read(csv, mapping, sink));
        return new Imported(dataset, summary[0].problems(), summary[0].rowsRead());
    }

    public static Imported ledger(Workbook workbook, Path csv, Path mappingFile)
            throws BadInputException, WorkbookException {
        Map<String, String> columns = mappingFile == null ? Map.of() : DealMapping.read(mappingFile).columns();
        LedgerCsvReader.Result read = LedgerCsvReader.read(csv, columns);
        Dataset dataset = workbook.importLedger(nameOf(csv), nameOf(csv), read.ledger());
        return new Imported(dataset, read.problems(), read.rowsRead());
    }

    private static String readText(Path file) throws BadInputException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(nameOf(file) + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static String nameOf(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
