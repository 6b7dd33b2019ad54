package dev.hourglass.cli;

import picocli.CommandLine.Model.CommandSpec;

/** How far what-if commands move an input: "10%", "10 %", "0.1" or "10" all mean ±10 %. */
final class Swing {
    private Swing() {
    }

    static double parse(CommandSpec spec, String text) {
        String trimmed = text.strip();
        boolean percent = trimmed.endsWith("%");
        try {
            double value = Double.parseDouble(percent ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed);
            return percent || value > 1 ? value / 100 : value;
        } catch (NumberFormatException e) {
            throw UsageError.of(spec, "the swing must be a percentage such as 10%, got '"
                    + text + "'");
        }
    }
}
