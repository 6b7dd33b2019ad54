package dev.hourglass.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.store.WorkbookException.Detail;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** SQLite's failures keep the CLI's English and carry a detail for the desktop's language. */
class SqlErrorsTest {
    @Test
    void aBusyFileIsInUseWithTheWorkbooksName() {
        WorkbookException busy = SqlErrors.describe(new SQLiteException("database is locked", SQLiteErrorCode.SQLITE_BUSY),
                "plans.hourglass", "saving scenario 'Base'");
        assertThat(busy).hasMessage("plans.hourglass is open in another Hourglass window or program; close it there first "
                + "(saving scenario 'Base' was not done)");
        assertThat(busy.reason()).isEqualTo(WorkbookException.Reason.IN_USE);
        assertThat(busy.detail()).contains(Detail.BUSY);
        assertThat(busy.args()).containsExactly("plans.hourglass");
    }

    @Test
    void anotherFailureKeepsSqlitesReasonAsItsLastArgument() {
        WorkbookException failed = SqlErrors.describe(new SQLiteException("constraint failed", SQLiteErrorCode.SQLITE_CONSTRAINT),
                "plans.hourglass", "saving scenario 'Base'");
        assertThat(failed).hasMessage("plans.hourglass: saving scenario 'Base' failed (constraint failed)");
        assertThat(failed.detail()).contains(Detail.SQLITE_FAILED);
        assertThat(failed.args()).containsExactly("plans.hourglass", "constraint failed");
    }

    @Test
    void aReadStoppedByAnInterruptIsCodedWithoutTheStep() {
        WorkbookException interrupted = SqlErrors.describe(
                new SQLException("reading deals was interrupted", new InterruptedException()), "plans.hourglass",
                "reading the imported data");
        assertThat(interrupted).hasMessage("plans.hourglass: reading the imported data was interrupted");
        assertThat(interrupted.detail()).contains(Detail.INTERRUPTED);
        assertThat(interrupted.args()).containsExactly("plans.hourglass");
    }
}
