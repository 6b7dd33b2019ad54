package dev.hourglass.io.csv;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.FileProblem;
import dev.hourglass.model.actuals.Subscription;
import dev.hourglass.model.actuals.SubscriptionLedger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a billing system's subscriptions export (imports.md §4): one row per subscription or subscription item
 * with customer, start, optional end, and either {@code mrr} or {@code amount} per {@code interval} (times
 * {@code intervalCount}, Stripe's interval count), times {@code quantity}. {@code isTrial}, or a {@code status} of
 * {@code trialing}/{@code in_trial}, makes it a trial. A negative mrr or amount is a credit or discount, summed into
 * the customer's months. Unusable rows are counted with their line, column and
 * reason; a file with no usable row is an error.
 */
public final class SubscriptionsCsvReader {
    public static final List<String> FIELDS = List.of("customer", "start", "end", "mrr", "amount", "interval",
            "intervalCount", "quantity", "segment", "plan", "isTrial", "status", "trialEnd");
    public static final List<String> REQUIRED = List.of("customer", "start");
    /** Statuses of a trial: Stripe's and Chargebee's. */
    private static final Set<String> TRIAL_STATUSES = Set.of("trialing", "intrial", "trial");
    /** Statuses of a subscription that has ended: without an end date, the month it ended is unknown. */
    private static final Set<String> ENDED_STATUSES = Set.of("canceled", "cancelled", "ended", "expired",
            "incompleteexpired");

    /** The subscriptions read, in file order, each one's line, and the rows left out. */
    public record Result(String fileName, List<Subscription> subscriptions, List<Long> lines, RowProblems problems,
                         long rowsRead, List<Detection> detections) {
        public Result {
            lines = List.copyOf(lines);
            detections = List.copyOf(detections);
        }

        /**
         * The monthly ledger of the subscriptions (SubscriptionLedger), up to the last complete month on
         * {@code asOf}; when it is null, on the file's latest date but never after today, since an end date in
         * the future (a cancellation at the period's end) is not data yet. An error when no month has MRR.
         */
        public SubscriptionLedger.Expanded expand(LocalDate asOf) throws BadInputException {
            LocalDate today = LocalDate.now();
            LocalDate latest = SubscriptionLedger.latestDate(subscriptions);
            SubscriptionLedger.Expanded expanded = SubscriptionLedger.expand(subscriptions,
                    asOf != null ? asOf : latest.isAfter(today) ? today : latest);
            if (expanded.ledger().isEmpty()) {
                throw new BadInputException(fileName + ": none of its " + subscriptions.size() + " subscriptions "
                        + "has MRR at the end of a month up to " + expanded.lastMonth() + " (as of " + expanded.asOf()
                        + "; trials count 0)", FileProblem.of(FileProblem.Code.NO_SUBSCRIPTION_WITH_MRR, fileName,
                        subscriptions.size(), expanded.lastMonth().toString(), expanded.asOf().toString()));
            }
            return expanded;
        }
    }

    private SubscriptionsCsvReader() {
    }

    public static Result read(Path file, ImportMapping mapping) throws BadInputException {
        try (CsvFile csv = CsvFile.open(file, FIELDS, ImportKind.SUBSCRIPTIONS, mapping)) {
            csv.requireColumns(REQUIRED);
            if (csv.column("mrr") < 0) {
                csv.requireColumns(List.of("amount", "interval"));
            }
            RowReader rows = new RowReader(csv);
            csv.forEachRow(rows::accept);
            if (rows.subscriptions.isEmpty()) {
                throw rows.problems.noUsable("subscription row", rows.rowsRead);
            }
            List<Detection> detections = new ArrayList<>(csv.detections());
            Detection mixed = rows.currencies == null ? null : rows.currencies.detection(csv.header(),
                    csv.column("mrr") >= 0 ? csv.column("mrr") : csv.column("amount"));
            if (mixed != null) {
                detections.add(mixed);
            }
            return new Result(csv.fileName(), List.copyOf(rows.subscriptions), rows.lines, rows.problems, rows.rowsRead,
                    detections);
        }
    }

    /** Turns rows into subscriptions; a field it cannot read leaves the row out, naming the column. */
    private static final class RowReader {
        private final List<Subscription> subscriptions = new ArrayList<>();
        private final List<Long> lines = new ArrayList<>();
        private final RowProblems problems;
        private final TextPool texts = new TextPool();
        private final List<String> header;
        private final int customer;
        private final int start;
        private final int end;
        private final int mrr;
        private final int amount;
        private final int interval;
        private final int intervalCount;
        private final int quantity;
        private final int segment;
        private final int plan;
        private final int isTrial;
        private final int status;
        private final int trialEnd;
        /** The rows' currencies when the file has a currency column, else null. */
        private final MrrCurrencies currencies;
        private long rowsRead;

        RowReader(CsvFile csv) {
            problems = new RowProblems(csv.fileName());
            header = csv.header();
            customer = csv.column("customer");
            start = csv.column("start");
            end = csv.column("end");
            mrr = csv.column("mrr");
            amount = csv.column("amount");
            interval = csv.column("interval");
            intervalCount = csv.column("intervalCount");
            quantity = csv.column("quantity");
            segment = csv.column("segment");
            plan = csv.column("plan");
            isTrial = csv.column("isTrial");
            status = csv.column("status");
            trialEnd = csv.column("trialEnd");
            int currency = MrrCurrencies.columnOf(csv);
            currencies = currency < 0 ? null : MrrCurrencies.of(currency);
        }

        void accept(CsvRow row) {
            rowsRead++;
            if (currencies != null) {
                currencies.count(row);
            }
            try {
                subscriptions.add(toSubscription(row));
                lines.add(row.line());
            } catch (RowRejected counted) {
                // already counted in problems
            }
        }

        private Subscription toSubscription(CsvRow row) throws RowRejected {
            if (problems.leftOutIfShort(row, header.size())) {
                throw RowRejected.INSTANCE;
            }
            String name = row.text(customer, texts);
            if (name.isEmpty()) {
                throw reject(row, customer, RowReason.empty("customer"), RowDetail.NONE);
            }
            LocalDate from = row.date(start);
            if (from == null) {
                throw reject(row, start, row.isBlank(start) ? RowReason.empty("start")
                        : RowReason.of(RowReason.Code.NOT_A_DATE, "start is not a date", "start"),
                        quote(row, start));
            }
            LocalDate to = endDate(row, from);
            boolean trial = trial(row);
            if (to == null && status >= 0 && ENDED_STATUSES.contains(key(row.string(status)))) {
                throw reject(row, status, RowReason.of(RowReason.Code.ENDED_WITHOUT_END,
                        "the subscription has ended but end is empty (the month it ended is unknown)"),
                        quote(row, status));
            }
            // the day the trial ended: the subscription pays from then (Subscription.paidFrom)
            return new Subscription(name, from, to, monthlyRevenue(row), text(row, segment), text(row, plan), trial,
                    optionalDate(row, trialEnd, "trialEnd"));
        }

        private LocalDate endDate(CsvRow row, LocalDate from) throws RowRejected {
            LocalDate to = optionalDate(row, end, "end");
            if (to != null && to.isBefore(from)) {
                throw reject(row, end, RowReason.of(RowReason.Code.END_BEFORE_START, "end is before start"),
                        RowDetail.before(quote(row, end), quote(row, start)));
            }
            return to;
        }

        /** The date in the column, null without the column or a value; a value that is no date leaves the row out. */
        private LocalDate optionalDate(CsvRow row, int column, String field) throws RowRejected {
            if (column < 0 || row.isBlank(column)) {
                return null;
            }
            LocalDate day = row.date(column);
            if (day == null) {
                throw reject(row, column, RowReason.of(RowReason.Code.NOT_A_DATE, field + " is not a date", field),
                        quote(row, column));
            }
            return day;
        }

        private boolean trial(CsvRow row) throws RowRejected {
            if (status >= 0 && TRIAL_STATUSES.contains(key(row.string(status)))) {
                return true;
            }
            if (isTrial < 0 || row.isBlank(isTrial)) {
                return false;
            }
            switch (row.string(isTrial).strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1":
                    return true;
                case "false", "no", "n", "0":
                    return false;
                default:
                    throw reject(row, isTrial, RowReason.of(RowReason.Code.NOT_TRUE_OR_FALSE,
                            "isTrial is not true/false, yes/no or 1/0", "isTrial"), quote(row, isTrial));
            }
        }

        /** The row's {@code mrr} when given, else amount × quantity ÷ the months of interval × interval count. */
        private double monthlyRevenue(CsvRow row) throws RowRejected {
            if (mrr >= 0 && !row.isBlank(mrr)) {
                return number(row, mrr, "mrr");
            }
            if (amount < 0 || row.isBlank(amount)) {
                RowReason reason = mrr < 0 ? RowReason.empty("amount") : amount < 0 ? RowReason.empty("mrr")
                        : RowReason.of(RowReason.Code.MRR_AND_AMOUNT_EMPTY, "mrr and amount are empty");
                throw reject(row, mrr >= 0 ? mrr : amount, reason, RowDetail.NONE);
            }
            double price = number(row, amount, "amount");
            if (interval < 0 || row.isBlank(interval)) {
                throw reject(row, interval < 0 ? amount : interval, RowReason.of(RowReason.Code.AMOUNT_WITHOUT_INTERVAL,
                        "amount is given without an interval"), RowDetail.NONE);
            }
            Double months = BillingInterval.months(row.string(interval));
            if (months == null) {
                throw reject(row, interval, RowReason.of(RowReason.Code.INTERVAL_UNKNOWN,
                        "interval is not " + BillingInterval.EXPECTED), quote(row, interval));
            }
            double count = optionalPositive(row, intervalCount, "intervalCount");
            double units = quantity < 0 || row.isBlank(quantity) ? 1 : nonNegative(row, quantity, "quantity");
            double monthly = price * units / (months * count);
            if (!Double.isFinite(monthly) || NumberLimit.exceeded(monthly)) {
                throw reject(row, amount, RowReason.of(RowReason.Code.AMOUNT_TIMES_QUANTITY_TOO_LARGE,
                        "amount × quantity is too large"), quote(row, amount));
            }
            return monthly;
        }

        /** A number; a negative mrr or amount is a credit or discount. */
        private double number(CsvRow row, int column, String field) throws RowRejected {
            Double value = row.number(column);
            if (value == null) {
                throw reject(row, column, RowReason.notANumber(field), quote(row, column));
            }
            if (NumberLimit.exceeded(value)) {
                throw reject(row, column, RowReason.tooLarge(field), quote(row, column));
            }
            return value;
        }

        private double nonNegative(CsvRow row, int column, String field) throws RowRejected {
            double value = number(row, column, field);
            if (value < 0) {
                throw reject(row, column, RowReason.negative(field), quote(row, column));
            }
            return value;
        }

        private double optionalPositive(CsvRow row, int column, String field) throws RowRejected {
            if (column < 0 || row.isBlank(column)) {
                return 1;
            }
            Double value = row.number(column);
            if (value == null || value <= 0) {
                throw reject(row, column, RowReason.of(RowReason.Code.NOT_POSITIVE,
                        field + " is not a positive number", field), quote(row, column));
            }
            if (NumberLimit.exceeded(value)) {
                throw reject(row, column, RowReason.tooLarge(field), quote(row, column));
            }
            return value;
        }

        private String text(CsvRow row, int column) {
            return column < 0 ? "" : row.text(column, texts);
        }

        private RowRejected reject(CsvRow row, int column, RowReason reason, String detail) {
            return reject(row, column, reason, RowDetail.value(detail));
        }

        private RowRejected reject(CsvRow row, int column, RowReason reason, RowDetail detail) {
            problems.add(row.line(), header.get(column), reason, detail);
            return RowRejected.INSTANCE;
        }

        private static String quote(CsvRow row, int column) {
            return "'" + row.string(column) + "'";
        }

        /** A status as a key: lower case, without spaces, '_' or '-' ("In Trial", "in_trial" → "intrial"). */
        private static String key(String status) {
            return CsvFile.key(status.strip());
        }
    }
}
