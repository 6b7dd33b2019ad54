package dev.hourglass.store;

/** A workbook could not be opened, read or written; the message is for the user and names the file. */
public final class WorkbookException extends Exception {
    /** What went wrong, so a caller can react (offer read-only, retry later, pick another file). */
    public enum Reason {
        NOT_FOUND, NOT_A_WORKBOOK, DAMAGED, TAMPERED, IN_USE, READ_ONLY, DISK_FULL, WRITE_FAILED, NAME_TAKEN, NO_SUCH_ITEM
    }

    private final Reason reason;

    public WorkbookException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public WorkbookException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
