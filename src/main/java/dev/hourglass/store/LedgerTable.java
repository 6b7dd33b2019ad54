package dev.hourglass.store;

import dev.hourglass.model.actuals.Ledger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Imported subscription ledgers (table ledger_row, customers in dataset_text): one row per customer and month. */
final class LedgerTable {
    private static final int BATCH = 4096;
    private static final int MONTH_BITS = 17;

    private LedgerTable() {
    }

    static long write(Connection connection, long datasetId, Ledger ledger) throws SQLException {
        DatasetTexts customers = new DatasetTexts();
        Map<String, String> segmentOf = new HashMap<>();
        for (int c = 0; c < ledger.customerCount(); c++) {
            segmentOf.put(ledger.customerName(c), ledger.segmentOf(c));
        }
        long[] rows = {0};
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ledger_row (row_key, dataset_id, customer, month, mrr, segment) VALUES (?, ?, ?, ?, ?, ?)")) {
            try {
                ledger.forEachRow((customer, month, mrr) -> {
                    try {
                        insert.setLong(1, DatasetTexts.firstKey(datasetId) + rows[0]);
                        insert.setLong(2, datasetId);
                        insert.setInt(3, customers.code(customer));
                        insert.setInt(4, month.getYear() * 12 + month.getMonthValue() - 1);
                        insert.setDouble(5, mrr);
                        String segment = segmentOf.getOrDefault(customer, "");
                        if (segment.isEmpty()) {
                            insert.setNull(6, Types.INTEGER);
                        } else {
                            insert.setInt(6, customers.code(segment));
                        }
                        insert.addBatch();
                        if (++rows[0] % BATCH == 0) {
                            insert.executeBatch();
                        }
                    } catch (SQLException e) {
                        throw new StoreFailure(e);
                    }
                });
            } catch (StoreFailure e) {
                throw e.getCause();
            }
            insert.executeBatch();
        }
        customers.write(connection, datasetId);
        return rows[0];
    }

    static Ledger read(Connection connection, long datasetId) throws SQLException {
        String[] customers = DatasetTexts.read(connection, datasetId);
        int textBits = PackedColumns.bitsFor(customers.length + 2);
        PackedColumns packing = new PackedColumns(List.of(new PackedColumns.Field("month", MONTH_BITS),
                new PackedColumns.Field("min(customer, " + customers.length + ")", textBits),
                new PackedColumns.Field("coalesce(min(segment, " + customers.length + ") + 1, 0)", textBits)));
        long[] packed = new long[packing.valueCount()];
        Ledger.Builder builder = Ledger.builder();
        try (PreparedStatement select = connection.prepareStatement("SELECT mrr, " + packing.selectList()
                + " FROM ledger_row WHERE row_key BETWEEN ? AND ?")) {
            select.setFetchSize(BATCH);
            select.setLong(1, DatasetTexts.firstKey(datasetId));
            select.setLong(2, DatasetTexts.lastKey(datasetId));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    packing.read(rows, 2, packed);
                    int month = packing.intField(packed, 0);
                    int segment = packing.intField(packed, 2);
                    builder.add(customers[packing.intField(packed, 1)], YearMonth.of(month / 12, month % 12 + 1),
                            rows.getDouble(1), segment == 0 ? null : customers[segment - 1]);
                }
            }
        }
        return builder.build();
    }
}
