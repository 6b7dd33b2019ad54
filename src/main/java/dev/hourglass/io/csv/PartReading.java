package dev.hourglass.io.csv;

/**
 * How a reader reads the second part of a large file on another thread while it reads the first itself
 * ({@link CsvFile#forEachRow(java.util.function.Consumer, PartReading)}): the part's rows are turned into what
 * the reader needs there, and handed on in file order once every row before them has been.
 *
 * @param <P> what the part's rows gave, held until it is handed on
 */
interface PartReading<P> {
    /** A new, empty part, on the other thread; it must share nothing that the calling thread changes. */
    P newPart();

    /** Reads one row of the part, on the other thread; {@code row.line()} counts from 1 at the part's first line. */
    void read(P part, CsvRow row);

    /**
     * Hands the part's rows on, on the calling thread, after all rows before them.
     *
     * @param linesBefore the lines of the file before the part's first line
     */
    void handOn(P part, long linesBefore);
}
