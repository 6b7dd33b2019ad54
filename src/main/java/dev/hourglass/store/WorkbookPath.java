package dev.hourglass.store;

import dev.hourglass.files.SpecialFiles;
import dev.hourglass.store.WorkbookException.Detail;
import dev.hourglass.store.WorkbookException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** What a path given as a workbook is, before anything reads it: a file, a folder, a pipe, a device, too long … */
final class WorkbookPath {
    /**
     * SQLite opens a database by a full path of at most 512 bytes and refuses one whose journal name
     * ({@code path-journal}) would be longer: 504 bytes are left for the workbook's own path.
     */
    static final int MAX_PATH_BYTES = 512 - "-journal".length();

    private WorkbookPath() {
    }

    /** Throws unless the path names an existing ordinary file SQLite can open by its path. */
    static void requireReadable(Path file) throws WorkbookException {
        String name = Workbook.displayName(file);
        if (!Files.exists(file)) {
            throw new WorkbookException(Detail.DOES_NOT_EXIST, name + " does not exist", null, name);
        }
        if (!Files.isRegularFile(file)) {
            throw new WorkbookException(Detail.NOT_A_FILE, name + " is " + kindOf(file)
                    + ", not a Hourglass workbook", null, name);
        }
        requireShortEnough(file);
    }

    /**
     * A new workbook is built under a hidden name ({@code .name.creating}) beside it, which must be short enough
     * for SQLite too.
     */
    static final int MAX_NEW_PATH_BYTES = MAX_PATH_BYTES - ".".length() - ".creating".length();

    /** Throws when SQLite could not open a file at this path (or the path it resolves to) for its length. */
    static void requireShortEnough(Path file) throws WorkbookException {
        int bytes = bytesOf(file);
        if (bytes > MAX_PATH_BYTES) {
            throw new WorkbookException(Detail.PATH_TOO_LONG, Workbook.displayName(file) + " cannot be opened: its path "
                    + "is " + bytes + " bytes long and a workbook's may have at most " + MAX_PATH_BYTES
                    + " (SQLite's limit); move it to a folder with a shorter path.", null, Workbook.displayName(file), bytes,
                    MAX_PATH_BYTES);
        }
    }

    /** Throws when a new workbook at this path could not be built for the length of its path. */
    static void requireRoomToCreate(Path file) throws WorkbookException {
        int bytes = bytesOf(file);
        if (bytes > MAX_NEW_PATH_BYTES) {
            throw new WorkbookException(Detail.NEW_PATH_TOO_LONG, Workbook.displayName(file) + " cannot be created: its "
                    + "path is " + bytes + " bytes long and a new workbook's may have at most " + MAX_NEW_PATH_BYTES
                    + " (SQLite's limit); choose a folder with a shorter path.", null, Workbook.displayName(file), bytes,
                    MAX_NEW_PATH_BYTES);
        }
    }

    private static int bytesOf(Path file) {
        return Math.max(bytes(file.toAbsolutePath().normalize()), bytes(realPathOrSelf(file)));
    }

    /** "a folder", "a named pipe (FIFO)", "a device" … in words; links are followed unless the options say not to. */
    static String kindOf(Path path, LinkOption... options) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, options);
            if (attributes.isSymbolicLink()) {
                return "a symbolic link";
            }
            if (attributes.isDirectory()) {
                return "a folder";
            }
            if (attributes.isRegularFile()) {
                return "a file";
            }
        } catch (IOException e) {
            return "not readable (" + e.getMessage() + ")";
        }
        return SpecialFiles.kindOf(path, options).orElse("a special file (not an ordinary file)");
    }

    private static Path realPathOrSelf(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static int bytes(Path path) {
        return path.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
