package dev.hourglass.io.csv;

import dev.hourglass.io.words.PipelineWarningWords;
import dev.hourglass.model.pipeline.PipelineWarning;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an import of one file found (imports.md §1): rows read and imported, the rows left out by reason, values it
 * filled in (e.g. amounts from list prices), how it read the file (date readings, outcome from the stage column,
 * stages added, lookups matched) and warnings about figures the file cannot support. A workbook keeps it with the
 * dataset, so an analysis of the workbook reports what an analysis of the file would.
 */
public record ImportReport(String kind, String sourceFile, long rowsRead, long imported, RowProblems excluded,
                           Map<String, Long> filled, List<Detection> detections, List<Warning> warnings) {

    /**
     * A figure the file cannot support, with a stable code (e.g. {@code LOST_WITHOUT_AMOUNT}) and plain English words;
     * a warning about the deals keeps its counts so the desktop can write it in its own language (a report read back
     * from a workbook has the words only).
     */
    public record Warning(String code, String message, Optional<PipelineWarning> counted) {
        public Warning(String code, String message) {
            this(code, message, Optional.empty());
        }

        public static Warning of(PipelineWarning warning) {
            return new Warning(warning.code().name(), PipelineWarningWords.english(warning), Optional.of(warning));
        }
    }

    public ImportReport {
        filled = Map.copyOf(filled);
        detections = List.copyOf(detections);
        warnings = List.copyOf(warnings);
    }

    public static ImportReport of(String kind, String sourceFile, long rowsRead, long imported, RowProblems excluded) {
        return new ImportReport(kind, sourceFile, rowsRead, imported, excluded, Map.of(), List.of(), List.of());
    }

    public ImportReport withFilled(Map<String, Long> values) {
        return new ImportReport(kind, sourceFile, rowsRead, imported, excluded, values, detections, warnings);
    }

    public ImportReport withDetections(List<Detection> sentences) {
        return new ImportReport(kind, sourceFile, rowsRead, imported, excluded, filled, sentences, warnings);
    }

    /** How the file was read, in the English sentences the CLI prints. */
    public List<String> detectionSentences() {
        return Detection.english(detections);
    }

    public ImportReport withWarnings(List<Warning> list) {
        return new ImportReport(kind, sourceFile, rowsRead, imported, excluded, filled, detections, list);
    }
}
