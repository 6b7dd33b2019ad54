package dev.hourglass.store;

import java.sql.SQLException;

/** Carries an SQL failure out of a callback (a row sink of a deals or ledger import); the import unwraps it. */
final class StoreFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreFailure(SQLException cause) {
        super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
