package dev.hourglass.store;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A workbook could not be opened, read or written; the message is for the user and names the file. */
public final class WorkbookException extends Exception {
    /** What went wrong, so a caller can react (offer read-only, retry later, pick another file). */
    public enum Reason {
        NOT_FOUND, NOT_A_WORKBOOK, DAMAGED, TAMPERED, IN_USE, READ_ONLY, DISK_FULL, WRITE_FAILED, NAME_TAKEN, NO_SUCH_ITEM
    }

    /**
     * Which of a reason's messages a failure is, for the desktop to say in its language with {@link #args()}; the
     * arguments each takes are listed with it, the workbook's name first.
     */
    public enum Detail {
        /** name. */
        DOES_NOT_EXIST(Reason.NOT_FOUND),
        /** name, the system's reason (English, as the system gives it). */
        CANNOT_BE_READ(Reason.NOT_FOUND),
        /** name, the path's length in bytes, the most a workbook's path may have. */
        PATH_TOO_LONG(Reason.NOT_FOUND),
        /** name. */
        EMPTY(Reason.NOT_A_WORKBOOK),
        /** name. */
        NOT_SQLITE(Reason.NOT_A_WORKBOOK),
        /** name. */
        OTHER_SQLITE_FORMAT(Reason.NOT_A_WORKBOOK),
        /** name. */
        OTHER_APPLICATION(Reason.NOT_A_WORKBOOK),
        /** name. */
        NOT_A_FILE(Reason.NOT_A_WORKBOOK),
        /** name, why (English: the technical detail). */
        DAMAGED(Reason.DAMAGED),
        /** name. */
        DISK_FULL(Reason.DISK_FULL),
        /** name. */
        READ_ONLY(Reason.READ_ONLY),
        /** name, the system's reason. */
        CANNOT_WRITE(Reason.WRITE_FAILED),
        /** name, the system's reason. */
        CANNOT_CREATE(Reason.WRITE_FAILED),
        /** name, the path's length in bytes, the most a new workbook's path may have. */
        NEW_PATH_TOO_LONG(Reason.WRITE_FAILED),
        /** name. */
        ALREADY_EXISTS(Reason.NAME_TAKEN),
        // german18f: the rarer failures, so that the desktop says them in its language too
        /** name, the scenario's id. */
        NO_SUCH_SCENARIO(Reason.NO_SUCH_ITEM),
        /** name, the version's id. */
        NO_SUCH_VERSION(Reason.NO_SUCH_ITEM),
        /** name, the version's id. */
        NOT_A_VERSION_OF_THE_SCENARIO(Reason.NO_SUCH_ITEM),
        /** name, the side file's name, what it is (English: "a symbolic link", "a folder" …). */
        SIDE_FILE_NOT_ORDINARY(Reason.TAMPERED),
        /** name, the side file's name, how many names it has. */
        SIDE_FILE_HARD_LINK(Reason.TAMPERED),
        /** name, the journal's name, why it is another file's (English: the technical detail). */
        JOURNAL_OF_ANOTHER_FILE(Reason.TAMPERED),
        /** name, the journal's name, the system's reason. */
        JOURNAL_UNREADABLE(Reason.NOT_FOUND),
        /** the recovery folder, the system's reason. */
        RECOVERY_FOLDER_NOT_CREATED(Reason.WRITE_FAILED),
        /** the file's name, the system's reason. */
        RECOVERY_FILE_NOT_DELETED(Reason.WRITE_FAILED),
        /** name, the backup's name, the system's reason. */
        UPGRADE_BACKUP_FAILED(Reason.WRITE_FAILED),
        /** name: SQLite says another connection holds the file, and the lock names no one. */
        BUSY(Reason.IN_USE),
        /** name, SQLite's reason (English). */
        SQLITE_FAILED(Reason.WRITE_FAILED),
        // german18g: a step stopped before it was done
        /** name. */
        INTERRUPTED(Reason.DAMAGED);

        private final Reason reason;

        Detail(Reason reason) {
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /**
     * Who has a workbook that is in use: this very window, another window or program the lock does not name, or the
     * one it names ({@code holder}: "user on host (process 1234) since 2026-12-03 09:15").
     */
    public record InUse(String workbook, Where where, String holder) {
        public enum Where { THIS_WINDOW, ELSEWHERE, NAMED }

        /** Who the lock names, part by part, when its text is the sentence a Hourglass writes. */
        public Optional<LockHolder> named() {
            return where == Where.NAMED ? LockHolder.read(holder) : Optional.empty();
        }
    }

    private final Reason reason;
    private final InUse inUse;
    private final Detail detail;
    private final List<Object> args;

    public WorkbookException(Reason reason, String message) {
        super(message); // no cause yet: a caller may still give one (initCause)
        this.reason = reason;
        this.inUse = null;
        this.detail = null;
        this.args = List.of();
    }

    public WorkbookException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.inUse = null;
        this.detail = null;
        this.args = List.of();
    }

    /** A failure the desktop says in its language from {@code detail} and {@code args}; the message is the CLI's English. */
    public WorkbookException(Detail detail, String message, Throwable cause, Object... args) {
        super(message); // a null cause may still be given later (initCause)
        if (cause != null) {
            initCause(cause);
        }
        this.reason = detail.reason();
        this.inUse = null;
        this.detail = detail;
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    private WorkbookException(InUse who, String message) {
        super(message);
        this.reason = Reason.IN_USE;
        this.inUse = who;
        this.detail = null;
        this.args = List.of();
    }

    /** A workbook in use, with the English message and who has it, for the desktop to say in its language. */
    static WorkbookException inUse(InUse who, String message, Throwable cause) {
        WorkbookException inUse = new WorkbookException(who, message);
        if (cause != null) {
            inUse.initCause(cause);
        }
        return inUse;
    }

    /** Who has the workbook, for a failure of reason {@link Reason#IN_USE} that knows it. */
    public Optional<InUse> inUse() {
        return Optional.ofNullable(inUse);
    }

    /** Which message this is, when the code that failed gave it. */
    public Optional<Detail> detail() {
        return Optional.ofNullable(detail);
    }

    /** The arguments of {@link #detail()}, the workbook's name first; empty without a detail. */
    public List<Object> args() {
        return args;
    }

    public Reason reason() {
        return reason;
    }
}
