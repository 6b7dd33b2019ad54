package dev.hourglass.app;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.io.csv.DealsCsvReader;
import dev.hourglass.io.csv.AccountsCsvReader;
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
        ImportMapping mapping = mappingFile == null ? ImportMapping.defaults() : ImportMapping.read(mappingFile);
        String mappingText = mappingFile == null ? null : readText(mappingFile);
        DealsCsvReader.Summary[] summary = new DealsCsvReader.Summary[1];
        Dataset dataset = workbook.importDeals(nameOf(csv), nameOf(csv), mappingText,
                sink -> summary[0] = DealsCsvReader.read(csv, mapping, sink), () -> summary[0].stageSetup());
        return new Imported(dataset, summary[0].problems(), summary[0].rowsRead());
    }

    /**
     * Imports deals with a mapping built in the import wizard (kept in the workbook for the next file from the same
     * source). {@code progress} hears the rows read so far; when {@code cancelled} turns true the import stops and
     * nothing is written.
     */
    public static Imported deals(Workbook workbook, Path csv, ImportMapping mapping, java.util.function.LongConsumer progress,
                                 java.util.function.BooleanSupplier cancelled) throws BadInputException, WorkbookException {
        DealsCsvReader.Summary[] summary = new DealsCsvReader.Summary[1];
        long[] rows = {0};
        Dataset dataset = workbook.importDeals(nameOf(csv), nameOf(csv),
                dev.hourglass.io.json.ImportMappingJson.toJson(mapping),
                sink -> summary[0] = DealsCsvReader.read(csv, mapping, deal -> {
                    if (++rows[0] % 10_000 == 0) {
                        if (cancelled.getAsBoolean()) {
                            throw new java.util.concurrent.CancellationException("the import was cancelled");
                        }
                        progress.accept(rows[0]);
                    }
                    sink.accept(deal);
                }), () -> summary[0].stageSetup());
        return new Imported(dataset, summary[0].problems(), summary[0].rowsRead());
    }

    /**
     * A newer export of the same CRM keeps the forecast switches the user set on the earlier one, deal by deal (by
     * id); the earlier import stays in the workbook as a snapshot to compare with. Returns how many were carried.
     */
    public static int carryOverSwitches(Workbook workbook, Dataset earlier, Dataset later) throws WorkbookException {
        java.util.Map<String, Boolean> switches = new java.util.HashMap<>();
        workbook.readDeals(earlier.id(), deal -> {
            if (deal.include() != null) {
                switches.put(deal.id(), deal.include());
            }
        });
        if (switches.isEmpty()) {
            return 0;
        }
        java.util.List<long[]> rows = new java.util.ArrayList<>();
        java.util.List<Boolean> values = new java.util.ArrayList<>();
        long[] index = {0};
        workbook.readDeals(later.id(), deal -> {
            Boolean include = switches.get(deal.id());
            if (include != null) {
                rows.add(new long[] {index[0]});
                values.add(include);
            }
            index[0]++;
        });
        for (int i = 0; i < rows.size(); i++) {
            workbook.setDealInclude(later.id(), rows.get(i)[0], values.get(i));
        }
        return rows.size();
    }

    public static Imported ledger(Workbook workbook, Path csv, Path mappingFile)
            throws BadInputException, WorkbookException {
        return ledger(workbook, csv, mappingOf(mappingFile));
    }

    public static Imported ledger(Workbook workbook, Path csv, ImportMapping mapping)
            throws BadInputException, WorkbookException {
        LedgerCsvReader.Result read = LedgerCsvReader.read(csv, mapping);
        Dataset dataset = workbook.importLedger(nameOf(csv), nameOf(csv), read.ledger());
        return new Imported(dataset, read.problems(), read.rowsRead());
    }

    public static Imported accounts(Workbook workbook, Path csv, Path mappingFile)
            throws BadInputException, WorkbookException {
        return accounts(workbook, csv, mappingOf(mappingFile));
    }

    /** Imports customer accounts (metrics.md §7); the mapping renames the file's columns to the field names. */
    public static Imported accounts(Workbook workbook, Path csv, ImportMapping mapping)
            throws BadInputException, WorkbookException {
        AccountsCsvReader.Result read = AccountsCsvReader.read(csv, mapping);
        Dataset dataset = workbook.importAccounts(nameOf(csv), nameOf(csv), read.accounts());
        return new Imported(dataset, read.problems(), read.rowsRead());
    }

    /** A mapping file's mapping; the defaults without a file. */
    private static ImportMapping mappingOf(Path mappingFile) throws BadInputException {
        return mappingFile == null ? ImportMapping.defaults() : ImportMapping.read(mappingFile);
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
