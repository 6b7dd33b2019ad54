package dev.hourglass.cli;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Prototype, outside src/main: what picocli's command tree costs before {@code pipeline} can start. {@code all}
 * builds the tree HourglassCli.run builds (every sub-command, its options' types and their classes); {@code one}
 * builds only the pipeline command, as a Main that picks the sub-command by its first argument could. Both then
 * parse the same pipeline arguments. Prints "tree-all|tree-one wall_ms cpu_ms" to stderr.
 *
 * Usage: java -cp target/bench-harness:target/hourglass.jar dev.hourglass.cli.CommandTreeCost all|one
 */
public final class CommandTreeCost {
    private CommandTreeCost() {
    }

    public static void main(String[] args) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long wall = System.nanoTime();
        long cpu = os.getProcessCpuTime();
        String[] pipeline = {"bench-data/deals-1m.csv", "--from", "2017-01-01", "--to", "2017-03-31", "--target",
            "1500000000", "--json"};
        if (args[0].equals("all")) {
            String[] withName = new String[pipeline.length + 1];
            withName[0] = "pipeline";
            System.arraycopy(pipeline, 0, withName, 1, pipeline.length);
            new CommandLine(new HourglassCli()).parseArgs(withName);
        } else {
            new CommandLine(new PipelineCommand()).parseArgs(pipeline);
        }
        System.err.printf(Locale.ROOT, "tree-%s %.0f %.0f%n", args[0], (System.nanoTime() - wall) / 1e6,
                (os.getProcessCpuTime() - cpu) / 1e6);
    }
}
