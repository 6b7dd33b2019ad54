package dev.hourglass.store;

import dev.hourglass.store.WorkbookException.Detail;
import java.sql.SQLException;
import org.sqlite.SQLiteException;

/** Turns SQLite's error codes into messages a user can act on. */
final class SqlErrors {
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    private SqlErrors() {
    }

    static int primaryCode(SQLException e) {
        return e instanceof SQLiteException sqlite ? sqlite.getResultCode().code & 0xff : -1;
    }

    static boolean isBusy(SQLException e) {
        int code = primaryCode(e);
        return code == BUSY || code == LOCKED;
    }

    /** The user's view of a failure while {@code doing} something (e.g. "saving scenario 'Base'") to a file. */
    static WorkbookException describe(SQLException e, String name, String doing) {
        if (e.getCause() instanceof InterruptedException) {
            return new WorkbookException(Detail.INTERRUPTED, name + ": " + doing + " was interrupted", e, name);
        }
        return switch (primaryCode(e)) {
            case BUSY, LOCKED -> new WorkbookException(Detail.BUSY, name + " is open in another Hourglass window "
                    + "or program; close it there first (" + doing + " was not done)", e, name);
            case FULL -> new WorkbookException(Detail.DISK_FULL, "The disk is full: " + doing + " in " + name
                    + " was not done and the workbook still holds its previous state. Free some space and try again.", e,
                    name);
            case READONLY -> new WorkbookException(Detail.READ_ONLY, name + " is read-only: " + doing
                    + " was not done. Use Save As to keep your changes in another file.", e, name);
            case IOERR, CANTOPEN -> new WorkbookException(Detail.CANNOT_WRITE, "Could not write " + name + " ("
                    + e.getMessage() + "): " + doing + " was not done and the workbook still holds its previous "
                    + "state. Check the disk or medium and try again.", e, name, String.valueOf(e.getMessage()));
            case CORRUPT, NOTADB -> WorkbookHeader.damaged(name, e.getMessage());
            default -> new WorkbookException(Detail.SQLITE_FAILED, name + ": " + doing + " failed (" + e.getMessage()
                    + ")", e, name, String.valueOf(e.getMessage()));
        };
    }
}
