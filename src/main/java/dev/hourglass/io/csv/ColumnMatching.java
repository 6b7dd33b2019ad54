package dev.hourglass.io.csv;

import dev.hourglass.io.csv.ColumnMatch.How;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which file column feeds which field. Precedence: the mapping's explicit rename, then the field's own name, then
 * a name the field is known by ({@link ColumnNames}, most specific first), then the leftmost column. Each column feeds
 * at most one field; a column that could have fed a field but lost is reported in {@link #notes()}, so the result
 * never depends on hash order and nothing is dropped silently.
 */
public final class ColumnMatching {
    private final Map<String, ColumnMatch> byField;
    private final List<ColumnMatch> matches;
    private final List<Detection> notes;

    private ColumnMatching(Map<String, ColumnMatch> byField, List<ColumnMatch> matches, List<Detection> notes) {
        this.byField = Map.copyOf(byField);
        this.matches = List.copyOf(matches);
        this.notes = List.copyOf(notes);
    }

    /**
     * A column that could feed a field, and how strongly: a mapping's rename first, then a name that stands above
     * the field's own ({@link ColumnNames#beatsOwnName}), then the field's own name, then its synonyms in order.
     */
    private record Candidate(ColumnMatch match, int rank, boolean beatsOwnName) {
        Candidate(ColumnMatch match, int rank) {
            this(match, rank, false);
        }

        static final Comparator<Candidate> STRONGEST_FIRST = Comparator
                .comparingInt((Candidate c) -> c.match().how() == How.RENAMED ? 0 : c.beatsOwnName() ? 1 : 2)
                .thenComparing(c -> c.match().how())
                .thenComparingInt(Candidate::rank)
                .thenComparingInt(c -> c.match().column());
    }

    /**
     * @param header  the file's column names, in order
     * @param fields  the fields the reader takes
     * @param names   the names those fields are known by
     * @param renames the mapping's {@code columns}: file column → field (checked by {@link ColumnRenames} first)
     */
    public static ColumnMatching of(List<String> header, List<String> fields, ColumnNames names,
                                    Map<String, String> renames) {
        Map<String, String> fieldByKey = new HashMap<>();
        for (String field : fields) {
            fieldByKey.put(CsvFile.key(field), field);
        }
        Map<String, String> renameByKey = new HashMap<>();
        renames.forEach((column, field) -> renameByKey.put(CsvFile.key(column), field));
        Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
        List<Detection> notes = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            String key = CsvFile.key(column);
            Candidate candidate = null;
            if (renameByKey.containsKey(key)) {
                String target = renameByKey.get(key);
                String field = fieldByKey.get(CsvFile.key(target));
                if (field == null) {
                    notes.add(Detection.of(Detection.Code.MAPPING_RENAME_NOT_A_FIELD, "'" + column
                            + "' not used: the mapping renames it to " + target + ", which is not a field of this kind ("
                            + String.join(", ", fields) + ")", column, target, String.join(", ", fields)));
                } else {
                    candidate = new Candidate(new ColumnMatch(i, column, field, How.RENAMED, null), 0);
                }
            } else if (fieldByKey.containsKey(key)) {
                candidate = new Candidate(new ColumnMatch(i, column, fieldByKey.get(key), How.SAME_NAME, null), 0);
            } else {
                Optional<ColumnNames.Known> known = names.recognise(column)
                        .filter(k -> fieldByKey.containsKey(CsvFile.key(k.field())));
                if (known.isPresent()) {
                    String field = fieldByKey.get(CsvFile.key(known.get().field()));
                    candidate = new Candidate(new ColumnMatch(i, column, field, How.RECOGNISED, known.get().name()),
                            known.get().rank(), names.beatsOwnName(known.get()));
                }
            }
            if (candidate != null) {
                candidates.computeIfAbsent(candidate.match().field(), f -> new ArrayList<>()).add(candidate);
            }
        }
        Map<String, ColumnMatch> byField = new HashMap<>();
        Map<Integer, Detection> lostNotes = new TreeMap<>();
        for (Map.Entry<String, List<Candidate>> entry : candidates.entrySet()) {
            List<Candidate> forField = entry.getValue();
            forField.sort(Candidate.STRONGEST_FIRST);
            ColumnMatch winner = forField.get(0).match();
            byField.put(entry.getKey(), winner);
            for (Candidate loser : forField.subList(1, forField.size())) {
                lostNotes.put(loser.match().column(), notUsed(loser.match(), winner));
            }
        }
        standIn(byField, fields, names);
        notes.addAll(lostNotes.values());
        for (String column : new TreeMap<>(renames).keySet()) {
            if (header.stream().noneMatch(h -> CsvFile.key(h).equals(CsvFile.key(column)))) {
                notes.add(Detection.of(Detection.Code.MAPPING_COLUMN_MISSING, "the mapping's column '" + column
                        + "' is not in the file", column));
            }
        }
        List<ColumnMatch> matches = byField.values().stream()
                .sorted(Comparator.comparingInt(ColumnMatch::column)).toList();
        return new ColumnMatching(byField, matches, notes);
    }

    /** A field without a column of its own takes the column of its first stand-in that has one, as it came. */
    private static void standIn(Map<String, ColumnMatch> byField, List<String> fields, ColumnNames names) {
        for (String field : fields) {
            if (byField.containsKey(field)) {
                continue;
            }
            for (String standIn : names.standInsFor(field)) {
                ColumnMatch match = byField.remove(standIn);
                if (match != null) {
                    byField.put(field, new ColumnMatch(match.column(), match.header(), field, match.how(),
                            match.recognisedAs()));
                    break;
                }
            }
        }
    }

    /** Why a column that could feed a field does not: another one does (or another of the same name, earlier). */
    private static Detection notUsed(ColumnMatch lost, ColumnMatch winner) {
        if (CsvFile.key(lost.header()).equals(CsvFile.key(winner.header()))) {
            int column = lost.column() + 1;
            int winnerColumn = winner.column() + 1;
            return Detection.of(Detection.Code.COLUMN_REPEATED, "column " + column + ", a second '" + lost.header()
                    + "', not used: column " + winnerColumn + " gives " + winner.field(), lost.header(), column,
                    winnerColumn, winner.field());
        }
        return Detection.of(Detection.Code.COLUMN_NOT_USED, "'" + lost.header() + "' not used: '" + winner.header()
                + "' gives " + winner.field(), lost.header(), winner.header(), winner.field());
    }

    /** The column index holding a field, or -1 when no column feeds it. */
    public int column(String field) {
        ColumnMatch match = byField.get(field);
        return match == null ? -1 : match.column();
    }

    public Optional<ColumnMatch> match(String field) {
        return Optional.ofNullable(byField.get(field));
    }

    /** Every column taken, in file order. */
    public List<ColumnMatch> matches() {
        return matches;
    }

    /** Columns that could have fed a field but did not, and mapping entries that found no column; plain sentences. */
    public List<Detection> notes() {
        return notes;
    }
}
