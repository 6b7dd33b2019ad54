package dev.hourglass.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A glance at a table file's first bytes, to pass over the files that cannot be a lookup table before any is opened
 * as a table: a CSV's first {@value #BYTES} bytes, an xlsx workbook's first {@value #BYTES} bytes of its shared
 * strings and first sheet (where its header's names are), through the JDK's zip alone — opening a workbook as a
 * table loads the spreadsheet library, a second or more of a short command line run. The text is compared as column
 * names are ({@link CsvFile#key}): spaces, underscores, hyphens and zero bytes (UTF-16) left out, in lower case.
 */
public final class TableGlance {
    static final int BYTES = 8 * 1024;
    private static final List<String> XLSX_PARTS = List.of("xl/sharedStrings.xml", "xl/worksheets/sheet1.xml");

    private TableGlance() {
    }

    /** The glance at a file; empty when it cannot be read. */
    public static String of(Path file) {
        try {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
                return xlsx(file);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return normalised(in.readNBytes(BYTES));
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String xlsx(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (String part : XLSX_PARTS) {
                ZipEntry entry = zip.getEntry(part);
                if (entry != null) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        text.append(normalised(in.readNBytes(BYTES))).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    /** Latin-1 keeps every byte one character: the names looked for are ASCII, in UTF-8 and Windows-1252 alike. */
    private static String normalised(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            char c = (char) (b & 0xFF);
            if (c != ' ' && c != '_' && c != '-' && c != 0) {
                text.append(Character.toLowerCase(c));
            }
        }
        return text.toString();
    }
}
