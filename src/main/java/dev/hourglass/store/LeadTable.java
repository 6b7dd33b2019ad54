package dev.hourglass.store;

import dev.hourglass.model.leads.Lead;
import dev.hourglass.model.leads.LeadData;
import dev.hourglass.model.pipeline.LeadStage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Imported marketing leads (table lead_row; sources and campaigns in dataset_text), in file order, and the funnel
 * steps their file had a column for (table lead_step).
 */
final class LeadTable {
    private static final int BATCH = 4096;
    private static final String COLUMNS = "lead_id, created_date, source, campaign, reached, mql_date, sql_date,"
            + " sal_date, won_date, amount";

    private LeadTable() {
    }

    static long write(Connection connection, long datasetId, LeadData data) throws SQLException {
        DatasetTexts texts = new DatasetTexts();
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lead_row (row_key, dataset_id, "
                + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Lead lead : data.leads()) {
                int c = 1;
                insert.setLong(c++, DatasetTexts.firstKey(datasetId) + rows);
                insert.setLong(c++, datasetId);
                insert.setString(c++, lead.id());
                insert.setLong(c++, lead.createdDate().toEpochDay());
                insert.setInt(c++, texts.code(lead.source()));
                insert.setInt(c++, texts.code(lead.campaign()));
                insert.setInt(c++, lead.reached().ordinal());
                setDate(insert, c++, lead.mqlDate());
                setDate(insert, c++, lead.sqlDate());
                setDate(insert, c++, lead.salDate());
                setDate(insert, c++, lead.wonDate());
                if (lead.amount().isPresent()) {
                    insert.setDouble(c, lead.amount().getAsDouble());
                } else {
                    insert.setNull(c, Types.REAL);
                }
                insert.addBatch();
                if (++rows % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        texts.write(connection, datasetId);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO lead_step (dataset_id, step) VALUES (?, ?)")) {
            for (LeadStage step : data.steps()) {
                if (step != LeadStage.LEAD) {
                    insert.setLong(1, datasetId);
                    insert.setString(2, key(step));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        return rows;
    }

    static LeadData read(Connection connection, long datasetId) throws SQLException {
        String[] texts = DatasetTexts.read(connection, datasetId);
        List<Lead> leads = new ArrayList<>();
        LeadStage[] stages = LeadStage.values();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM lead_row WHERE row_key BETWEEN ? AND ?")) {
            select.setFetchSize(BATCH);
            select.setLong(1, DatasetTexts.firstKey(datasetId));
            select.setLong(2, DatasetTexts.lastKey(datasetId));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    double amount = r.getDouble(10);
                    OptionalDouble amountRead = r.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(amount);
                    leads.add(new Lead(r.getString(1), LocalDate.ofEpochDay(r.getLong(2)), text(texts, r.getInt(3)),
                            text(texts, r.getInt(4)), stages[r.getInt(5)], date(r, 6), date(r, 7), date(r, 8),
                            date(r, 9), amountRead));
                }
            }
        }
        return new LeadData(leads, readSteps(connection, datasetId));
    }

    private static Set<LeadStage> readSteps(Connection connection, long datasetId) throws SQLException {
        Set<LeadStage> steps = EnumSet.of(LeadStage.LEAD);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT step FROM lead_step WHERE dataset_id = ?")) {
            select.setLong(1, datasetId);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    steps.add(LeadStage.valueOf(r.getString(1).toUpperCase(Locale.ROOT)));
                }
            }
        }
        return steps;
    }

    private static String key(LeadStage step) {
        return step.name().toLowerCase(Locale.ROOT);
    }

    /** A code the file's text table does not have reads as a changed file, not as a crash. */
    private static String text(String[] texts, int code) throws SQLException {
        if (code >= texts.length) {
            throw new SQLException("a lead refers to text " + code + " that the workbook does not have");
        }
        return texts[code];
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value.toEpochDay());
        }
    }

    private static LocalDate date(ResultSet row, int index) throws SQLException {
        long value = row.getLong(index);
        return row.wasNull() ? null : LocalDate.ofEpochDay(value);
    }
}
