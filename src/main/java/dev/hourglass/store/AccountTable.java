package dev.hourglass.store;

import dev.hourglass.model.accounts.Account;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Imported customer accounts (table account_row; sources, campaigns and segments in dataset_text), in file order.
 *
 * <p>A NULL indicator is unknown, activation included: an account of an export without a daysToActivation column
 * has NULL there. An account known not to have activated (an empty cell in a file with the column) has
 * {@link #NOT_ACTIVATED}: never activated, as if after more days than any real account has. Workbooks before this
 * rule stored NULL for "not activated"; the upgrade to format 5 rewrites those NULLs to {@link #NOT_ACTIVATED}.
 */
final class AccountTable {
    /** days_to_activation of an account known not to have activated. */
    static final int NOT_ACTIVATED = Integer.MAX_VALUE;
    private static final int BATCH = 4096;
    private static final String COLUMNS = "account, source, campaign, segment, start_date, arr, renewal_date,"
            + " days_to_activation, days_to_first_value, features_adopted, features_available, active_users, seats,"
            + " tickets_per_active_user, active_stakeholders, nps, renewed, expansion_arr, churn_date";

    private AccountTable() {
    }

    static long write(Connection connection, long datasetId, List<Account> accounts) throws SQLException {
        DatasetTexts texts = new DatasetTexts();
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO account_row (row_key, dataset_id, "
                + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Account a : accounts) {
                int c = 1;
                insert.setLong(c++, DatasetTexts.firstKey(datasetId) + rows);
                insert.setLong(c++, datasetId);
                insert.setString(c++, a.account());
                insert.setInt(c++, texts.code(a.source()));
                insert.setInt(c++, texts.code(a.campaign()));
                insert.setInt(c++, texts.code(a.segment()));
                insert.setLong(c++, a.startDate().toEpochDay());
                insert.setDouble(c++, a.arr());
                setDate(insert, c++, a.renewalDate());
                setInt(insert, c++, storedActivation(a));
                setInt(insert, c++, a.daysToFirstValue());
                setInt(insert, c++, a.featuresAdopted());
                setInt(insert, c++, a.featuresAvailable());
                setInt(insert, c++, a.activeUsers());
                setInt(insert, c++, a.seats());
                if (a.ticketsPerActiveUser().isPresent()) {
                    insert.setDouble(c++, a.ticketsPerActiveUser().getAsDouble());
                } else {
                    insert.setNull(c++, Types.REAL);
                }
                setInt(insert, c++, a.activeStakeholders());
                setInt(insert, c++, a.nps());
                setInt(insert, c++, a.renewed().map(r -> OptionalInt.of(r ? 1 : 0)).orElse(OptionalInt.empty()));
                insert.setDouble(c++, a.expansionArr());
                setDate(insert, c, a.churnDate());
                insert.addBatch();
                if (++rows % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        texts.write(connection, datasetId);
        return rows;
    }

    static List<Account> read(Connection connection, long datasetId) throws SQLException {
        String[] texts = DatasetTexts.read(connection, datasetId);
        List<Account> accounts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM account_row WHERE row_key BETWEEN ? AND ?")) {
            select.setFetchSize(BATCH);
            select.setLong(1, DatasetTexts.firstKey(datasetId));
            select.setLong(2, DatasetTexts.lastKey(datasetId));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    OptionalInt renewed = integer(r, 17);
                    OptionalInt activation = integer(r, 8);
                    boolean activationKnown = activation.isPresent();
                    if (activationKnown && activation.getAsInt() == NOT_ACTIVATED) {
                        activation = OptionalInt.empty();
                    }
                    accounts.add(new Account(r.getString(1), text(texts, r.getInt(2)), text(texts, r.getInt(3)),
                            text(texts, r.getInt(4)), LocalDate.ofEpochDay(r.getLong(5)), r.getDouble(6), date(r, 7),
                            activation, activationKnown, integer(r, 9), integer(r, 10), integer(r, 11), integer(r, 12),
                            integer(r, 13), real(r, 14), integer(r, 15), integer(r, 16),
                            renewed.isPresent() ? Optional.of(renewed.getAsInt() == 1) : Optional.empty(),
                            r.getDouble(18), date(r, 19)));
                }
            }
        }
        return accounts;
    }

    private static OptionalInt storedActivation(Account a) {
        if (!a.activationKnown()) {
            return OptionalInt.empty();
        }
        return a.activated() ? a.daysToActivation() : OptionalInt.of(NOT_ACTIVATED);
    }

    /** A code the file's text table does not have reads as a changed file, not as a crash. */
    private static String text(String[] texts, int code) throws SQLException {
        if (code >= texts.length) {
            throw new SQLException("an account refers to text " + code + " that the workbook does not have");
        }
        return texts[code];
    }

    private static void setInt(PreparedStatement statement, int index, OptionalInt value) throws SQLException {
        if (value.isPresent()) {
            statement.setInt(index, value.getAsInt());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }

    private static void setDate(PreparedStatement statement, int index, Optional<LocalDate> value) throws SQLException {
        if (value.isPresent()) {
            statement.setLong(index, value.get().toEpochDay());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }

    private static OptionalInt integer(ResultSet row, int index) throws SQLException {
        int value = row.getInt(index);
        return row.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static OptionalDouble real(ResultSet row, int index) throws SQLException {
        double value = row.getDouble(index);
        return row.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static Optional<LocalDate> date(ResultSet row, int index) throws SQLException {
        long value = row.getLong(index);
        return row.wasNull() ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(value));
    }
}
