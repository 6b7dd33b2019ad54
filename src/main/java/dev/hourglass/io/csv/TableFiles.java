package dev.hourglass.io.csv;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.FileProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens a table file by what it holds, not what it is called: a zip archive is an xlsx workbook, an OLE2 compound
 * file is an old .xls or a password-protected workbook (neither readable; the message says what to do), anything
 * else is CSV text.
 */
final class TableFiles {
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private TableFiles() {
    }

    /**
     * @param sheet the sheet of a workbook to read; blank for the first
     */
    static RowSource open(Path path, String fileName, String sheet) throws BadInputException {
        return open(path, fileName, sheet, Utf8CsvRows.BUFFER);
    }

    /**
     * @param sheet the sheet of a workbook to read; blank for the first
     * @param csvBuffer the bytes a UTF-8 CSV file is read by at a time: less for a look at its header only
     */
    static RowSource open(Path path, String fileName, String sheet, int csvBuffer) throws BadInputException {
        try {
            byte[] magic;
            try (InputStream in = Files.newInputStream(path)) {
                magic = in.readNBytes(OLE2.length);
            }
            if (startsWith(magic, ZIP)) {
                return XlsxRows.open(path, fileName, sheet);
            }
            if (startsWith(magic, OLE2)) {
                boolean encrypted = isEncrypted(path);
                throw new BadInputException(fileName + ": " + (encrypted
                        ? "the workbook is password-protected; remove the password in Excel (File > Info > Protect"
                          + " Workbook) or save it as CSV"
                        : "old Excel format (.xls); save it as .xlsx or CSV"),
                        FileProblem.of(encrypted ? FileProblem.Code.PASSWORD_PROTECTED : FileProblem.Code.OLD_EXCEL,
                                fileName));
            }
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
                throw new BadInputException(fileName + ": not a readable xlsx workbook (it is not a zip archive;"
                        + " the file may be cut short or not a workbook at all)",
                        FileProblem.of(FileProblem.Code.NOT_XLSX, fileName));
            }
            return CsvRows.open(path, fileName, sheet, csvBuffer);
        } catch (NoSuchFileException e) {
            throw new BadInputException(fileName + ": no such file", FileProblem.of(FileProblem.Code.NO_SUCH_FILE, fileName));
        } catch (IOException e) {
            throw new BadInputException(fileName + ": cannot be read (" + e.getMessage() + ")", e,
                    FileProblem.of(FileProblem.Code.CANNOT_BE_READ, fileName, String.valueOf(e.getMessage())));
        }
    }

    /** An encrypted xlsx is an OLE2 file holding the real workbook as its "EncryptedPackage". */
    private static boolean isEncrypted(Path path) {
        try (POIFSFileSystem ole2 = new POIFSFileSystem(path.toFile(), true)) {
            return ole2.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
