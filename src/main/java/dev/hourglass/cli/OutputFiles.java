package dev.hourglass.cli;

import dev.hourglass.io.InputFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** The files a command writes, checked against what it reads before anything is computed or written. */
final class OutputFiles {
    private OutputFiles() {
    }

    /**
     * Refuses an export (the options not given are null) that would replace an input or any workbook, or that another
     * output of the same command names too (the second would replace the first).
     */
    static void checkExports(InputFiles inputs, Path... exports) throws CannotWriteException {
        Set<Path> named = new HashSet<>();
        for (Path export : exports) {
            if (export != null && !named.add(export.toAbsolutePath().normalize())) {
                throw CannotWriteException.of(new IOException(export + " (two outputs of the command name it: the "
                        + "second would replace the first)"));
            }
        }
        for (Path export : exports) {
            if (export != null) {
                try {
                    inputs.checkExport(export);
                } catch (IOException e) {
                    throw CannotWriteException.of(e);
                }
            }
        }
    }

    /** Refuses a workbook to change that is one of the files read into it. */
    static void checkWorkbook(InputFiles inputs, Path workbook) throws CannotWriteException {
        try {
            inputs.checkWorkbookTarget(workbook);
        } catch (IOException e) {
            throw CannotWriteException.of(e);
        }
    }
}
