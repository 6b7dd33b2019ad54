package dev.hourglass.store;

import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.Phase;
import dev.hourglass.model.pipeline.Stage;
import dev.hourglass.model.pipeline.StageSetup;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Imported deals (table deal) and the stage setup they were mapped to (table dataset_stage). */
final class DealTable {
    private static final int BATCH = 4096;

    private DealTable() {
    }

    /** Receives deals one at a time, inside the import's transaction. */
    static final class Writer implements Consumer<Deal>, AutoCloseable {
        private final PreparedStatement insert;
        private final long datasetId;
        private long rows;
        private int pending;

        Writer(Connection connection, long datasetId) throws SQLException {
            this.insert = connection.prepareStatement("INSERT INTO deal (dataset_id, deal_id, amount, stage, "
                    + "close_date, outcome, segment, competitor, owner, team, source, original_close_date, "
                    + "created_date, include) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            this.datasetId = datasetId;
        }

        @Override
        public void accept(Deal deal) {
            try {
                insert.setLong(1, datasetId);
                insert.setString(2, deal.id());
                insert.setDouble(3, deal.amount());
                insert.setString(4, deal.stage());
                insert.setLong(5, deal.closeDate().toEpochDay());
                insert.setString(6, deal.outcome().name());
                insert.setString(7, deal.segment());
                insert.setString(8, deal.competitor());
                insert.setString(9, deal.owner());
                insert.setString(10, deal.team());
                insert.setString(11, deal.source());
                setDate(12, deal.originalCloseDate());
                setDate(13, deal.createdDate());
                if (deal.include() == null) {
                    insert.setNull(14, Types.INTEGER);
                } else {
                    insert.setInt(14, deal.include() ? 1 : 0);
                }
                insert.addBatch();
                rows++;
                if (++pending == BATCH) {
                    flush();
                }
            } catch (SQLException e) {
                throw new StoreFailure(e);
            }
        }

        long finish() throws SQLException {
            flush();
            return rows;
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }

        private void setDate(int index, LocalDate date) throws SQLException {
            if (date == null) {
                insert.setNull(index, Types.INTEGER);
            } else {
                insert.setLong(index, date.toEpochDay());
            }
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }

    static void read(Connection connection, long datasetId, Consumer<Deal> sink) throws SQLException {
        Map<String, String> texts = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT deal_id, amount, stage, close_date, "
                + "outcome, segment, competitor, owner, team, source, original_close_date, created_date, include "
                + "FROM deal WHERE dataset_id = ?")) {
            select.setFetchSize(BATCH);
            select.setLong(1, datasetId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sink.accept(new Deal(rows.getString(1), rows.getDouble(2), pooled(texts, rows.getString(3)),
                            LocalDate.ofEpochDay(rows.getLong(4)), Outcome.valueOf(rows.getString(5)),
                            pooled(texts, rows.getString(6)), pooled(texts, rows.getString(7)),
                            pooled(texts, rows.getString(8)), pooled(texts, rows.getString(9)),
                            pooled(texts, rows.getString(10)), date(rows, 11), date(rows, 12), include(rows)));
                }
            }
        }
    }

    static void writeStages(Connection connection, long datasetId, StageSetup setup) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO dataset_stage (dataset_id, position, name, phase, is_sal) VALUES (?, ?, ?, ?, ?)")) {
            List<Stage> stages = setup.stages();
            for (int i = 0; i < stages.size(); i++) {
                insert.setLong(1, datasetId);
                insert.setInt(2, i);
                insert.setString(3, stages.get(i).name());
                insert.setString(4, stages.get(i).phase().name());
                insert.setInt(5, stages.get(i).name().equals(setup.salStage()) ? 1 : 0);
                insert.executeUpdate();
            }
        }
    }

    static StageSetup readStages(Connection connection, long datasetId) throws SQLException {
        List<Stage> stages = new ArrayList<>();
        String sal = null;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name, phase, is_sal FROM dataset_stage WHERE dataset_id = ? ORDER BY position")) {
            select.setLong(1, datasetId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stages.add(new Stage(rows.getString(1), Phase.valueOf(rows.getString(2))));
                    if (rows.getInt(3) == 1) {
                        sal = rows.getString(1);
                    }
                }
            }
        }
        return new StageSetup(stages, sal);
    }

    private static String pooled(Map<String, String> texts, String text) {
        String known = texts.putIfAbsent(text, text);
        return known == null ? text : known;
    }

    private static LocalDate date(ResultSet rows, int column) throws SQLException {
        long day = rows.getLong(column);
        return rows.wasNull() ? null : LocalDate.ofEpochDay(day);
    }

    private static Boolean include(ResultSet rows) throws SQLException {
        int value = rows.getInt(13);
        return rows.wasNull() ? null : value != 0;
    }

    /** Carries an SQL failure out of a {@link Consumer}; the import unwraps it. */
    static final class StoreFailure extends RuntimeException {
        StoreFailure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
