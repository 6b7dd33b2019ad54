package dev.hourglass.io.csv;

import dev.hourglass.io.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

/**
 * The rows of one sheet of an xlsx workbook, read as a stream of the sheet's XML (POI's package and shared
 * strings, the JDK's StAX), so a sheet of 200,000 rows never sits in memory. Line numbers are the sheet's row
 * numbers; blank rows are skipped; rows are as wide as the header, as xlsx leaves trailing blank cells out.
 * POI's zip-bomb limits ({@code ZipSecureFile}) apply unchanged: an entry may not expand more than 100 times
 * its compressed size, nor beyond 4 GB.
 */
final class XlsxRows implements RowSource {
    private final String fileName;
    private final OPCPackage workbook;
    private final InputStream sheetData;
    private final XMLStreamReader xml;
    private final XlsxCellText cells;
    private final Detection sheetSentence;
    private final String otherSheetsHint;
    private final SheetRow sheetRow = new SheetRow();
    private final List<String> values = sheetRow.values;
    private long rowNumber;
    private long formulasWithoutValue;

    private XlsxRows(String fileName, OPCPackage workbook, InputStream sheetData, XlsxCellText cells,
                     Detection sheetSentence, String otherSheetsHint) throws XMLStreamException {
        this.fileName = fileName;
        this.workbook = workbook;
        this.sheetData = sheetData;
        this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetData);
        this.cells = cells;
        this.sheetSentence = sheetSentence;
        this.otherSheetsHint = otherSheetsHint;
    }

    /**
     * Opens the named sheet, or the first when {@code sheet} is blank.
     *
     * @throws BadInputException when the file is no readable workbook or has no such sheet
     */
    static XlsxRows open(Path path, String fileName, String sheet) throws BadInputException {
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw unreadable(fileName, e);
        }
        InputStream chosen = null;
        try {
            XSSFReader reader = new XSSFReader(workbook);
            XlsxCellText cells = new XlsxCellText(new ReadOnlySharedStringsTable(workbook, false),
                    reader.getStylesTable(), usesDate1904(reader));
            List<String> names = new ArrayList<>();
            String chosenName = null;
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                InputStream data = sheets.next();
                String name = sheets.getSheetName();
                names.add(name);
                if (chosen == null && (sheet == null || sheet.isBlank() || WorkbookSheets.matches(name, sheet))) {
                    chosen = data;
                    chosenName = name;
                } else {
                    data.close();
                }
            }
            if (chosen == null) {
                WorkbookSheets.chosen(fileName, names, sheet); // throws: no sheet, or none of that name
            }
            String hint = WorkbookSheets.otherSheetsHint(names, sheet, chosenName);
            return new XlsxRows(fileName, workbook, chosen, cells, WorkbookSheets.sheetSentence(fileName, chosenName, names),
                    hint);
        } catch (BadInputException e) {
            workbook.revert();
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | XMLStreamException | RuntimeException e) {
            closeQuietly(chosen);
            workbook.revert();
            throw unreadable(fileName, e);
        }
    }

    @Override
    public CsvRow next() throws BadInputException {
        try {
            while (nextRow()) {
                CsvRow row = sheetRow.asRow(rowNumber);
                if (row != null) {
                    return row;
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            throw new BadInputException(fileName + ", after row " + rowNumber + ": " + problemOf(e), e);
        }
    }

    @Override
    public void headerWidth(int headerWidth) {
        sheetRow.headerWidth(headerWidth);
    }

    @Override
    public String otherSheetsHint() {
        return otherSheetsHint;
    }

    @Override
    public Optional<Detection> otherSheets() {
        return otherSheetsHint.isEmpty() ? Optional.empty() : Optional.of(sheetSentence);
    }

    @Override
    public List<Detection> detections() {
        List<Detection> sentences = new ArrayList<>();
        sentences.add(sheetSentence);
        if (formulasWithoutValue > 0) {
            sentences.add(Detection.of(Detection.Code.FORMULAS_WITHOUT_VALUE, fileName + ": " + formulasWithoutValue
                    + " formula cell" + (formulasWithoutValue == 1 ? " has" : "s have")
                    + " no saved value (the file was not last saved by Excel) and "
                    + (formulasWithoutValue == 1 ? "was" : "were") + " read as blank; open and save it in Excel"
                    + " to keep their values.", fileName, formulasWithoutValue));
        }
        return sentences;
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the sheet was read or abandoned; nothing is lost by a failed close of the parser
        }
        closeQuietly(sheetData);
        workbook.revert();
    }

    /** Reads the next {@code <row>} into {@link #values}; false after the sheet's last row. */
    private boolean nextRow() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                readRow();
                return true;
            }
        }
        return false;
    }

    private void readRow() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r.strip());
        values.clear();
        int nextColumn = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref == null ? nextColumn : columnOf(ref);
                String type = xml.getAttributeValue(null, "t");
                String style = xml.getAttributeValue(null, "s");
                String text = cells.text(type, style, readCellValue());
                while (values.size() <= column) {
                    values.add("");
                }
                values.set(column, text);
                nextColumn = column + 1;
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                return;
            }
        }
    }

    /** The text of the cell's {@code <v>} or inline string; null when it has neither. */
    private String readCellValue() throws XMLStreamException {
        String value = null;
        boolean formula = false;
        StringBuilder inline = null;
        int phoneticDepth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> value = xml.getElementText();
                    case "f" -> {
                        formula = true;
                        xml.getElementText();
                    }
                    case "is" -> inline = new StringBuilder();
                    case "rPh" -> phoneticDepth++;
                    case "t" -> {
                        String text = xml.getElementText();
                        if (inline != null && phoneticDepth == 0) {
                            inline.append(text);
                        }
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "rPh" -> phoneticDepth--;
                    case "c" -> {
                        if (formula && value == null) {
                            formulasWithoutValue++;
                        }
                        return inline != null ? inline.toString() : value;
                    }
                    default -> {
                    }
                }
            }
        }
        return value;
    }

    /** The zero-based column of a cell reference such as {@code AB12}. */
    static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    private static boolean usesDate1904(XSSFReader reader) throws IOException, OpenXML4JException,
            XMLStreamException {
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("workbookPr")) {
                        String value = xml.getAttributeValue(null, "date1904");
                        return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
                    }
                    if (xml.getEventType() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheets")) {
                        return false;
                    }
                }
                return false;
            } finally {
                xml.close();
            }
        }
    }

    private static BadInputException unreadable(String fileName, Exception e) {
        return new BadInputException(fileName + ": " + problemOf(e), e);
    }

    private static String problemOf(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("max entry size")
                    || message.contains("MAX_ENTRY_SIZE")) {
                return "refused: a part of it expands far beyond what a spreadsheet holds (a possible zip bomb)";
            }
        }
        return "not a readable xlsx workbook (" + e.getMessage() + ")";
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // reading is over; a failed close loses nothing
            }
        }
    }
}
