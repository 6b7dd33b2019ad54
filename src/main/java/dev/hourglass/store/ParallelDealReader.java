package dev.hourglass.store;

import dev.hourglass.model.pipeline.Deal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * Reads a large deals dataset on two cores: the second half on its own read-only connection into memory while
 * the first half streams to the caller, then the second half follows, so the caller still sees import order.
 * Reading through JDBC, not computing, is what a million deals cost.
 */
final class ParallelDealReader {
    /** Below this many deals one connection is as quick. */
    static final long THRESHOLD = 100_000;

    private ParallelDealReader() {
    }

    static void read(Connection connection, Path databaseFile, Dataset dataset, Consumer<Deal> sink)
            throws SQLException {
        long datasetId = dataset.id();
        String[] texts = DatasetTexts.read(connection, datasetId);
        long half = dataset.rowCount() / 2;
        FutureTask<List<Deal>> secondHalf = new FutureTask<>(() -> {
            List<Deal> deals = new ArrayList<>();
            try (Connection reader = WorkbookConnections.open(databaseFile, true)) {
                DealTable.read(reader, datasetId, texts, half, 0xFFFF_FFFFL, deals::add);
            }
            return deals;
        });
        Thread worker = new Thread(secondHalf, "read-deals");
        worker.setDaemon(true);
        worker.start();
        try {
            DealTable.read(connection, datasetId, texts, 0, half - 1, sink);
            secondHalf.get().forEach(sink);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            secondHalf.cancel(true);
            throw new SQLException("reading deals was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new SQLException(e.getCause());
        } catch (RuntimeException | SQLException e) {
            secondHalf.cancel(true);
            throw e;
        }
    }
}
