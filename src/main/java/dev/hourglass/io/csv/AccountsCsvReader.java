package dev.hourglass.io.csv;

import dev.hourglass.io.BadInputException;
import dev.hourglass.model.accounts.Account;
import dev.hourglass.model.accounts.Indicator;
import dev.hourglass.model.accounts.MissingIndicators;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads customer accounts (metrics.md §7, imports.md §7): one row per account with its source and campaign, start
 * date, ARR, renewal date, leading indicators and known outcomes. Only {@code account}, {@code startDate} and
 * {@code arr} are required: a row whose required value is empty or unreadable is left out, counted with its line,
 * column and reason. An optional value that cannot be read (NPS "n/a", seats "2.5", a bad renewal date) is left
 * empty and noted with its line and column; the account stays. An empty indicator is unknown, except that an empty
 * {@code daysToActivation} in a file that has the column means "not activated"; a file without the column says
 * nothing about activation, which is then unknown for every account. A negative {@code expansionArr} is a
 * contraction. Duplicate account ids are refused; a file with no usable row is an error.
 */
public final class AccountsCsvReader {
    public static final List<String> FIELDS = List.of("account", "source", "campaign", "segment", "startDate", "arr",
            "renewalDate", "daysToActivation", "daysToFirstValue", "featuresAdopted", "featuresAvailable",
            "activeUsers", "seats", "ticketsPerActiveUser", "activeStakeholders", "nps", "renewed", "expansionArr",
            "churnDate");
    public static final List<String> REQUIRED = List.of("account", "startDate", "arr");

    /**
     * The accounts read, in file order, the rows left out, and the notes on values: optional values left empty, and
     * values used otherwise than given (adoption above 100 %), each with its line, column and reason.
     */
    public record Result(List<Account> accounts, RowProblems problems, long rowsRead, RowProblems notes,
                         List<Detection> detections) {
        public Result {
            detections = List.copyOf(detections);
        }

        /** The indicators the file gives for no account: left out of every score, their weight shared. */
        public Set<Indicator> missingIndicators() {
            return MissingIndicators.of(accounts);
        }

        /** Each missing indicator in words, e.g. "The file has no daysToActivation column: activation is left out …". */
        public List<String> warnings() {
            return missingIndicators().stream().map(MissingIndicators::explain).toList();
        }
    }

    private AccountsCsvReader() {
    }

    public static Result read(Path file, ImportMapping mapping) throws BadInputException {
        try (CsvFile csv = CsvFile.open(file, FIELDS, ImportKind.ACCOUNTS, mapping)) {
            csv.requireColumns(REQUIRED);
            RowReader rows = new RowReader(csv);
            csv.forEachRow(rows::accept);
            if (rows.accounts.isEmpty()) {
                throw rows.problems.noUsable("account row", rows.rowsRead);
            }
            return new Result(List.copyOf(rows.accounts), rows.problems, rows.rowsRead, rows.notes, csv.detections());
        }
    }

    /** Why a row was left out; no stack trace, a file of bad rows must not pay for one each. */
    private static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String column;
        private final RowReason reason;
        private final RowDetail detail;

        Rejected(String column, RowReason reason, String detail) {
            this(column, reason, RowDetail.value(detail));
        }

        Rejected(String column, RowReason reason, RowDetail detail) {
            super(reason.english(), null, false, false);
            this.column = column;
            this.reason = reason;
            this.detail = detail;
        }

        String column() {
            return column;
        }

        RowReason reason() {
            return reason;
        }

