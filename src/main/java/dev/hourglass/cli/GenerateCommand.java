package dev.hourglass.cli;

import dev.hourglass.io.sample.DealsGenerator;
import dev.hourglass.io.sample.LedgerGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a realistic, deterministic test file: a CRM deal export or a subscription ledger.",
            "The same --seed always gives the same file."})
final class GenerateCommand implements Callable<Integer> {

    enum Kind { deals, ledger }

    @Parameters(index = "0", paramLabel = "KIND", description = "deals or ledger")
    private Kind kind;

    @Option(names = "--rows", required = true, paramLabel = "N", description = "Number of data rows.")
    private long rows;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        if (rows < 0) {
            System.err.println("hourglass generate: --rows must not be negative, got " + rows);
            return HourglassCli.BAD_USAGE;
        }
        try (Writer writer = out == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            if (kind == Kind.deals) {
                new DealsGenerator(seed).write(writer, rows);
            } else {
                new LedgerGenerator(seed).write(writer, rows);
            }
        }
        return HourglassCli.OK;
    }
}
