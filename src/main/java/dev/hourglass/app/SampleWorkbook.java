package dev.hourglass.app;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.sample.DealsGenerator;
import dev.hourglass.io.sample.AccountsGenerator;
import dev.hourglass.io.sample.LedgerGenerator;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The workbook a new user starts from: the seeds' scenarios (base case, NRR 110 %, retention programme) and a
 * generated CRM export, subscription ledger and customer accounts, so every view has numbers to show. Deterministic.
 */
public final class SampleWorkbook {
    public static final String FILE_NAME = "Sample" + Workbook.EXTENSION;
    public static final int DEALS = 20_000;
    public static final int LEDGER_ROWS = 30_000;
    public static final int ACCOUNTS = 5_000;
    private static final long SEED = 42;

    private SampleWorkbook() {
    }

    /** Where the app keeps the sample when no file is given: {@code ~/Hourglass/Sample.hourglass}. */
    public static Path defaultLocation() {
        return Path.of(System.getProperty("user.home"), "Hourglass", FILE_NAME);
    }

    /** Opens the sample at its location, building it first when it is not there yet. */
    public static Workbook openOrCreate(Path file) throws WorkbookException {
        if (!Files.exists(file)) {
            create(file);
        }
        return Workbook.open(file, JsonScenarioCodec.INSTANCE);
    }

    /** Builds the sample workbook; the file must not exist. */
    public static void create(Path file) throws WorkbookException {
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new WorkbookException(WorkbookException.Reason.WRITE_FAILED, "Could not create the folder " + folder
                    + " for the sample workbook (" + e.getMessage() + ")", e);
        }
        Path scratch;
        try {
            scratch = Files.createTempDirectory("hourglass-sample");
        } catch (IOException e) {
            throw new WorkbookException(WorkbookException.Reason.WRITE_FAILED, "Could not make a temporary folder for "
                    + "the sample data (" + e.getMessage() + ")", e);
        }
        Path deals = scratch.resolve("crm-export.csv");
        Path ledger = scratch.resolve("billing-ledger.csv");
        Path accounts = scratch.resolve("customer-accounts.csv");
        try (Workbook workbook = Workbook.create(file, Scenario.DEFAULT_CURRENCY, Locale.getDefault().toLanguageTag(),
                JsonScenarioCodec.INSTANCE)) {
            for (Scenario scenario : SeedScenarios.all()) {
                workbook.addScenario(scenario);
            }
            write(deals, out -> new DealsGenerator(SEED).write(out, DEALS));
            DataImports.deals(workbook, deals, null);
            write(ledger, out -> new LedgerGenerator(SEED).write(out, LEDGER_ROWS));
            DataImports.ledger(workbook, ledger, (Path) null);
            write(accounts, out -> new AccountsGenerator(SEED).write(out, ACCOUNTS));
            DataImports.accounts(workbook, accounts, (Path) null);
        } catch (BadInputException e) {
            throw new IllegalStateException("the generated sample data could not be read: " + e.getMessage(), e);
        } finally {
            deleteQuietly(deals);
            deleteQuietly(ledger);
            deleteQuietly(accounts);
            deleteQuietly(scratch);
        }
    }

    private interface Generator {
        void write(Writer out) throws IOException;
    }

    private static void write(Path file, Generator generator) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            generator.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover in the temporary folder is harmless
        }
    }
}
