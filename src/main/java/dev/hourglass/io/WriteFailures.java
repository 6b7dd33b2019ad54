package dev.hourglass.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** Why a file could not be written, in words a user acts on: "the disk is full", "permission denied". */
public final class WriteFailures {
    private WriteFailures() {
    }

    /** The reason, from the deepest cause that says one: POI reports a full disk as "Failed to save: …" around it. */
    public static String reason(IOException e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                String known = known(io);
                if (known != null) {
                    return known;
                }
            }
        }
        return said(e);
    }

    private static String known(IOException e) {
        String lower = said(e).toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("not enough space") || lower.contains("disk full")) {
            return "the disk is full";
        }
        if (lower.contains("quota")) {
            return "the disk quota is used up";
        }
        if (lower.contains("read-only file system")) {
            return "the disk is read-only";
        }
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return null;
    }

    private static String said(IOException e) {
        return String.valueOf(e instanceof FileSystemException fs && fs.getReason() != null
                ? fs.getReason() : e.getMessage());
    }

    /** The I/O failure behind an unchecked exception (FastCSV's UncheckedIOException, POI's wrappers), or null. */
    public static IOException ioCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return io;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
