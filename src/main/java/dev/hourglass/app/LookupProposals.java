package dev.hourglass.app;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.FileProblem;
import dev.hourglass.io.FileProblem.Code;
import dev.hourglass.io.csv.ColumnMatch;
import dev.hourglass.io.csv.ColumnMatching;
import dev.hourglass.io.csv.ColumnNames;
import dev.hourglass.io.csv.CsvFile;
import dev.hourglass.io.csv.Detection;
import dev.hourglass.io.csv.ExportPresets;
import dev.hourglass.io.csv.ImportKind;
import dev.hourglass.io.csv.Lookup;
import dev.hourglass.io.csv.RecognisedExport;
import dev.hourglass.io.csv.TableGlance;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A second file to join to a main file by a key (imports.md §6), proposed from the two headers alone: one rule for
 * the import wizard's "Join a file…" and the command line's {@code --lookup}, so the two cannot differ.
 *
 * <p>The key is the column the lookup table recognised (docs/mapping.md: a products, sales-teams or closed-deals
 * table) is keyed by, found in the main file by its name or, named otherwise there, by the field both columns feed;
 * any other file is keyed by its first column whose name the main file has too (names compared as the readers
 * compare them). A recognised table gives the fields it is known for (listPrice, team, the won date); any other
 * gives each column that names a field of the kind the main file has no column for.
 */
public final class LookupProposals {
    /** The most files beside a main file whose headers are read to find its lookup tables. */
    static final int MOST_FILES_BESIDE = 40;
    /** An xlsx file beside the main file larger than this is not opened: its header sits in a zip's shared strings. */
    static final long MOST_XLSX_BYTES = 16L << 20;

    private LookupProposals() {
    }

    /**
     * The lookup that joins {@code candidate} to a main file of {@code kind}, or a {@link BadInputException} saying
     * in one sentence why it cannot: it shares no key column, or gives no field the main file lacks.
     *
     * @param mainFile the main file (its name is said)
     * @param mainHeader the main file's header
     * @param renames the main file's columns renamed to fields (a mapping's {@code columns}, the wizard's choices)
     */
    public static Lookup propose(Path mainFile, List<String> mainHeader, ImportKind kind, Map<String, String> renames,
                                 Path candidate) throws BadInputException {
        List<String> header = CsvFile.headerOf(candidate, "");
        return propose(nameOf(mainFile), mainHeader, kind, renames, candidate, header);
    }

    private static Lookup propose(String mainName, List<String> mainHeader, ImportKind kind,
                                  Map<String, String> renames, Path candidate, List<String> header)
            throws BadInputException {
        ColumnNames names = ColumnNames.of(kind);
        ColumnMatching main = ColumnMatching.of(mainHeader, names.fields(), names, renames);
        ColumnMatching table = ColumnMatching.of(header, names.fields(), names, Map.of());
        Optional<RecognisedExport> recognised = ExportPresets.recognise(header)
                .filter(r -> r.lookup() && r.kind() == kind && !r.lookupKey().isEmpty());
        String[] key = recognised.isPresent() ? presetKey(recognised.get().lookupKey(), mainHeader, main, table)
                : sharedKey(header, mainHeader);
        String name = nameOf(candidate);
        if (key == null) {
            String columns = String.join(", ", header);
            String mainColumns = String.join(", ", mainHeader);
            throw new BadInputException(name + " cannot be joined to " + mainName + ": it has no column named as one"
                    + " of " + mainName + "'s to look rows up by (its columns: " + columns + "; " + mainName + "'s: "
                    + mainColumns + ")",
                    FileProblem.of(Code.LOOKUP_SHARES_NO_KEY, name, columns, mainName, mainColumns));
        }
        Map<String, String> gives = recognised.isPresent() ? presetColumns(recognised.get(), table)
                : missingFields(header, key[1], mainHeader, main, table);
        if (gives.isEmpty()) {
            String columns = String.join(", ", header);
            String lacking = String.join(", ", names.fields().stream().filter(f -> main.column(f) < 0).toList());
            throw new BadInputException(name + " cannot be joined to " + mainName + " by " + key[1] + ": none of its"
                    + " other columns (" + columns + ") names a field of " + kind.key() + " that " + mainName
                    + " has no column for (" + lacking + ")",
                    FileProblem.of(Code.LOOKUP_GIVES_NO_FIELD, name, columns, mainName, key[1], kind.key(), lacking));
        }
        return new Lookup(candidate, key[0], key[1], gives, "");
    }

    /** The recognised table's key column and the main file's column of that name or of the field both feed. */
    private static String[] presetKey(String tableKey, List<String> mainHeader, ColumnMatching main,
                                      ColumnMatching table) {
        Optional<String> sameName = columnNamed(mainHeader, tableKey);
        if (sameName.isPresent()) {
            return new String[] {sameName.get(), tableKey};
        }
        Optional<String> field = table.matches().stream().filter(m -> m.header().equals(tableKey))
                .map(ColumnMatch::field).findFirst();
        if (field.isPresent() && main.column(field.get()) >= 0) {
            return new String[] {main.match(field.get()).get().header(), tableKey};
        }
        return null;
    }

    /** The first column of the table (in its order) whose name the main file has too; null when none. */
    private static String[] sharedKey(List<String> header, List<String> mainHeader) {
        for (String column : header) {
            Optional<String> mainColumn = columnNamed(mainHeader, column);
            if (!column.isBlank() && mainColumn.isPresent()) {
                return new String[] {mainColumn.get(), column};
            }
        }
        return null;
    }

    /** The table's column for each field the recognised table gives. */
    private static Map<String, String> presetColumns(RecognisedExport recognised, ColumnMatching table) {
        Map<String, String> gives = new LinkedHashMap<>();
        for (String field : recognised.lookupFields()) {
            table.match(field).ifPresent(m -> gives.put(m.header(), field));
        }
        return gives;
    }

