package dev.hourglass.io.csv;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.FileProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens a table file by what it holds, not what it is called: a zip archive is an xlsx workbook, an OLE2 compound
 * file an Excel 97–2003 workbook (.xls) or a password-protected one (not readable; the message says what to do),
 * anything else is CSV text.
 */
final class TableFiles {
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    /** How much of the file's start is looked at: its magic number, or the opening of a web page or XML file. */
    private static final int START = 1024;

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
                magic = in.readNBytes(START);
            }
            if (startsWith(magic, ZIP)) {
                return XlsxRows.open(path, fileName, sheet);
            }
            if (startsWith(magic, OLE2)) {
                if (isEncrypted(path)) {
                    throw new BadInputException(fileName + ": the workbook is password-protected; remove the password in"
                            + " Excel (File > Info > Protect Workbook) or save it as CSV",
                            FileProblem.of(FileProblem.Code.PASSWORD_PROTECTED, fileName));
                }
                return XlsRows.open(path, fileName, sheet);
            }
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
                throw new BadInputException(fileName + ": not a readable xlsx workbook (it is not a zip archive;"
                        + " the file may be cut short or not a workbook at all)",
                        FileProblem.of(FileProblem.Code.NOT_XLSX, fileName));
            }
            refuseMarkup(magic, fileName);
            return CsvRows.open(path, fileName, sheet, csvBuffer);
        } catch (NoSuchFileException e) {
            throw new BadInputException(fileName + ": no such file", FileProblem.of(FileProblem.Code.NO_SUCH_FILE, fileName));
        } catch (IOException e) {
            throw new BadInputException(fileName + ": cannot be read (" + e.getMessage() + ")", e,
                    FileProblem.of(FileProblem.Code.CANNOT_BE_READ, fileName, String.valueOf(e.getMessage())));
        }
    }

    /**
     * A web page or an Excel 2003 XML spreadsheet is markup, not CSV: some tools save their "Excel" export as an HTML
     * table under an .xls name. Read as CSV, its tags would be taken for a header.
     */
    private static void refuseMarkup(byte[] start, String fileName) throws BadInputException {
        String text = new String(start, StandardCharsets.ISO_8859_1).replace("\u00ef\u00bb\u00bf", "").stripLeading()
                .toLowerCase(Locale.ROOT);
        if (!text.startsWith("<")) {
            return;
        }
        if (text.contains("urn:schemas-microsoft-com:office:spreadsheet") && !text.contains("<html")) {
            throw new BadInputException(fileName + ": an Excel 2003 XML spreadsheet; open it in Excel and save it as"
                    + " .xlsx or CSV", FileProblem.of(FileProblem.Code.XML_SPREADSHEET, fileName));
        }
        if (text.startsWith("<!doctype html") || text.contains("<html") || text.contains("<table")) {
            throw new BadInputException(fileName + ": a web page (HTML) with a table file's name, as some tools write"
                    + " their Excel export; open it in Excel and save it as .xlsx or CSV",
                    FileProblem.of(FileProblem.Code.WEB_PAGE, fileName));
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
