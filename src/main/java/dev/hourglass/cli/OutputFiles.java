package dev.hourglass.cli;

import dev.hourglass.io.InputFiles;
import java.io.IOException;
import java.nio.file.Path;

/** The files a command writes, checked against what it reads before anything is computed or written. */
final class OutputFiles {
    private OutputFiles() {
    }

    /** Refuses an export (the options not given are null) that would replace an input or any workbook. */
    static void checkExports(InputFiles inputs, Path... exports) throws CannotWriteException {
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
