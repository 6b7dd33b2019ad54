package dev.hourglass.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A dataset's stored row count is only a claim of the file: before anything shows it or sizes a buffer by it, the
 * rows are counted (one range of the row key: about 0.2 s for a million deals on a busy two-core machine) and a
 * count that differs is refused. Counts once confirmed are remembered for the session.
 */
final class RowCounts {
    private final Map<Long, Long> confirmed = new ConcurrentHashMap<>();

    /** Null when the dataset holds as many rows as it says, else the difference in words. */
    String mismatch(Connection connection, Dataset dataset) throws SQLException {
        Long known = confirmed.get(dataset.id());
        if (known != null && known == dataset.rowCount()) {
            return null;
        }
        long stored = count(connection, dataset);
        if (stored != dataset.rowCount()) {
            return "its imported data '" + dataset.name() + "' says it has " + dataset.rowCount() + " rows but "
                    + stored + " are stored";
        }
        confirmed.put(dataset.id(), stored);
        return null;
    }

    /** The dataset's rows are gone (deleted): its id may be given to the next import. */
    void forget(long datasetId) {
        confirmed.remove(datasetId);
    }

    private static long count(Connection connection, Dataset dataset) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM " + tableOf(dataset.kind())
                + " WHERE row_key BETWEEN ? AND ?")) {
            count.setLong(1, DatasetTexts.firstKey(dataset.id()));
            count.setLong(2, DatasetTexts.lastKey(dataset.id()));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String tableOf(Dataset.Kind kind) {
        return switch (kind) {
            case DEALS -> "deal";
            case LEDGER -> "ledger_row";
            case ACCOUNTS -> "account_row";
            case LEADS -> "lead_row";
        };
    }
}
