package dev.hourglass.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A usage error, worded and exited as picocli words and exits its own (exit code 2, the usage after the message).
 * Commands throw it through here rather than naming {@link ParameterException} themselves: a class that throws a
 * picocli exception makes the JVM load that exception's class whenever the class is loaded, and picocli's classes are
 * too old for the class-data archive (class-file version 49), so the plain {@code cohorts} and {@code pipeline} runs
 * ({@link DirectCommand}) would open the 25,000-entry jar for it.
 */
final class UsageError {
    private UsageError() {
    }

    static RuntimeException of(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
