package dev.hourglass.app;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.csv.CsvFile;
import dev.hourglass.io.csv.Detection;
import dev.hourglass.io.csv.ExportPresets;
import dev.hourglass.io.csv.ImportKind;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.io.csv.ImportReport;
import dev.hourglass.io.csv.Lookup;
import dev.hourglass.io.csv.RecognisedExport;
import dev.hourglass.io.csv.UnreadableExports;
import dev.hourglass.io.json.ImportMappingJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How to read a file given without a mapping: the export its header names (docs/mapping.md, "Exports recognised
 * without a mapping") and the mapping that tool's export needs (its outcome values), and — for an import without a
 * kind — which kind of data it is. A mapping the user gives always wins over a recognised export's.
 */
public final class ExportRecognition {
    /**
     * The mapping to read the file with, the tool's export it was recognised as, if any, and the lookup tables found
     * beside a file read without a mapping or a lookup, in sentences.
     */
    public record Reading(ImportMapping mapping, Optional<RecognisedExport> recognised, List<Detection> tablesBeside) {
        public Reading {
            tablesBeside = List.copyOf(tablesBeside);
        }

        Reading(ImportMapping mapping, Optional<RecognisedExport> recognised) {
            this(mapping, recognised, List.of());
        }

        /**
         * The sentences the import report starts with: "Recognised as a Salesforce opportunity report", then the
         * lookup tables beside the file.
         */
        public List<Detection> detections() {
            List<Detection> sentences = new ArrayList<>();
            recognised.ifPresent(r -> sentences.add(sentence(r)));
            sentences.addAll(tablesBeside);
            return sentences;
        }
    }

    /** A report with the recognition's sentence before its own detections. */
    public static ImportReport withDetections(ImportReport report, Reading reading) {
        if (reading.detections().isEmpty()) {
            return report;
        }
        List<Detection> detections = new ArrayList<>(reading.detections());
        detections.addAll(report.detections());
        return report.withDetections(detections);
    }

    private ExportRecognition() {
    }

    /**
     * The mapping file's mapping when one is given; else the proposed mapping of the tool's export the header names,
     * or the defaults. {@code sheet} (null: the mapping's) chooses the sheet of an xlsx file.
     */
    public static Reading reading(Path file, Path mappingFile, String sheet) throws BadInputException {
        if (mappingFile != null) {
            return new Reading(ImportMappingJson.read(mappingFile).withSheet(sheet), Optional.empty());
        }
        return reading(header(file, defaultsFor(sheet)), sheet);
    }

    /**
     * The reading with {@code lookupFiles} joined to the file (a command's {@code --lookup}), each as {@link
     * LookupProposals#propose} proposes it, after the mapping's own lookups. Without a mapping file and lookups,
     * the lookup tables beside the file are named instead, each with how to join it.
     *
     * @param kind the kind of data the file holds
     * @param mappingGiven whether the reading is a mapping file's
     */
    public static Reading joined(Reading reading, Path file, ImportKind kind, List<Path> lookupFiles,
                                 boolean mappingGiven) throws BadInputException {
        if (lookupFiles.isEmpty() && (mappingGiven || !ExportPresets.hasLookupTables(kind))) {
            return reading;
        }
        ImportMapping mapping = reading.mapping();
        if (lookupFiles.isEmpty()) {
            return new Reading(mapping, reading.recognised(), LookupProposals.besideSentences(file,
                    () -> CsvFile.headerOf(file, mapping.sheet()), kind, mapping.columns()));
        }
        List<String> header = CsvFile.headerOf(file, mapping.sheet());
        List<Lookup> lookups = new ArrayList<>();
        for (Path lookupFile : lookupFiles) {
            lookups.add(LookupProposals.propose(file, header, kind, mapping.columns(), lookupFile));
        }
        return new Reading(mapping.withLookups(lookups), reading.recognised());
    }

    /**
     * The same from the header of a file already open with the default mapping ({@link #defaultsFor}), so it is
     * not opened once more to be recognised: without a recognised export, the file can be read as it is open.
     */
    public static Reading reading(List<String> header, String sheet) {
        Optional<RecognisedExport> recognised = ExportPresets.recognise(header)
                .filter(r -> !r.lookup() && ExportPresets.isToolExport(r));
        return recognised.map(r -> new Reading(r.mapping().withSheet(sheet), Optional.of(r)))
                .orElseGet(() -> new Reading(defaultsFor(sheet), Optional.empty()));
    }

    /** The mapping a file given without one is read with when its header names no tool's export. */
    public static ImportMapping defaultsFor(String sheet) {
        return ImportMapping.defaults().withSheet(sheet);
    }

    /**
     * The kind of data a file holds, from its header (the mapping's column renames applied); a header that fits no
     * kind, or two, is refused in one sentence saying which columns each kind needs.
     */
    public static ImportKind kindOf(Path file, ImportMapping mapping) throws BadInputException {
        String otherSheets;
        List<String> ownHeader;
        try (CsvFile csv = CsvFile.open(file, List.of(), mapping)) {
            ownHeader = csv.header();
            otherSheets = csv.otherSheetsHint();
        }
        List<String> header = renamed(ownHeader, mapping.columns());
        Optional<ImportKind> kind = ExportPresets.guessKind(header);
        if (kind.isPresent()) {
            return kind.get();
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Optional<BadInputException> otherExport = UnreadableExports.refusal(name, ownHeader);
        if (otherExport.isPresent()) {
            throw otherExport.get();
        }
        Optional<RecognisedExport> lookup = ExportPresets.recognise(header).filter(RecognisedExport::lookup);
        if (lookup.isPresent()) {
            throw new BadInputException(name + " looks like a " + lookup.get().name() + ", not data to import on its"
                    + " own: import the main file and join this one to it with --lookup " + file
                    + " (or the mapping's \"lookups\", docs/mapping.md)");
        }
        Optional<String> incomplete = ExportPresets.incomplete(header);
        if (incomplete.isPresent()) {
            throw new BadInputException(name + " " + incomplete.get() + otherSheets);
        }
        String needs = List.of(ImportKind.values()).stream()
                .map(k -> k.key() + " need " + ExportPresets.requiredFields(k))
                .collect(Collectors.joining("; "));
        throw new BadInputException(name + ": its columns (" + String.join(", ", header) + ") do not say which kind"
                + " of data it is — " + needs + " (or say it with --kind)" + otherSheets);
    }

    /** The kind of data the header says (the mapping's renames applied), or empty when it fits none or two. */
    public static Optional<ImportKind> guessedKind(Path file, ImportMapping mapping) throws BadInputException {
        return guessedKind(header(file, mapping), mapping);
    }

    /** The kind of data a header already read says (the mapping's renames applied), or empty when it fits none or two. */
    public static Optional<ImportKind> guessedKind(List<String> header, ImportMapping mapping) {
        return ExportPresets.guessKind(renamed(header, mapping.columns()));
    }

    private static List<String> header(Path file, ImportMapping mapping) throws BadInputException {
        try (CsvFile csv = CsvFile.open(file, List.of(), mapping)) {
            return csv.header();
        }
    }

    /** The header with the mapping's renames applied, so a renamed column counts as the field it feeds. */
    private static List<String> renamed(List<String> header, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return header;
        }
        List<String> names = new ArrayList<>();
        for (String column : header) {
            String field = renames.entrySet().stream()
                    .filter(e -> e.getKey().strip().equalsIgnoreCase(column.strip()))
                    .map(Map.Entry::getValue).findFirst().orElse(column);
            names.add(field);
        }
        return names;
    }

    private static Detection sentence(RecognisedExport recognised) {
        String name = recognised.name();
        String article = "aeiou".indexOf(Character.toLowerCase(name.charAt(0))) >= 0 ? "an " : "a ";
        return Detection.of(Detection.Code.RECOGNISED_EXPORT, "Recognised as " + article + name, name);
    }
}