    /** The table's columns, other than the key and those the main file has by name, feeding a field it lacks. */
    private static Map<String, String> missingFields(List<String> header, String key, List<String> mainHeader,
                                                     ColumnMatching main, ColumnMatching table) {
        Map<String, String> gives = new LinkedHashMap<>();
        for (String column : header) {
            if (column.equals(key) || columnNamed(mainHeader, column).isPresent()) {
                continue;
            }
            table.matches().stream().filter(m -> m.header().equals(column) && main.column(m.field()) < 0)
                    .findFirst().ifPresent(m -> gives.put(column, m.field()));
        }
        return gives;
    }

    /**
     * The lookup tables beside a main file (same folder, CSV or xlsx) that are recognised as tables of this kind and
     * have its key column by name, each proposed as {@link #propose} would; in the order of their names. A table
     * keyed only through a field both key columns feed (a teams table's sales_agent, a Pipedrive export's owner) is
     * not proposed unasked: the two files may have nothing to do with each other. Only headers are read, of at most
     * {@value #MOST_FILES_BESIDE} files, and only of those whose first bytes name the table's columns; a file that
     * cannot be read is passed over.
     */
    public static List<Lookup> beside(Path mainFile, List<String> mainHeader, ImportKind kind,
                                      Map<String, String> renames) {
        return beside(mainFile, () -> mainHeader, kind, renames);
    }

    private static List<String> ownHeader(Header header) {
        try {
            return header.read();
        } catch (BadInputException | RuntimeException e) {
            return null;
        }
    }

    /** A header read only when it is needed. */
    @FunctionalInterface
    public interface Header {
        List<String> read() throws BadInputException;
    }

    /**
     * {@link #beside(Path, List, ImportKind, Map)} with the main file's header read only once a file beside it looks
     * like a lookup table: most folders hold none, and a run from the command line would open its file once more.
     * A main file whose header cannot be read has no table proposed; its read says why.
     */
    private static List<Lookup> beside(Path mainFile, Header mainHeader, ImportKind kind,
                                       Map<String, String> renames) {
        List<Lookup> found = new ArrayList<>();
        if (!ExportPresets.hasLookupTables(kind)) {
            return found;
        }
        List<String> ownHeader = null;
        for (Path candidate : filesBeside(mainFile)) {
            if (!ExportPresets.mayBeLookupTable(TableGlance.of(candidate), kind)) {
                continue;
            }
            try {
                List<String> header = CsvFile.headerOf(candidate, "");
                boolean table = ExportPresets.recognise(header).filter(r -> r.lookup() && r.kind() == kind).isPresent();
                if (table && ownHeader == null) {
                    ownHeader = ownHeader(mainHeader);
                    if (ownHeader == null) {
                        return found;
                    }
                }
                Lookup lookup = table ? propose(nameOf(mainFile), ownHeader, kind, renames, candidate, header) : null;
                if (lookup != null && CsvFile.key(lookup.fromKey()).equals(CsvFile.key(lookup.toKey()))) {
                    found.add(lookup);
                }
            } catch (BadInputException | RuntimeException e) {
                // not a table that joins this file: nothing to propose
            }
        }
        return found;
    }

    /**
     * For a file read without a mapping or a lookup: one sentence for each lookup table beside it, saying what it can
     * give and how to join it ("crm-products.csv beside the file can give listPrice by product: add --lookup
     * crm-products.csv").
     */
    public static List<Detection> besideSentences(Path mainFile, List<String> mainHeader, ImportKind kind,
                                                  Map<String, String> renames) {
        return besideSentences(mainFile, () -> mainHeader, kind, renames);
    }

    /** The same, with the main file's header read only when a table beside it needs it. */
    public static List<Detection> besideSentences(Path mainFile, Header mainHeader, ImportKind kind,
                                                  Map<String, String> renames) {
        return beside(mainFile, mainHeader, kind, renames).stream().map(LookupProposals::besideSentence).toList();
    }

    private static Detection besideSentence(Lookup lookup) {
        String fields = String.join(" and ", lookup.columns().values());
        String option = lookup.file().toString();
        return Detection.of(Detection.Code.LOOKUP_BESIDE, lookup.fileName() + " beside the file can give " + fields
                + " by " + lookup.keyDescription() + ": add --lookup " + option, lookup.fileName(), fields,
                lookup.keyDescription(), option);
    }

    /** A lookup in words: "crm-products.csv joined by product: sales_price → listPrice". */
    public static String english(Lookup lookup) {
        return lookup.fileName() + " joined by " + lookup.keyDescription() + ": " + lookup.columns().entrySet().stream()
                .map(e -> e.getKey() + " → " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** The CSV and xlsx files beside the main file, by name, without it; at most {@value #MOST_FILES_BESIDE}. */
    private static List<Path> filesBeside(Path mainFile) {
        Path folder = mainFile.toAbsolutePath().getParent();
        if (folder == null) {
            return List.of();
        }
        String own = nameOf(mainFile);
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = nameOf(file);
                String lower = name.toLowerCase(Locale.ROOT);
                boolean table = lower.endsWith(".csv") || (lower.endsWith(".xlsx") && sizeOf(file) <= MOST_XLSX_BYTES);
                if (table && !name.equals(own) && Files.isRegularFile(file)) {
                    names.add(name);
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return names.stream().sorted().limit(MOST_FILES_BESIDE).map(mainFile::resolveSibling).toList();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static Optional<String> columnNamed(List<String> header, String name) {
        String wanted = CsvFile.key(name);
        return header.stream().filter(h -> CsvFile.key(h).equals(wanted)).findFirst();
    }

    private static String nameOf(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
