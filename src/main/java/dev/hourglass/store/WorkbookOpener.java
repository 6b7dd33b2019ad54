package dev.hourglass.store;

import dev.hourglass.store.WorkbookException.Detail;
import dev.hourglass.store.WorkbookException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opens a workbook step by step, trusting nothing: the header before SQLite reads the file, then the lock,
 * integrity and schema, then (for an older format) backup and upgrade.
 */
final class WorkbookOpener {
    private WorkbookOpener() {
    }

    static Workbook open(Path file, ScenarioCodec codec, boolean readOnlyWanted) throws WorkbookException {
        String name = Workbook.displayName(file);
        WorkbookPath.requireReadable(file);
        SideFiles.requireOrdinary(SideFiles.journalOf(file), name);
        ReadOnlyReason readOnlyReason = readOnlyWanted ? ReadOnlyReason.of(ReadOnlyReason.Why.OPENED_READ_ONLY)
                : WorkbookConnections.readOnlyReason(file);
        if (readOnlyReason != null && HotJournal.isHot(file)) {
            Path rolledBack = HotJournal.rolledBackCopy(file);
            return openCopy(file, rolledBack, codec, true, readOnlyReason.shown(ReadOnlyReason.Shown.BEFORE_A_SAVE_CUT_SHORT));
        }
        WorkbookLock lock = readOnlyReason == null ? WorkbookLock.acquire(file) : null;
        WorkbookHeader header;
        try {
            if (lock != null && HotJournal.isPresent(file)) {
                Path checked = HotJournal.rolledBackCopy(file);
                Workbook.deleteQuietly(checked);
                Workbook.deleteQuietly(checked.getParent());
                rollBackInterruptedSave(file);
            }
            header = WorkbookHeader.read(file);
        } catch (WorkbookException | RuntimeException e) {
            releaseQuietly(lock);
            throw e;
        }
        int version = header.userVersion();
        if (readOnlyReason == null && version > Migrations.CURRENT_VERSION) {
            readOnlyReason = ReadOnlyReason.of(ReadOnlyReason.Why.NEWER_FORMAT, version, Migrations.CURRENT_VERSION);
            releaseQuietly(lock);
            lock = null;
        }
        if (readOnlyReason != null && version < Migrations.CURRENT_VERSION) {
            releaseQuietly(lock);
            return openUpgradedCopy(file, codec, readOnlyReason.shown(ReadOnlyReason.Shown.FROM_AN_UPGRADED_COPY));
        }
        Connection connection = null;
        try {
            connection = WorkbookConnections.open(file, readOnlyReason != null);
            WorkbookConnections.checkSchema(connection, name, version);
            WorkbookConnections.checkIntegrity(connection, name);
            if (version < Migrations.CURRENT_VERSION) {
                upgrade(file, connection, name, version, codec);
            }
            Workbook workbook = Workbook.wrap(file, connection, lock, readOnlyReason,
                    Math.max(version, Migrations.CURRENT_VERSION), codec);
            workbook.info();
            return workbook;
        } catch (SQLException e) {
            closeQuietly(connection);
            releaseQuietly(lock);
            if (SqlErrors.isBusy(e)) {
                throw WorkbookException.inUse(new WorkbookException.InUse(name, WorkbookException.InUse.Where.ELSEWHERE,
                        ""), name + " is in use: it is open in another Hourglass window or another program. Close it"
                        + " there, or open a copy.", e);
            }
            throw SqlErrors.describe(e, name, "opening the workbook");
        } catch (WorkbookException | RuntimeException e) {
            closeQuietly(connection);
            releaseQuietly(lock);
            throw e;
        }
    }

    /**
     * An older workbook that must not be changed is upgraded in a copy in a private temporary folder, which is read
     * instead; the file itself stays as it is.
     */
    private static Workbook openUpgradedCopy(Path file, ScenarioCodec codec, ReadOnlyReason reason) throws WorkbookException {
        Path copy;
        try {
            Path folder = Files.createTempDirectory("hourglass-upgrade");
            folder.toFile().deleteOnExit();
            copy = folder.resolve(file.getFileName().toString());
            copy.toFile().deleteOnExit();
            Files.copy(file, copy);
        } catch (IOException e) {
            throw new WorkbookException(Reason.READ_ONLY, Workbook.displayName(file) + " is opened read-only (" + reason.english()
                    + "), but a temporary copy to read it could not be made (" + e.getMessage() + ")", e);
        }
        return openCopy(file, copy, codec, false, reason);
    }

    /** Opens a private copy standing in for a file that must not be changed, shown read-only under the file's name. */
    private static Workbook openCopy(Path file, Path copy, ScenarioCodec codec, boolean awaitsRecovery,
                                    ReadOnlyReason reason)
            throws WorkbookException {
        copy.resolveSibling(copy.getFileName() + ".bak").toFile().deleteOnExit();
        Workbook copied = open(copy, codec, false);
        return copied.readOnlyView(file, reason, awaitsRecovery);
    }

    /** Copies the file to {@code name.bak} (under our lock, so the copy is whole), then migrates in one transaction. */
    private static void upgrade(Path file, Connection connection, String name, int fromVersion, ScenarioCodec codec)
            throws WorkbookException {
        Path backup = file.resolveSibling(file.getFileName() + ".bak");
        Path temp = file.toAbsolutePath().resolveSibling("." + backup.getFileName() + ".saving");
        try {
            Files.deleteIfExists(temp);
            Files.copy(file, temp); // a new file (exclusive create): a link left at that name is never followed
            Workbook.move(temp, backup);
        } catch (IOException e) {
            Workbook.deleteQuietly(temp);
            throw new WorkbookException(Detail.UPGRADE_BACKUP_FAILED, name + " was not upgraded: its backup "
                    + backup.getFileName() + " could not be written (" + e.getMessage() + ")", e, name,
                    backup.getFileName().toString(), e.getMessage());
        }
        try {
            Migrations.runWithForeignKeysOff(connection, () -> Transaction.run(connection, name,
                    "upgrading the workbook format", c -> {
                        Migrations.apply(c, fromVersion, Migrations.CURRENT_VERSION);
                        if (fromVersion < Migrations.SCENARIO_FILE_V2) {
                            new ScenarioTable(c, codec, name).rewriteInputs();
                        }
                        Migrations.checkReferences(c);
                        Meta.put(c, Meta.FORMAT_VERSION, Integer.toString(Migrations.CURRENT_VERSION));
                        return null;
                    }));
        } catch (SQLException e) {
            throw SqlErrors.describe(e, name, "upgrading the workbook format");
        }
    }

    /**
     * A save cut short (a crash, {@code kill -9}, a power cut) leaves a hot journal beside the file and the file
     * half-written, even shorter than its header says. SQLite puts the previous state back from the journal when
     * the file is first read; do that before the header is judged. Only done holding the workbook's lock, so a
     * journal of a save still running elsewhere is never touched (SQLite would not roll that back anyway).
     */
    private static void rollBackInterruptedSave(Path file) {
        try (Connection connection = WorkbookConnections.open(file, false);
             Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT count(*) FROM sqlite_schema").close();
        } catch (SQLException ignored) {
            // a file SQLite cannot read either: the checks that follow say what is wrong with it
        }
    }

    private static void releaseQuietly(WorkbookLock lock) {
        if (lock != null) {
            lock.close();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }
}
