package dev.hourglass.io.csv;

import dev.hourglass.io.BadInputException;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.Outcome;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a CRM deal export (cli.md "Deals"). A row that cannot be used is left out and counted with its line,
 * column and reason; nothing is dropped silently. A file with no usable row is an error.
 */
public final class DealsCsvReader {
    public static final List<String> FIELDS = List.of("id", "amount", "stage", "closeDate", "outcome", "segment",
            "competitor", "owner", "team", "source", "originalCloseDate", "createdDate", "include");
    public static final List<String> REQUIRED = List.of("id", "amount", "stage", "closeDate", "outcome");

    /** The deals read, and the rows left out. */
    public record Result(List<Deal> deals, RowProblems problems, long rowsRead) {
    }

    /** What a streaming read saw: how many rows, how many became deals, and the rows left out. */
    public record Summary(RowProblems problems, long rowsRead, long dealsRead) {
    }

    private DealsCsvReader() {
    }

    /** Reads every deal into memory. */
    public static Result read(Path file, ImportMapping mapping) throws BadInputException {
        List<Deal> deals = new ArrayList<>();
        Summary summary = read(file, mapping, deals::add);
        return new Result(deals, summary.problems(), summary.rowsRead());
    }

    /** Hands each usable deal to {@code sink} as it is read, holding none of them. */
    public static Summary read(Path file, ImportMapping mapping, Consumer<Deal> sink) throws BadInputException {
        try (CsvFile csv = CsvFile.open(file, FIELDS, mapping)) {
            csv.requireColumns(REQUIRED);
            RowReader rows = new RowReader(csv, mapping, sink);
            csv.forEachRow(rows::accept);
            if (rows.dealsRead == 0) {
                throw new BadInputException(csv.fileName() + ": no usable deal in " + rows.rowsRead + " row"
                        + (rows.rowsRead == 1 ? "" : "s") + firstProblem(rows.problems));
            }
            return new Summary(rows.problems, rows.rowsRead, rows.dealsRead);
        }
    }

    static String firstProblem(RowProblems problems) {
        return problems.isEmpty() ? "" : "; first problem: " + problems.reasons().get(0).examples().get(0);
    }

    /** Turns rows into deals, remembering what it could not use. */
    private static final class RowReader {
        private final ImportMapping mapping;
        private final RowProblems problems;
        private final Consumer<Deal> sink;
        private long dealsRead;
        private final SeenIds seenIds = new SeenIds();
        private final TextPool texts = new TextPool();
        private final Map<String, Optional<Outcome>> outcomes = new HashMap<>();
        private final Map<String, Boolean> knownStages = new HashMap<>();
        private final int id;
        private final int amount;
        private final int stage;
        private final int closeDate;
        private final int outcome;
        private final int segment;
        private final int competitor;
        private final int owner;
        private final int team;
        private final int source;
        private final int originalCloseDate;
        private final int createdDate;
        private final int include;
        private final List<String> header;
        private long rowsRead;

        RowReader(CsvFile csv, ImportMapping mapping, Consumer<Deal> sink) {
            this.mapping = mapping;
            this.sink = sink;
            this.problems = new RowProblems(csv.fileName());
            this.header = csv.header();
            id = csv.column("id");
            amount = csv.column("amount");
            stage = csv.column("stage");
            closeDate = csv.column("closeDate");
            outcome = csv.column("outcome");
            segment = csv.column("segment");
            competitor = csv.column("competitor");
            owner = csv.column("owner");
            team = csv.column("team");
            source = csv.column("source");
            originalCloseDate = csv.column("originalCloseDate");
            createdDate = csv.column("createdDate");
            include = csv.column("include");
        }

        void accept(CsvRow row) {
            rowsRead++;
            try {
                Deal deal = toDeal(row);
                long firstLine = seenIds.addOrFirstLine(deal.id(), row.line());
                if (firstLine >= 0) {
                    throw reject(row, id, "duplicate id", quote(deal.id()) + ", first on line " + firstLine);
                }
                dealsRead++;
                sink.accept(deal);
            } catch (RowRejected counted) {
                // already counted in problems
            }
        }

        private Deal toDeal(CsvRow row) throws RowRejected {
            if (row.fieldCount() < header.size()) {
                problems.add(row.line(), null, "row has fewer fields than the header",
                        row.fieldCount() + " of " + header.size());
                throw RowRejected.INSTANCE;
            }
            String dealId = row.string(id).strip();
            if (dealId.isEmpty()) {
                throw reject(row, id, "id is empty", null);
            }
            Double value = row.number(amount);
            if (value == null) {
                throw reject(row, amount, "amount is not a number", quote(row.string(amount)));
            }
            if (value < 0) {
                throw reject(row, amount, "amount is negative", quote(row.string(amount)));
            }
            String stageName = mapping.stage(row.text(stage, texts));
            if (!knownStages.computeIfAbsent(stageName, mapping.stageSetup()::contains)) {
                throw reject(row, stage, "stage is not in the stage setup (map it in the mapping file)",
                        quote(stageName));
            }
            LocalDate close = requiredDate(row, closeDate, "closeDate");
            Outcome result = outcomes.computeIfAbsent(row.text(outcome, texts),
                    raw -> Optional.ofNullable(mapping.outcome(raw))).orElse(null);
            if (result == null) {
                throw reject(row, outcome, "outcome is not OPEN, WON, LOST_COMPETITION or LOST_NO_DECISION "
                        + "(map it in the mapping file)", quote(row.string(outcome)));
            }
            return new Deal(dealId, value, stageName, close, result, text(row, segment), text(row, competitor),
                    text(row, owner), text(row, team), text(row, source), optionalDate(row, originalCloseDate, "originalCloseDate"),
                    optionalDate(row, createdDate, "createdDate"), optionalInclude(row));
        }

        private LocalDate requiredDate(CsvRow row, int column, String field) throws RowRejected {
            LocalDate date = row.date(column);
            if (date == null) {
                throw reject(row, column, field + " is not a date " + row.dateExpected(column),
                        quote(row.string(column)));
            }
            return date;
        }

        private LocalDate optionalDate(CsvRow row, int column, String field) throws RowRejected {
            return column < 0 || row.string(column).isBlank() ? null : requiredDate(row, column, field);
        }

        private Boolean optionalInclude(CsvRow row) throws RowRejected {
            if (include < 0 || row.isBlank(include)) {
                return null;
            }
            switch (row.string(include).strip().toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true", "1", "include", "included":
                    return Boolean.TRUE;
                case "no", "n", "false", "0", "exclude", "excluded":
                    return Boolean.FALSE;
                default:
                    throw reject(row, include, "include is not yes or no", quote(row.string(include)));
            }
        }

        private RowRejected reject(CsvRow row, int column, String reason, String detail) {
            problems.add(row.line(), header.get(column), reason, detail);
            return RowRejected.INSTANCE;
        }

        private String text(CsvRow row, int column) {
            if (column < 0) {
                return "";
            }
            return row.text(column, texts);
        }

        private static String quote(String value) {
            return "'" + value + "'";
        }
    }
}
