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

    public static String reason(IOException e) {
        String said = String.valueOf(e instanceof FileSystemException fs && fs.getReason() != null
                ? fs.getReason() : e.getMessage());
        String lower = said.toLowerCase(Locale.ROOT);
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
        return said;
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
