package dev.hourglass.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Prototype of a jar that gives itself JVM options (a manifest cannot carry them): started plainly, it starts
 * {@code java OPTIONS -cp <its class path> dev.hourglass.Main ARGS} with its own standard streams and exits with the
 * child's exit code. What it costs is one extra, idle JVM start. The options come from -Dreexec.options here; in the
 * product they would be a constant in Main, with a system property marking the child so it does not re-execute.
 *
 * Usage: java -Dreexec.options="-XX:+UseSerialGC" -cp target/bench-harness:target/hourglass.jar dev.hourglass.bench.ReExec ARGS
 */
public final class ReExec {
    private ReExec() {
    }

    public static void main(String[] args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        command.add(java);
        String options = System.getProperty("reexec.options", "").strip();
        if (!options.isEmpty()) {
            command.addAll(Arrays.asList(options.split("\\s+")));
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.hourglass.Main");
        command.addAll(Arrays.asList(args));
        Process child = new ProcessBuilder(command).inheritIO().start();
        System.exit(child.waitFor());
    }
}
