package dev.hourglass.store;

import dev.hourglass.store.WorkbookException.Detail;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * The rollback journal a save cut short leaves beside a workbook. SQLite plays it back into the file the first time
 * the file is read, checking only the journal's own checksums: a journal copied beside another workbook would write
 * that other file's pages into this one for good. So a journal is only played back when it was written for this
 * file (layout: sqlite.org/fileformat.html, "the rollback journal"): its header must fit the file's, and rolling
 * it back in a private copy must give a sound database.
 *
 * <p>Every write transaction changes page 1 when it commits, and page 1 reaches the file before that only with the
 * change counter moved on by one. So the journal's copy of page 1 (when it has one) shows the file as it was: same
 * application and page size, and a change counter equal to the file's or one behind. Without that copy, page 1 of
 * the file is untouched and still counts the pages the journal says the file had.
 */
final class HotJournal {
    private static final byte[] MAGIC = {(byte) 0xd9, (byte) 0xd5, 0x05, (byte) 0xf9, 0x20, (byte) 0xa1, 0x63,
        (byte) 0xd7};
    private static final int JOURNAL_HEADER_BYTES = 28;
    private static final int FILE_HEADER_BYTES = 100;
    private static final long ALL_RECORDS = 0xFFFF_FFFFL;

    private HotJournal() {
    }

    /**
     * Whether a journal SQLite would play back lies beside the workbook and no running Hourglass is writing it (a save
     * in progress elsewhere has one too, and SQLite's locks leave that one alone).
     */
    static boolean isHot(Path workbook) {
        return isPresent(workbook) && !WorkbookLock.isHeld(workbook);
    }

