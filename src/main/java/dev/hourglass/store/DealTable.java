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
import java.util.List;
import java.util.function.Consumer;

/**
 * Imported deals (table deal, texts in dataset_text) and the stage setup they were mapped to (dataset_stage).
 *
 * <p>Reading a million rows through JDBC costs a native call per column and row, so the read query packs the
 * small integer columns into a few 64-bit values ({@link PackedColumns}): typically four calls per deal instead of
 * thirteen, which keeps opening a 1,000,000-deal workbook under a second.
 */
final class DealTable {
    private static final int BATCH = 4096;
    /** Outcome codes as stored; fixed, whatever the order of the enum. */
    private static final Outcome[] OUTCOMES = {Outcome.OPEN, Outcome.WON, Outcome.LOST_COMPETITION,
        Outcome.LOST_NO_DECISION};
    /** Dates are packed as epoch day + this, so years 0000-9999 are positive and 0 is "no date". */
    private static final long DATE_OFFSET = (1L << 20) + 1;
    private static final int DATE_BITS = 22;
    private static final int CLOSE = 0;
    private static final int ORIGINAL_CLOSE = 1;
    private static final int OUTCOME = 2;
    private static final int INCLUDE = 3;
    private static final int CREATED = 4;
    private static final int STAGE = 5;
    private static final int SEGMENT = 6;
    private static final int COMPETITOR = 7;
    private static final int OWNER = 8;
    private static final int TEAM = 9;
    private static final int SOURCE = 10;

    private DealTable() {
    }

    /** Receives deals one at a time, inside the import's transaction. */
    static final class Writer implements Consumer<Deal>, AutoCloseable {
        private final PreparedStatement insert;
        private final long datasetId;
        private final DatasetTexts texts = new DatasetTexts();
        private long rows;
        private int pending;

        Writer(Connection connection, long datasetId) throws SQLException {
            this.insert = connection.prepareStatement("INSERT INTO deal (row_key, dataset_id, deal_id, amount, stage, "
                    + "close_date, outcome, segment, competitor, owner, team, source, original_close_date, "
                    + "created_date, include) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            this.datasetId = datasetId;
        }

        @Override
        public void accept(Deal deal) {
            try {
                insert.setLong(1, DatasetTexts.firstKey(datasetId) + rows);
                insert.setLong(2, datasetId);
                insert.setString(3, deal.id());
                insert.setDouble(4, deal.amount());
                insert.setInt(5, texts.code(deal.stage()));
                setDate(6, deal.closeDate());
                insert.setInt(7, outcomeCode(deal.outcome()));
                insert.setInt(8, texts.code(deal.segment()));
                insert.setInt(9, texts.code(deal.competitor()));
                insert.setInt(10, texts.code(deal.owner()));
                insert.setInt(11, texts.code(deal.team()));
                insert.setInt(12, texts.code(deal.source()));
                setDate(13, deal.originalCloseDate());
                setDate(14, deal.createdDate());
                if (deal.include() == null) {
                    insert.setNull(15, Types.INTEGER);
                } else {
                    insert.setInt(15, deal.include() ? 1 : 0);
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

        /** Writes what is pending and the texts; returns the number of deals written. */
        long finish(Connection connection) throws SQLException {
            flush();
            texts.write(connection, datasetId);
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
        read(connection, datasetId, DatasetTexts.read(connection, datasetId), 0, 0xFFFF_FFFFL, sink);
    }

    /** Reads the deals numbered {@code fromRow} to {@code toRow} (both included) of a dataset, in order. */
    static void read(Connection connection, long datasetId, String[] texts, long fromRow, long toRow,
                     Consumer<Deal> sink) throws SQLException {
        PackedColumns packing = packing(texts.length);
        long[] packed = new long[packing.valueCount()];
        try (PreparedStatement select = connection.prepareStatement("SELECT deal_id, amount, " + packing.selectList()
                + " FROM deal WHERE row_key BETWEEN ? AND ?")) {
            select.setFetchSize(BATCH);
            select.setLong(1, DatasetTexts.firstKey(datasetId) + fromRow);
            select.setLong(2, DatasetTexts.firstKey(datasetId) + toRow);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    packing.read(rows, 3, packed);
                    int include = packing.intField(packed, INCLUDE);
                    sink.accept(new Deal(rows.getString(1), rows.getDouble(2), texts[packing.intField(packed, STAGE)],
                            date(packing.field(packed, CLOSE)), OUTCOMES[packing.intField(packed, OUTCOME)],
                            texts[packing.intField(packed, SEGMENT)], texts[packing.intField(packed, COMPETITOR)],
                            texts[packing.intField(packed, OWNER)], texts[packing.intField(packed, TEAM)],
                            texts[packing.intField(packed, SOURCE)], date(packing.field(packed, ORIGINAL_CLOSE)),
                            date(packing.field(packed, CREATED)), include == 0 ? null : include == 2));
                }
            }
        }
    }

    /**
     * Texts are codes below {@code textCount}. A larger code (a tampered row) is clamped to {@code textCount}, which
     * has no text: reading it fails as a damaged file instead of spilling into the next packed field.
     */
    private static PackedColumns packing(int textCount) {
        int textBits = PackedColumns.bitsFor(textCount + 1);
        return new PackedColumns(List.of(
                new PackedColumns.Field("coalesce(close_date + " + DATE_OFFSET + ", 0)", DATE_BITS),
                new PackedColumns.Field("coalesce(original_close_date + " + DATE_OFFSET + ", 0)", DATE_BITS),
                new PackedColumns.Field("outcome", 2),
                new PackedColumns.Field("coalesce(include + 1, 0)", 2),
                new PackedColumns.Field("coalesce(created_date + " + DATE_OFFSET + ", 0)", DATE_BITS),
                new PackedColumns.Field("min(stage, " + textCount + ")", textBits),
                new PackedColumns.Field("min(segment, " + textCount + ")", textBits),
                new PackedColumns.Field("min(competitor, " + textCount + ")", textBits),
                new PackedColumns.Field("min(owner, " + textCount + ")", textBits),
                new PackedColumns.Field("min(team, " + textCount + ")", textBits),
                new PackedColumns.Field("min(source, " + textCount + ")", textBits)));
    }

    private static int outcomeCode(Outcome outcome) {
        for (int code = 0; code < OUTCOMES.length; code++) {
            if (OUTCOMES[code] == outcome) {
                return code;
            }
        }
        throw new IllegalArgumentException("unknown outcome " + outcome);
    }

    /** A packed date, or null for 0 (no date). */
    private static LocalDate date(long packed) {
        return packed == 0 ? null : LocalDate.ofEpochDay(packed - DATE_OFFSET);
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
}
