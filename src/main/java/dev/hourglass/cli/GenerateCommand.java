package dev.hourglass.cli;

import dev.hourglass.app.SampleWorkbook;
import dev.hourglass.io.AtomicFile;
import dev.hourglass.io.InputFiles;
import dev.hourglass.io.sample.AccountsGenerator;
import dev.hourglass.io.sample.DealsGenerator;
import dev.hourglass.store.WorkbookException;
import dev.hourglass.io.sample.LedgerGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a realistic, deterministic test file: a CRM deal export, a subscription ledger or a customer "
                + "accounts export (metrics.md §7), or the sample workbook (the seeds' scenarios with generated deals "
                + "and their exports of the eight quarters before, for the backtest, a ledger and accounts; needs --out).",
            "The same --seed always gives the same file."})
final class GenerateCommand implements Callable<Integer> {

    enum Kind { deals, ledger, accounts, workbook }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "${COMPLETION-CANDIDATES}")
    private Kind kind;

    @Option(names = "--rows", paramLabel = "N", description = "Number of data rows: needed for deals and ledger; "
            + "accounts default to the sample workbook's " + SampleWorkbook.ACCOUNTS + ".")
    private Long rows;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path out;

    @Override
    public Integer call() throws IOException, WorkbookException, CannotWriteException {
        if (kind == Kind.workbook) {
            return sampleWorkbook();
        }
        if (rows == null && kind == Kind.accounts) {
            rows = (long) SampleWorkbook.ACCOUNTS;
        }
        if (rows == null) {
            spec.commandLine().getErr().println("hourglass generate: --rows is needed for " + kind);
            return HourglassCli.BAD_USAGE;
        }
        if (rows < 0) {
            spec.commandLine().getErr().println("hourglass generate: --rows must not be negative, got " + rows);
            return HourglassCli.BAD_USAGE;
        }
        if (out == null) {
            Writer writer = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
            write(writer);
            writer.flush();
            return HourglassCli.OK;
        }
        OutputFiles.checkExports(InputFiles.none(), out);
        try {
            AtomicFile.writeText(out, this::write);
        } catch (IOException e) {
            throw CannotWriteException.of(e);
        }
        return HourglassCli.OK;
    }

    private void write(Writer writer) throws IOException {
        switch (kind) {
            case deals -> new DealsGenerator(seed).write(writer, rows);
            case ledger -> new LedgerGenerator(seed).write(writer, rows);
            default -> new AccountsGenerator(seed).write(writer, rows);
        }
    }

    private int sampleWorkbook() throws WorkbookException {
        if (out == null) {
            spec.commandLine().getErr().println("hourglass generate: the sample workbook needs --out FILE.hourglass");
            return HourglassCli.BAD_USAGE;
        }
        SampleWorkbook.create(out);
        return HourglassCli.OK;
    }
}