    /**
     * Whether a journal SQLite would play back lies beside the workbook, for the one who holds its lock: one that
     * starts with a zero byte (its header not yet or no longer written) SQLite leaves alone.
     */
    static boolean isPresent(Path workbook) {
        Path journal = SideFiles.journalOf(workbook);
        if (!Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer first = read(channel, 0, 1);
            return first != null && first.get(0) != 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The workbook rolled back from its journal, in a private temporary folder (the file and the journal are not
     * changed): throws when the journal was written for another file. A full {@code integrity_check} of the
     * copy of a million-deal workbook costs about 2 s (and the copy 40 MB), once, after a crash.
     */
    static Path rolledBackCopy(Path workbook) throws WorkbookException {
        String name = Workbook.displayName(workbook);
        Path journal = SideFiles.journalOf(workbook);
        SideFiles.requireOrdinary(journal, name);
        Path copy;
        try {
            String mismatch = mismatch(workbook, journal);
            if (mismatch != null) {
                throw foreign(name, journal, mismatch);
            }
            Path folder = Files.createTempDirectory("hourglass-recovery");
            folder.toFile().deleteOnExit();
            copy = folder.resolve(workbook.getFileName().toString());
            copy.toFile().deleteOnExit();
            SideFiles.journalOf(copy).toFile().deleteOnExit();
            Files.copy(workbook, copy);
            Files.copy(journal, SideFiles.journalOf(copy), LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new WorkbookException(Detail.JOURNAL_UNREADABLE, name + " cannot be opened: a save of it was cut "
                    + "short, and its journal " + journal.getFileName() + " cannot be read or copied to check it ("
                    + e.getMessage() + ")", e, name, journal.getFileName().toString(), e.getMessage());
        }
        String problems = problemsAfterRollback(copy);
        if (problems != null) {
            Workbook.deleteQuietly(SideFiles.journalOf(copy));
            Workbook.deleteQuietly(copy);
            throw foreign(name, journal, "rolling it back gives a damaged file: " + problems);
        }
        return copy;
    }

    /** Rolls the copy back (SQLite does on the first read) and checks it whole; null when it is sound. */
    private static String problemsAfterRollback(Path copy) {
        try (Connection connection = WorkbookConnections.open(copy, false);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check(10)")) {
            StringBuilder problems = new StringBuilder();
            while (rows.next()) {
                if (!"ok".equals(rows.getString(1))) {
                    problems.append(problems.isEmpty() ? "" : "; ").append(rows.getString(1));
                }
            }
            return problems.isEmpty() ? null : problems.toString();
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static WorkbookException foreign(String name, Path journal, String why) {
        return new WorkbookException(Detail.JOURNAL_OF_ANOTHER_FILE, name + " is not opened: " + journal.getFileName()
                + " beside it belongs to another file (" + why + "), and rolling it back would damage the workbook. "
                + "Move " + journal.getFileName() + " out of the folder and open " + name + " again.", null, name,
                journal.getFileName().toString(), why);
    }

    /** Why the journal is not this file's, or null when it is (or is no journal SQLite would play back). */
    private static String mismatch(Path workbook, Path journal) throws IOException {
        byte[] file;
        try (InputStream in = Files.newInputStream(workbook)) {
            file = in.readNBytes(FILE_HEADER_BYTES);
        }
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer header = read(channel, 0, JOURNAL_HEADER_BYTES);
            if (header == null || !hasMagic(header)) {
                return null; // SQLite deletes it without playing anything back
            }
            int pageSize = header.getInt(24);
            if (!isPowerOfTwoIn(pageSize, 512, 65536) || !isPowerOfTwoIn(header.getInt(20), 32, 65536)) {
                return null; // likewise
            }
            if (file.length < FILE_HEADER_BYTES) {
                return "the workbook is only " + file.length + " bytes long";
            }
            ByteBuffer fileHeader = ByteBuffer.wrap(file);
            int filePageSize = pageSize(fileHeader);
            if (pageSize != filePageSize) {
                return "it holds pages of " + pageSize + " bytes, the workbook's are " + filePageSize;
            }
            ByteBuffer page1 = originalPage1(channel);
            if (page1 == null) {
                long pagesBefore = Integer.toUnsignedLong(header.getInt(16));
                long pagesNow = Integer.toUnsignedLong(fileHeader.getInt(28));
                return pagesBefore == pagesNow ? null : "it was written for a file of " + pagesBefore
                        + " pages, the workbook has " + pagesNow;
            }
            return page1Mismatch(page1, fileHeader);
        }
    }

    private static String page1Mismatch(ByteBuffer journalPage1, ByteBuffer file) {
        if (journalPage1.getInt(68) != file.getInt(68) || pageSize(journalPage1) != pageSize(file)) {
            return "its first page is of another database";
        }
        long before = Integer.toUnsignedLong(journalPage1.getInt(24));
        long now = Integer.toUnsignedLong(file.getInt(24));
        if (now != before && now != ((before + 1) & 0xFFFF_FFFFL)) {
            return "it was written when the file was at change " + before + ", the workbook is at change " + now;
        }
        return null;
    }

    /** The journal's copy of page 1 (its first 100 bytes) as the file had it, or null when page 1 is not in it. */
    private static ByteBuffer originalPage1(FileChannel channel) throws IOException {
        long size = channel.size();
        long offset = 0;
        long sectorSize = 0;
        while (true) {
            ByteBuffer header = read(channel, offset, JOURNAL_HEADER_BYTES);
            if (header == null || !hasMagic(header)) {
                return null;
            }
            if (sectorSize == 0) {
                sectorSize = header.getInt(20); // SQLite keeps the first header's sector size throughout
            }
            int pageSize = header.getInt(24);
            if (!isPowerOfTwoIn(pageSize, 512, 65536)) {
                return null;
            }
            long recordBytes = pageSize + 8L;
            long first = offset + sectorSize;
            long declared = Integer.toUnsignedLong(header.getInt(8));
            long records = declared == ALL_RECORDS ? Math.max(0, (size - first) / recordBytes) : declared;
            for (long r = 0; r < records; r++) {
                long at = first + r * recordBytes;
                ByteBuffer pageNumber = read(channel, at, 4);
                if (pageNumber == null || at + recordBytes > size) {
                    return null;
                }
                if (pageNumber.getInt(0) == 1) {
                    return read(channel, at + 4, FILE_HEADER_BYTES);
                }
            }
            long end = first + records * recordBytes;
            long next = ((end - 1) / sectorSize + 1) * sectorSize;
            if (next <= offset || next >= size) {
                return null;
            }
            offset = next;
        }
    }

    private static ByteBuffer read(FileChannel channel, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, at + buffer.position()) < 0) {
                return null;
            }
        }
        return buffer.flip();
    }

    private static boolean hasMagic(ByteBuffer header) {
        byte[] start = new byte[MAGIC.length];
        header.get(0, start);
        return Arrays.equals(start, MAGIC);
    }

    private static int pageSize(ByteBuffer header) {
        int raw = Short.toUnsignedInt(header.getShort(16));
        return raw == 1 ? 65536 : raw;
    }

    private static boolean isPowerOfTwoIn(int value, int min, int max) {
        return value >= min && value <= max && Integer.bitCount(value) == 1;
    }
}
