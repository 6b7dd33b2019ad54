package dev.hourglass.io.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordWrapper;

/** Hands FastCSV's parsed fields to one reused {@link CsvRow} instead of building a string per field. */
final class CsvRowHandler extends AbstractBaseCsvCallbackHandler<CsvRow> {
    private final CsvRow row = new CsvRow();

    @Override
    protected void handleBegin(long startingLineNumber) {
        row.begin(startingLineNumber);
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
        row.add(buf, offset, len);
    }

    @Override
    protected RecordWrapper<CsvRow> buildRecord() {
        return wrapRecord(row);
    }
}
