package dev.hourglass.cli;

import dev.hourglass.app.DataImports;
import dev.hourglass.app.ExportRecognition;
import dev.hourglass.app.FiniteTotals;
import dev.hourglass.io.csv.CsvFile;
import dev.hourglass.io.csv.LedgerCsvReader;
import dev.hourglass.io.json.CohortReportJson;
import dev.hourglass.model.actuals.CohortAnalysis;
import dev.hourglass.model.actuals.CohortReport;
import dev.hourglass.io.csv.Detection;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Where the time of {@code cohorts LEDGER.csv --json} goes, in one cold process, by the steps CohortsCommand takes:
 * JVM start to main, the command line (DirectCohorts; with -Dpicocli picocli's for the one sub-command), the open of
 * the file (encoding, separator, header, how dates and amounts are written), the export recognition from its header,
 * the read, the import report, the finite check, the analysis, the JSON. Each step prints
 * {@code step wall_ms process_cpu_ms main_thread_cpu_ms} to stderr; CPU from /proc (10 ms ticks), so nothing is
 * loaded to measure it. The launcher passes its clock as -Dlaunch.micros (date +%s%6N).
 *
 * Usage: java [bin/hourglass's options] -cp target/hourglass.jar:target/bench-harness dev.hourglass.cli.CohortsPhases LEDGER.csv
 * (the jar first, so its class-data archive still applies).
 */
public final class CohortsPhases {
    private static long lastWall;
    private static long lastCpu;
    private static long lastThread;

    private CohortsPhases() {
    }

    public static void main(String[] args) throws Exception {
        long launch = Long.parseLong(System.getProperty("launch.micros", "0"));
        lastWall = launch > 0 ? launch : micros();
        step("jvm-start-to-main");
        Path file = Path.of(args[0]);
        String[] cliArgs = {"cohorts", file.toString(), "--json"};
        if (System.getProperty("picocli") != null) {
            CommandLine cli = HourglassCli.commandLineFor(cliArgs);
            cli.parseArgs(cliArgs);
            step("picocli");
        } else {
            DirectCohorts.command(cliArgs).orElseThrow();
            step("command-line");
        }
        CsvFile csv = LedgerCsvReader.open(file, ExportRecognition.defaultsFor(null));
        step("open");
        ExportRecognition.Reading reading = ExportRecognition.reading(csv.header(), null);
        step("recognition");
        LedgerCsvReader.Result ledger = LedgerCsvReader.read(csv);
        csv.close();
        step("read");
        LedgerCsvReader.Result read = new LedgerCsvReader.Result(ledger.ledger(), ledger.problems(), ledger.rowsRead(),
                ExportRecognition.withDetections(DataImports.reportOf(String.valueOf(file.getFileName()), ledger),
                        reading).detections());
        step("report");
        FiniteTotals.ofLedger(file.getFileName().toString(), read.ledger());
        step("finite");
        CohortReport report = CohortAnalysis.analyse(read.ledger());
        step("analyse");
        PrintWriter out = new PrintWriter(System.out, false);
        CohortReportJson.write(report, read.problems(), read.rowsRead(), read.ledger().customerCount(),
                Detection.english(read.detections()), out);
        out.println();
        out.flush();
        step("json");
    }

    private static long micros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }

    /** utime + stime of /proc/…/stat in ms (fields 14 and 15, clock ticks of 10 ms). */
    private static long cpuMillis(String stat) throws IOException {
        String s = Files.readString(Path.of(stat));
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    }

    private static void step(String name) throws IOException {
        long wall = micros();
        long cpu = cpuMillis("/proc/self/stat");
        long thread = cpuMillis("/proc/thread-self/stat");
        System.err.printf(Locale.ROOT, "%s %.0f %d %d%n", name, (wall - lastWall) / 1000.0, cpu - lastCpu,
                thread - lastThread);
        lastWall = wall;
        lastCpu = cpu;
        lastThread = thread;
    }
}
