package dev.hourglass.cli;

import dev.hourglass.app.ExportRecognition;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.csv.ImportKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --lookup FILE} option of the commands that read a data file: other files joined to it by a key
 * (docs/mapping.md, "Spreadsheets and lookups"), each proposed from the two headers as the import wizard proposes it.
 */
final class LookupFiles {
    @Option(names = "--lookup", paramLabel = "FILE", description = "Join this file to the data file by a key (repeat "
            + "for several): a column of both files by name, or a recognised products, sales-teams or closed-deals "
            + "table's key; it gives the fields the data file has no column for (list price, team, won date). Added "
            + "to the mapping's \"lookups\". Without --mapping and --lookup, lookup tables beside the file are named "
            + "in the report.")
    private List<Path> files = new ArrayList<>();

    /** A workbook's data was joined when it was imported: --lookup applies to a data file only. */
    void refuseForWorkbook(CommandSpec spec) {
        if (!files.isEmpty()) {
            throw UsageError.of(spec, "--lookup joins files to a data file (CSV or xlsx); a workbook's data was "
                    + "joined when it was imported");
        }
    }

    /** The reading with the files joined, or, without a mapping file and lookups, naming the tables beside the file. */
    ExportRecognition.Reading joined(ExportRecognition.Reading reading, Path file, ImportKind kind,
                                     boolean mappingGiven) throws BadInputException {
        return ExportRecognition.joined(reading, file, kind, files, mappingGiven);
    }

    List<Path> files() {
        return List.copyOf(files);
    }
}
