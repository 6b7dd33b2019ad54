package dev.hourglass.io.csv;

import java.util.List;

/**
 * The currencies of a ledger's or a subscriptions file's currency column, counted row by row, so that MRR in two
 * currencies is named in the report as a warning ({@link CurrencyCounts#mrrDetection}). One instance a reading thread.
 */
final class MrrCurrencies {
    /** A currency column's names: the billing exports' ({@link AmountUnit#CURRENCY_COLUMNS}) and plain ones. */
    private static final List<String> COLUMNS = List.of("Currency", "Currency Code", "currency_code", "plan_currency",
            "price_currency", "Account.Currency", "Subscription.Currency", "Customer Currency", "Billing Currency");
    private final int column;
    private final CurrencyCounts counts = new CurrencyCounts();
    private final TextPool texts = new TextPool();

    private MrrCurrencies(int column) {
        this.column = column;
    }

    /** The column of a file giving each row's currency, or -1 when it has none. */
    static int columnOf(CsvFile csv) {
        return csv.headerColumn(COLUMNS);
    }

    static MrrCurrencies of(int column) {
        return new MrrCurrencies(column);
    }

    void count(CsvRow row) {
        if (row.fieldCount() > column) {
            counts.count(row.text(column, texts));
        }
    }

    /** The counts of a later part of the file, after this one's. */
    void addAll(MrrCurrencies later) {
        counts.addAll(later.counts);
    }

    /** The warning when the rows are in more than one currency, else null. */
    Detection detection(List<String> header, int mrrColumn) {
        return counts.mrrDetection(header.get(mrrColumn), header.get(column));
    }
}
