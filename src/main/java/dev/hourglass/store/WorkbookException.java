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
    }

    private final Reason reason;
    private final InUse inUse;

    public WorkbookException(Reason reason, String message) {
        this(reason, message, null);
    }

    public WorkbookException(Reason reason, String message, Throwable cause) {
        this(reason, message, cause, null);
    }

    private WorkbookException(Reason reason, String message, Throwable cause, InUse inUse) {
        super(message, cause);
        this.reason = reason;
        this.inUse = inUse;
    }

    /** A workbook in use, with the English message and who has it, for the desktop to say in its language. */
    static WorkbookException inUse(InUse who, String message, Throwable cause) {
        return new WorkbookException(Reason.IN_USE, message, cause, who);
    }

    /** Who has the workbook, for a failure of reason {@link Reason#IN_USE} that knows it. */
    public Optional<InUse> inUse() {
        return Optional.ofNullable(inUse);
    }

    public Reason reason() {
        return reason;
    }
}
