package dev.hourglass.io.csv;

import dev.hourglass.io.BadInputException;
import dev.hourglass.model.accounts.Account;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Reads customer accounts (metrics.md §7): one row per account with its source and campaign, start date, ARR,
 * renewal date, leading indicators and known outcomes. Only {@code account}, {@code startDate} and {@code arr} are
 * required; an empty indicator is unknown (an empty {@code daysToActivation}: not activated). Unusable rows are
 * counted with their line, column and reason; duplicate account ids are refused; a file with no usable row is an
 * error.
 */
public final class AccountsCsvReader {
    public static final List<String> FIELDS = List.of("account", "source", "campaign", "segment", "startDate", "arr",
            "renewalDate", "daysToActivation", "daysToFirstValue", "featuresAdopted", "featuresAvailable",
            "activeUsers", "seats", "ticketsPerActiveUser", "activeStakeholders", "nps", "renewed", "expansionArr",
            "churnDate");
    public static final List<String> REQUIRED = List.of("account", "startDate", "arr");

    /** The accounts read, in file order, and the rows left out. */
    public record Result(List<Account> accounts, RowProblems problems, long rowsRead) {
    }

    private AccountsCsvReader() {
    }

    public static Result read(Path file, ImportMapping mapping) throws BadInputException {
        try (CsvFile csv = CsvFile.open(file, FIELDS, mapping)) {
            csv.requireColumns(REQUIRED);
            RowReader rows = new RowReader(csv);
            csv.forEachRow(rows::accept);
            if (rows.accounts.isEmpty()) {
                throw new BadInputException(csv.fileName() + ": no usable account row in " + rows.rowsRead + " row"
                        + (rows.rowsRead == 1 ? "" : "s") + DealsCsvReader.firstProblem(rows.problems));
            }
            return new Result(List.copyOf(rows.accounts), rows.problems, rows.rowsRead);
        }
    }

    /** Why a row was left out; no stack trace, a file of bad rows must not pay for one each. */
    private static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String column;
        private final String reason;
        private final String detail;

        Rejected(String column, String reason, String detail) {
            super(reason, null, false, false);
            this.column = column;
            this.reason = reason;
            this.detail = detail;
        }

        String column() {
            return column;
        }

        String reason() {
            return reason;
        }

        String detail() {
            return detail;
        }
    }

    /** Turns rows into accounts; a field it cannot read rejects the row, naming the column. */
    private static final class RowReader {
        private final List<Account> accounts = new ArrayList<>();
        private final RowProblems problems;
        private final SeenIds seenIds = new SeenIds();
        private final TextPool texts = new TextPool();
        private final List<String> header;
        private final int[] column = new int[FIELDS.size()];
        private CsvRow row;
        private long rowsRead;

        RowReader(CsvFile csv) {
            problems = new RowProblems(csv.fileName());
            header = csv.header();
            for (int i = 0; i < FIELDS.size(); i++) {
                column[i] = csv.column(FIELDS.get(i));
            }
        }

        void accept(CsvRow current) {
            rowsRead++;
            row = current;
            if (row.fieldCount() < header.size()) {
                problems.add(row.line(), null, "row has fewer fields than the header",
                        row.fieldCount() + " of " + header.size());
                return;
            }
            try {
                String id = text("account");
                if (id.isEmpty()) {
                    throw new Rejected(column("account"), "account is empty", null);
                }
                LocalDate start = date("startDate").orElseThrow(() -> new Rejected(column("startDate"),
                        "startDate is empty", null));
                double arr = number("arr").orElseThrow(() -> new Rejected(column("arr"), "arr is empty", null));
                nonNegative("arr", arr);
                OptionalDouble tickets = number("ticketsPerActiveUser");
                if (tickets.isPresent()) {
                    nonNegative("ticketsPerActiveUser", tickets.getAsDouble());
                }
                OptionalInt nps = whole("nps");
                if (nps.isPresent() && (nps.getAsInt() < -100 || nps.getAsInt() > 100)) {
                    throw rejected("nps", "nps is not between -100 and 100");
                }
                double expansion = number("expansionArr").orElse(0);
                nonNegative("expansionArr", expansion);
                Account account = new Account(id, text("source"), text("campaign"), text("segment"), start, arr,
                        date("renewalDate"), count("daysToActivation"), count("daysToFirstValue"),
                        count("featuresAdopted"), count("featuresAvailable"), count("activeUsers"), count("seats"),
                        tickets, count("activeStakeholders"), nps, yesNo("renewed"), expansion, date("churnDate"));
                // Only a usable row takes its id: a corrected row after a refused one is not a duplicate.
                long firstLine = seenIds.addOrFirstLine(id, row.line());
                if (firstLine >= 0) {
                    throw new Rejected(column("account"), "account appears twice",
                            "'" + id + "', first on line " + firstLine);
                }
                accounts.add(account);
            } catch (Rejected rejected) {
                problems.add(row.line(), rejected.column(), rejected.reason(), rejected.detail());
            }
        }

        private int index(String field) {
            return column[FIELDS.indexOf(field)];
        }

        private String column(String field) {
            int i = index(field);
            return i < 0 ? field : header.get(i);
        }

        private boolean blank(String field) {
            int i = index(field);
            return i < 0 || row.isBlank(i);
        }

        private String text(String field) {
            int i = index(field);
            return i < 0 ? "" : row.text(i, texts);
        }

        private Rejected rejected(String field, String reason) {
            return new Rejected(column(field), reason, "'" + row.string(index(field)) + "'");
        }

        private Optional<LocalDate> date(String field) {
            if (blank(field)) {
                return Optional.empty();
            }
            LocalDate value = row.date(index(field));
            if (value == null) {
                throw rejected(field, field + " is not a date " + row.dateExpected(index(field)));
            }
            return Optional.of(value);
        }

        private OptionalDouble number(String field) {
            if (blank(field)) {
                return OptionalDouble.empty();
            }
            Double value = row.number(index(field));
            if (value == null || value.isNaN() || value.isInfinite()) {
                throw rejected(field, field + " is not a number");
            }
            return OptionalDouble.of(value);
        }

        private OptionalInt whole(String field) {
            OptionalDouble value = number(field);
            if (value.isEmpty()) {
                return OptionalInt.empty();
            }
            double v = value.getAsDouble();
            if (v != Math.rint(v)) {
                throw rejected(field, field + " is not a whole number");
            }
            if (Math.abs(v) > Integer.MAX_VALUE) {
                throw rejected(field, field + " is too large");
            }
            return OptionalInt.of((int) v);
        }

        private OptionalInt count(String field) {
            OptionalInt value = whole(field);
            if (value.isPresent() && value.getAsInt() < 0) {
                throw rejected(field, field + " is negative");
            }
            return value;
        }

        private void nonNegative(String field, double value) {
            if (value < 0) {
                throw rejected(field, field + " is negative");
            }
        }

        private Optional<Boolean> yesNo(String field) {
            if (blank(field)) {
                return Optional.empty();
            }
            return switch (row.string(index(field)).strip().toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true", "1", "renewed" -> Optional.of(true);
                case "no", "n", "false", "0", "churned" -> Optional.of(false);
                default -> throw rejected(field, field + " is not yes or no");
            };
        }
    }
}
