package dev.hourglass.store;

import dev.hourglass.model.actuals.Ledger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;

/** Imported subscription ledgers (table ledger_row): one row per customer and month, MRR summed. */
final class LedgerTable {
    private static final int BATCH = 4096;

    private LedgerTable() {
    }

    static long write(Connection connection, long datasetId, Ledger ledger) throws SQLException {
        long[] rows = {0};
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ledger_row (dataset_id, customer, month, mrr) VALUES (?, ?, ?, ?)")) {
            try {
                ledger.forEachRow((customer, month, mrr) -> {
                    try {
                        insert.setLong(1, datasetId);
                        insert.setString(2, customer);
                        insert.setInt(3, month.getYear() * 12 + month.getMonthValue() - 1);
                        insert.setDouble(4, mrr);
                        insert.addBatch();
                        if (++rows[0] % BATCH == 0) {
                            insert.executeBatch();
                        }
                    } catch (SQLException e) {
                        throw new DealTable.StoreFailure(e);
                    }
                });
            } catch (DealTable.StoreFailure e) {
                throw e.getCause();
            }
            insert.executeBatch();
        }
        return rows[0];
    }

    static Ledger read(Connection connection, long datasetId) throws SQLException {
        Ledger.Builder builder = Ledger.builder();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT customer, month, mrr FROM ledger_row WHERE dataset_id = ?")) {
            select.setFetchSize(BATCH);
            select.setLong(1, datasetId);
            try (ResultSet rows = select.executeQuery()) {
                String previous = null;
                while (rows.next()) {
                    String customer = rows.getString(1);
                    if (customer.equals(previous)) {
                        customer = previous;
                    }
                    int month = rows.getInt(2);
                    builder.add(customer, YearMonth.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1),
                            rows.getDouble(3));
                    previous = customer;
                }
            }
        }
        return builder.build();
    }
}
