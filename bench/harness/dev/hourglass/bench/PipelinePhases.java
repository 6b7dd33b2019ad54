package dev.hourglass.bench;

import dev.hourglass.cli.HourglassCli;
import dev.hourglass.io.csv.DealsCsvReader;
import dev.hourglass.io.csv.Detection;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.io.json.PipelineResultJson;
import dev.hourglass.model.pipeline.Period;
import dev.hourglass.model.pipeline.PipelineAnalysis;
import dev.hourglass.model.pipeline.PipelineResult;
import dev.hourglass.model.pipeline.PipelineSettings;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Where the time of {@code pipeline DEALS.csv --json} goes, in one cold process, by the steps PipelineCommand
 * takes: JVM start to main, picocli's command tree, reading + analysing (streamed, as the command does; with
 * {@code parse} the deals go to a sink that does nothing, so the difference is the analysis), the result, the JSON.
 * Each step's wall time and the process's CPU time (all threads: JIT, GC) are printed to stderr as one line,
 * {@code step wall_ms cpu_ms}. The launcher passes its own clock as -Dlaunch.micros (date +%s%6N), so the JVM's
 * start-up before main is counted too.
 *
 * Usage: java -cp target/bench-harness:target/hourglass.jar dev.hourglass.bench.PipelinePhases full|parse DEALS.csv
 */
public final class PipelinePhases {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static long lastWall;
    private static long lastCpu;

    private PipelinePhases() {
    }

    public static void main(String[] args) throws Exception {
        long launch = Long.parseLong(System.getProperty("launch.micros", "0"));
        Instant now = Instant.now();
        lastWall = launch > 0 ? launch : now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
        lastCpu = 0;
        step("jvm-start-to-main");
        boolean parseOnly = args[0].equals("parse");
        Path file = Path.of(args[1]);
        String[] cliArgs = {"pipeline", file.toString(), "--from", "2017-01-01", "--to", "2017-03-31", "--target",
            "1500000000", "--json"};
        new CommandLine(new HourglassCli()).parseArgs(cliArgs);
        step("picocli-command-tree");
        ImportMapping mapping = ImportMapping.defaults();
        PipelineAnalysis.Accumulator analysis = new PipelineAnalysis.Accumulator(mapping.stageSetup(),
                new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 3, 31)), PipelineSettings.defaults(1.5e9));
        DealsCsvReader.Summary read = DealsCsvReader.read(file, mapping, parseOnly ? deal -> { } : analysis);
        step(parseOnly ? "read-only" : "read-and-analyse");
        if (parseOnly) {
            report(read.rowsRead());
            return;
        }
        PipelineResult result = analysis.result();
        step("result");
        PrintWriter out = new PrintWriter(System.out, false);
        PipelineResultJson.write(result, read.problems(), read.rowsRead(), mapping.stageSetup().salStage(),
                Optional.of(read.filled()), Detection.english(read.detections()), out);
        out.println();
        out.flush();
        step("json");
        report(read.rowsRead());
    }

    private static void step(String name) {
        Instant now = Instant.now();
        long wall = now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
        long cpu = OS.getProcessCpuTime() / 1000;
        System.err.printf(Locale.ROOT, "%s %.0f %.0f%n", name, (wall - lastWall) / 1000.0, (cpu - lastCpu) / 1000.0);
        lastWall = wall;
        lastCpu = cpu;
    }

    private static void report(long rows) {
        long gcMillis = 0;
        long collections = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, gc.getCollectionTime());
            collections += Math.max(0, gc.getCollectionCount());
        }
        System.err.printf(Locale.ROOT, "# %d rows; GC: %d collections, %d ms; JIT compiler threads: %d ms%n", rows,
                collections, gcMillis, ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
    }
}
