package dev.hourglass.store;

import java.util.Optional;

/** A workbook could not be opened, read or written; the message is for the user and names the file. */
public final class WorkbookException extends Exception {
    /** What went wrong, so a caller can react (offer read-only, retry later, pick another file). */
    public enum Reason {
        NOT_FOUND, NOT_A_WORKBOOK, DAMAGED, TAMPERED, IN_USE, READ_ONLY, DISK_FULL, WRITE_FAILED, NAME_TAKEN, NO_SUCH_ITEM
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

    public WorkbookException(Reason reason, String message) {
        super(message); // no cause yet: a caller may still give one (initCause)
        this.reason = reason;
        this.inUse = null;
    }

    public WorkbookException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.inUse = null;
    }

    private WorkbookException(InUse who, String message) {
        super(message);
        this.reason = Reason.IN_USE;
        this.inUse = who;
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

    public Reason reason() {
        return reason;
    }
}