        RowDetail detail() {
            return detail;
        }
    }

    /**
     * Turns rows into accounts; a required field it cannot read rejects the row, an optional one is left empty and
     * noted, naming the column either way.
     */
    private static final class RowReader {
        private final List<Account> accounts = new ArrayList<>();
        private final RowProblems problems;
        private final RowProblems notes;
        private final SeenIds seenIds = new SeenIds();
        private final TextPool texts = new TextPool();
        private final List<String> header;
        private final int[] column = new int[FIELDS.size()];
        private CsvRow row;
        private long rowsRead;

        RowReader(CsvFile csv) {
            problems = new RowProblems(csv.fileName());
            notes = new RowProblems(csv.fileName());
            header = csv.header();
            for (int i = 0; i < FIELDS.size(); i++) {
                column[i] = csv.column(FIELDS.get(i));
            }
        }

        void accept(CsvRow current) {
            rowsRead++;
            row = current;
            if (problems.leftOutIfShort(row, header.size())) {
                return;
            }
            try {
                String id = text("account");
                if (id.isEmpty()) {
                    throw new Rejected(column("account"), RowReason.empty("account"), RowDetail.NONE);
                }
                LocalDate start = date("startDate").orElseThrow(() -> new Rejected(column("startDate"),
                        RowReason.empty("startDate"), RowDetail.NONE));
                double arr = number("arr").orElseThrow(() -> new Rejected(column("arr"), RowReason.empty("arr"), RowDetail.NONE));
                nonNegative("arr", arr);
                // Only a usable row takes its id: a corrected row after a refused one is not a duplicate.
                long firstLine = seenIds.addOrFirstLine(id, row.line());
                if (firstLine >= 0) {
                    throw new Rejected(column("account"),
                            RowReason.of(RowReason.Code.DUPLICATE_ID, "account appears twice"),
                            RowDetail.firstOnLine(id, firstLine));
                }
                accounts.add(account(id, start, arr));
            } catch (Rejected rejected) {
                problems.add(row.line(), rejected.column(), rejected.reason(), rejected.detail());
            }
        }

        /** The account of a row whose required values are good; an optional value it cannot read is left empty. */
        private Account account(String id, LocalDate start, double arr) {
            OptionalDouble tickets = optional("ticketsPerActiveUser", () -> {
                OptionalDouble value = number("ticketsPerActiveUser");
                if (value.isPresent()) {
                    nonNegative("ticketsPerActiveUser", value.getAsDouble());
                }
                return value;
            }, OptionalDouble.empty());
            OptionalInt nps = optional("nps", () -> {
                OptionalInt value = whole("nps");
                if (value.isPresent() && (value.getAsInt() < -100 || value.getAsInt() > 100)) {
                    throw rejected("nps", RowReason.of(RowReason.Code.NPS_OUT_OF_RANGE, "nps is not between -100 and 100"));
                }
                return value;
            }, OptionalInt.empty());
            double expansion = optional("expansionArr", () -> {
                double value = number("expansionArr").orElse(0);
                if (arr + value < 0) {
                    throw rejected("expansionArr", RowReason.of(RowReason.Code.EXPANSION_BELOW_ZERO,
                            "expansionArr contracts the account below 0 ARR"));
                }
                return value;
            }, 0.0);
            OptionalInt adopted = optionalCount("featuresAdopted");
            OptionalInt available = optionalCount("featuresAvailable");
            if (adopted.isPresent() && available.isPresent() && adopted.getAsInt() > available.getAsInt()) {
                notes.add(row.line(), column("featuresAdopted"), RowReason.of(RowReason.Code.ADOPTED_ABOVE_AVAILABLE,
                        "featuresAdopted is above featuresAvailable: adoption counted as 100 %"),
                        RowDetail.of(adopted.getAsInt(), available.getAsInt()));
            }
            boolean activationKnown = index("daysToActivation") >= 0;
            return new Account(id, text("source"), text("campaign"), text("segment"), start, arr,
                    optionalDate("renewalDate"), optionalCount("daysToActivation"), activationKnown,
                    optionalCount("daysToFirstValue"), adopted, available, optionalCount("activeUsers"),
                    optionalCount("seats"), tickets, optionalCount("activeStakeholders"), nps,
                    optional("renewed", () -> yesNo("renewed"), Optional.empty()), expansion,
                    optionalDate("churnDate"));
        }

        /** The value {@code read} gives, or {@code empty} with a note when the file's value cannot be used. */
        private <T> T optional(String field, Supplier<T> read, T empty) {
            try {
                return read.get();
            } catch (Rejected rejected) {
                RowReason reason = rejected.reason();
                notes.add(row.line(), rejected.column(), new RowReason(reason.code(), reason.args(),
                        reason.english() + ": value left empty"), rejected.detail());
                return empty;
            }
        }

        private OptionalInt optionalCount(String field) {
            return optional(field, () -> count(field), OptionalInt.empty());
        }

        private Optional<LocalDate> optionalDate(String field) {
            return optional(field, () -> date(field), Optional.empty());
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

        private Rejected rejected(String field, RowReason reason) {
            return new Rejected(column(field), reason, "'" + row.string(index(field)) + "'");
        }

        private Optional<LocalDate> date(String field) {
            if (blank(field)) {
                return Optional.empty();
            }
            LocalDate value = row.date(index(field));
            if (value == null) {
                throw rejected(field, RowReason.notADate(field, row.dateExpected(index(field))));
            }
            return Optional.of(value);
        }

        private OptionalDouble number(String field) {
            if (blank(field)) {
                return OptionalDouble.empty();
            }
            Double value = row.number(index(field));
            if (value == null || value.isNaN() || value.isInfinite()) {
                throw rejected(field, RowReason.notANumber(field));
            }
            if (NumberLimit.exceeded(value)) {
                throw rejected(field, RowReason.tooLarge(field));
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
                throw rejected(field, RowReason.of(RowReason.Code.NOT_A_WHOLE_NUMBER, field + " is not a whole number",
                        field));
            }
            if (Math.abs(v) > Integer.MAX_VALUE) {
                throw rejected(field, RowReason.of(RowReason.Code.WHOLE_NUMBER_TOO_LARGE, field + " is too large", field));
            }
            return OptionalInt.of((int) v);
        }

        private OptionalInt count(String field) {
            OptionalInt value = whole(field);
            if (value.isPresent() && value.getAsInt() < 0) {
                throw rejected(field, RowReason.negative(field));
            }
            return value;
        }

        private void nonNegative(String field, double value) {
            if (value < 0) {
                throw rejected(field, RowReason.negative(field));
            }
        }

        private Optional<Boolean> yesNo(String field) {
            if (blank(field)) {
                return Optional.empty();
            }
            return switch (row.string(index(field)).strip().toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true", "1", "renewed" -> Optional.of(true);
                case "no", "n", "false", "0", "churned" -> Optional.of(false);
                default -> throw rejected(field, RowReason.of(RowReason.Code.NOT_YES_OR_NO, field + " is not yes or no",
                        field));
            };
        }
    }
}
