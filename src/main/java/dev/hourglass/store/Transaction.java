package dev.hourglass.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work as one transaction: all of it is written, or on any failure none of it. */
final class Transaction {
    /** Work against the connection; {@code X} is what a caller's data feed may throw (a bad file, a cancel). */
    @FunctionalInterface
    interface Work<T, X extends Exception> {
        T run(Connection connection) throws SQLException, WorkbookException, X;
    }

    private Transaction() {
    }

    /** SQL failures come back as a {@link WorkbookException} naming the file and what was being done. */
    static <T, X extends Exception> T run(Connection connection, String name, String doing, Work<T, X> work)
            throws WorkbookException, X {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw SqlErrors.describe(e, name, doing);
        }
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly(connection, e);
            throw SqlErrors.describe(e, name, doing);
        } catch (Exception e) {
            rollbackQuietly(connection, e);
            throw e;
        } catch (Error e) {
            rollbackQuietly(connection, e);
            throw e;
        } finally {
            restoreAutoCommit(connection);
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    private static void restoreAutoCommit(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is broken; the next call on it reports that
        }
    }
}
