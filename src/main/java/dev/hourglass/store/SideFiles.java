package dev.hourglass.store;

import dev.hourglass.store.WorkbookException.Detail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The files Hourglass and SQLite keep beside a workbook: its lock, its rollback journal, temporary files. One that
 * came with the workbook (say from a zip) is never followed: a symbolic or hard link there would make a write
 * meant for the side file land in whatever file it points to.
 */
final class SideFiles {
    private SideFiles() {
    }

    /** SQLite's rollback journal of a workbook: {@code name-journal} in the same folder. */
    static Path journalOf(Path workbook) {
        return workbook.toAbsolutePath().resolveSibling(workbook.getFileName() + "-journal");
    }

    /** Throws unless the side file is absent or an ordinary file (not a link, folder, pipe or device). */
    static void requireOrdinary(Path side, String workbookName) throws WorkbookException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(side, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException absent) {
            return;
        }
        if (!attributes.isRegularFile()) {
            String kind = WorkbookPath.kindOf(side, LinkOption.NOFOLLOW_LINKS);
            throw refused(side, workbookName, "is " + kind + ", not a file Hourglass wrote", Detail.SIDE_FILE_NOT_ORDINARY, kind);
        }
        requireSingleLink(side, workbookName);
    }

    /** Throws when an ordinary side file has another name too (a hard link): writing it would change that file. */
    static void requireSingleLink(Path side, String workbookName) throws WorkbookException {
        int links;
        try {
            links = (Integer) Files.getAttribute(side, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException notUnix) {
            return; // no hard links to judge by (Windows): the symbolic link check still applies
        }
        if (links > 1) {
            throw refused(side, workbookName, "is a hard link to another file (" + links + " names)",
                    Detail.SIDE_FILE_HARD_LINK, links);
        }
    }

    private static WorkbookException refused(Path side, String workbookName, String what, Detail detail, Object how) {
        return new WorkbookException(detail, workbookName + " is not opened: " + side.getFileName()
                + " beside it " + what + ", and writing it would change that file. Delete " + side.getFileName()
                + " and try again.", null, workbookName, side.getFileName().toString(), how);
    }
}
