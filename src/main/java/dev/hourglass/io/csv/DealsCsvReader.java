package dev.hourglass.io.csv;

import de.siegmar.fastcsv.reader.CsvRecord;
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

    private DealsCsvReader() {
    }

    public static Result read(Path file, DealMapping mapping) throws BadInputException {
        try (CsvFile csv = CsvFile.open(file, FIELDS, mapping.columns())) {
            csv.requireColumns(REQUIRED);
            RowReader rows = new RowReader(csv, mapping);
            csv.forEachRow(rows::accept);
            if (rows.deals.isEmpty()) {
                throw new BadInputException(csv.fileName() + ": no usable deal in " + rows.rowsRead + " row"
                        + (rows.rowsRead == 1 ? "" : "s") + firstProblem(rows.problems));
            }
            return new Result(rows.deals, rows.problems, rows.rowsRead);
        }
    }

    static String firstProblem(RowProblems problems) {
        return problems.isEmpty() ? "" : "; first problem: " + problems.reasons().get(0).examples().get(0);
    }

    /** Turns rows into deals, remembering what it could not use. */
    private static final class RowReader {
        private final DealMapping mapping;
        private final RowProblems problems;
        private final List<Deal> deals = new ArrayList<>();
        private final Map<String, Long> lineById = new HashMap<>();
        private final Map<String, String> interned = new HashMap<>();
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

        RowReader(CsvFile csv, DealMapping mapping) {
            this.mapping = mapping;
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

        void accept(CsvRecord row) {
            rowsRead++;
            try {
                Deal deal = toDeal(row);
                Long firstLine = lineById.putIfAbsent(deal.id(), row.getStartingLineNumber());
                if (firstLine != null) {
                    throw reject(row, id, "duplicate id", quote(deal.id()) + ", first on line " + firstLine);
                }
                deals.add(deal);
            } catch (RowRejected counted) {
                // already counted in problems
            }
        }

        private Deal toDeal(CsvRecord row) throws RowRejected {
            if (row.getFieldCount() < header.size()) {
                problems.add(row.getStartingLineNumber(), null, "row has fewer fields than the header",
                        row.getFieldCount() + " of " + header.size());
                throw RowRejected.INSTANCE;
            }
            String dealId = row.getField(id).strip();
            if (dealId.isEmpty()) {
                throw reject(row, id, "id is empty", null);
            }
            Double value = FieldParsers.number(row.getField(amount));
            if (value == null) {
                throw reject(row, amount, "amount is not a number", quote(row.getField(amount)));
            }
            if (value < 0) {
                throw reject(row, amount, "amount is negative", quote(row.getField(amount)));
            }
            String stageName = mapping.stage(row.getField(stage).strip());
            if (!mapping.stageSetup().contains(stageName)) {
                throw reject(row, stage, "stage is not in the stage setup (map it in the mapping file)",
                        quote(stageName));
            }
            LocalDate close = requiredDate(row, closeDate, "closeDate");
            Outcome result = mapping.outcome(row.getField(outcome));
            if (result == null) {
                throw reject(row, outcome, "outcome is not OPEN, WON, LOST_COMPETITION or LOST_NO_DECISION "
                        + "(map it in the mapping file)", quote(row.getField(outcome)));
            }
            return new Deal(dealId, value, stageName, close, result, text(row, segment), text(row, competitor),
                    text(row, owner), text(row, team), text(row, source), optionalDate(row, originalCloseDate, "originalCloseDate"),
                    optionalDate(row, createdDate, "createdDate"), optionalInclude(row));
        }

        private LocalDate requiredDate(CsvRecord row, int column, String field) throws RowRejected {
            LocalDate date = FieldParsers.date(row.getField(column));
            if (date == null) {
                throw reject(row, column, field + " is not a date (YYYY-MM-DD)",
                        quote(row.getField(column)));
            }
            return date;
        }

        private LocalDate optionalDate(CsvRecord row, int column, String field) throws RowRejected {
            return column < 0 || row.getField(column).isBlank() ? null : requiredDate(row, column, field);
        }

        private Boolean optionalInclude(CsvRecord row) throws RowRejected {
            if (include < 0 || row.getField(include).isBlank()) {
                return null;
            }
            switch (row.getField(include).strip().toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true", "1", "include", "included":
                    return Boolean.TRUE;
                case "no", "n", "false", "0", "exclude", "excluded":
                    return Boolean.FALSE;
                default:
                    throw reject(row, include, "include is not yes or no", quote(row.getField(include)));
            }
        }

        private RowRejected reject(CsvRecord row, int column, String reason, String detail) {
            problems.add(row.getStartingLineNumber(), header.get(column), reason, detail);
            return RowRejected.INSTANCE;
        }

        private String text(CsvRecord row, int column) {
            if (column < 0) {
                return "";
            }
            String value = row.getField(column).strip();
            return interned.computeIfAbsent(value, v -> v);
        }

        private static String quote(String value) {
            return "'" + value + "'";
        }
    }
}
