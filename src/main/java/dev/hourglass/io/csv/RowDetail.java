package dev.hourglass.io.csv;

import java.util.List;

/**
 * What a left-out row shows after its place, as a code with arguments for the desktop to say in its language, and
 * the English the CLI prints. Most details are the row's own value ({@link Code#VALUE}), the same in every language.
 */
public record RowDetail(Code code, List<String> args) {

    /** What the detail says; the arguments each code takes are listed with it. */
    public enum Code {
        /** The row's own value, as it is: value. */
        VALUE,
        /** An id an earlier row already has: id, that row's line. */
        FIRST_ON_LINE,
        /** A count of a whole: count, whole ("3 of 5"). */
        OF,
        /** A customer-month whose rows add up to less than 0: customer, month, sum, the rows' lines ("3, 4"). */
        MONTH_SUM,
        /** A date before the one it must follow: the date, the other (both quoted). */
        BEFORE
    }

    /** No detail: the place and reason say it all. */
    public static final RowDetail NONE = new RowDetail(Code.VALUE, List.of(""));

    public RowDetail {
        args = List.copyOf(args);
    }

    /** The row's own value; null or "" for none. */
    public static RowDetail value(String value) {
        return new RowDetail(Code.VALUE, List.of(value == null ? "" : value));
    }

    public static RowDetail firstOnLine(String id, long line) {
        return new RowDetail(Code.FIRST_ON_LINE, List.of(id, String.valueOf(line)));
    }

    public static RowDetail of(long count, long whole) {
        return new RowDetail(Code.OF, List.of(String.valueOf(count), String.valueOf(whole)));
    }

    public static RowDetail monthSum(String customer, String month, String sum, List<Long> lines) {
        return new RowDetail(Code.MONTH_SUM, List.of(customer, month, sum,
                String.join(", ", lines.stream().map(String::valueOf).toList())));
    }

    public static RowDetail before(String date, String other) {
        return new RowDetail(Code.BEFORE, List.of(date, other));
    }

    /** The detail as the CLI prints it: "'A-17', first on line 4", "3 of 5". */
    public String english() {
        return switch (code) {
            case VALUE -> args.get(0);
            case FIRST_ON_LINE -> "'" + args.get(0) + "', first on line " + args.get(1);
            case OF -> args.get(0) + " of " + args.get(1);
            case MONTH_SUM -> "customer '" + args.get(0) + "', " + args.get(1) + ": " + args.get(2) + " from line"
                    + (args.get(3).contains(",") ? "s " : " ") + args.get(3);
            case BEFORE -> args.get(0) + " before " + args.get(1);
        };
    }
}
