package dev.hourglass.store;

import dev.hourglass.store.WorkbookException.Detail;
import dev.hourglass.store.WorkbookException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The first 100 bytes of a workbook, checked before SQLite touches the file: an untrusted file that is not an
 * SQLite database, belongs to another application, is truncated or uses write-ahead logging is refused here.
 */
record WorkbookHeader(int pageSize, long pageCount, int applicationId, int userVersion) {
    /** "HGLS": marks the file as an Hourglass workbook in SQLite's application_id header field. */
    static final int APPLICATION_ID = 0x48474C53;
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int SIZE = 100;

    static WorkbookHeader read(Path file) throws WorkbookException {
        String name = Workbook.displayName(file);
        byte[] bytes;
        long fileSize;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(SIZE);
            fileSize = Files.size(file);
        } catch (IOException e) {
            throw new WorkbookException(Detail.CANNOT_BE_READ, name + " cannot be read (" + e.getMessage() + ")", e, name,
                    String.valueOf(e.getMessage()));
        }
        if (bytes.length == 0) {
            throw new WorkbookException(Detail.EMPTY, name + " is empty: it is not a Hourglass workbook", null, name);
        }
        if (bytes.length < SIZE || !startsWithMagic(bytes)) {
            throw new WorkbookException(Detail.NOT_SQLITE, name + " is not a Hourglass workbook (not an SQLite file)", null,
                    name);
        }
        ByteBuffer header = ByteBuffer.wrap(bytes);
        int rawPageSize = Short.toUnsignedInt(header.getShort(16));
        int pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw damaged(name, "its header gives an impossible page size (" + rawPageSize + ")");
        }
        if (bytes[18] != 1 || bytes[19] != 1) {
            throw new WorkbookException(Detail.OTHER_SQLITE_FORMAT, name + " is not a Hourglass workbook "
                    + "(it uses write-ahead logging or a newer SQLite file format, which Hourglass never writes)", null,
                    name);
        }
        int applicationId = header.getInt(68);
        if (applicationId != APPLICATION_ID) {
            throw new WorkbookException(Detail.OTHER_APPLICATION, name + " is an SQLite database of another "
                    + "application, not a Hourglass workbook", null, name);
        }
        long pageCount = Integer.toUnsignedLong(header.getInt(28));
        if (fileSize % pageSize != 0 || (pageCount > 0 && fileSize < pageCount * pageSize)) {
            throw damaged(name, "the file is truncated (" + fileSize + " bytes, expected "
                    + Math.max(pageCount * pageSize, fileSize - fileSize % pageSize + pageSize) + ")");
        }
        return new WorkbookHeader(pageSize, pageCount, applicationId, header.getInt(60));
    }

    private static boolean startsWithMagic(byte[] bytes) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    static WorkbookException damaged(String name, String why) {
        return new WorkbookException(Detail.DAMAGED, name + " is damaged and cannot be opened: " + why, null, name, why);
    }
}
