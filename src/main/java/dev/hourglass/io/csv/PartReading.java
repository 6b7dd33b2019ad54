package dev.hourglass.io.csv;

/**
 * How a reader reads the second part of a large file on another thread while it reads the first itself
 * ({@link CsvFile#forEachRow(java.util.function.Consumer, PartReading)}): the part's rows are turned into what
 * the reader needs there, in pieces, and each piece is handed on in file order once every row before it has been.
 * A part read in several pieces is handed on while it is still being read, once the first part is done.
 *
 * @param <P> what a piece's rows gave, held until it is handed on
 */
interface PartReading<P> {
    /**
     * A new, empty piece, on the other thread: the part's first, or the one after a piece that has all its rows.
     * What a piece holds must be shared with nothing that the calling thread changes.
     */
    P newPiece();

    /** Reads one row into the piece, on the other thread; {@code row.line()} counts from 1 at the part's first line. */
    void read(P piece, CsvRow row);

    /** The piece has all its rows (on the other thread, before it is handed on): what it counts is final. */
    default void endPiece(P piece) {
    }

    /** The rows a piece holds before the next one starts; the default reads the whole part as one piece. */
    default int rowsAPiece() {
        return Integer.MAX_VALUE;
    }

    /**
     * Hands the piece's rows on, on the calling thread, after all rows before them. When the rest of the part
     * cannot be read on the other thread, the calling thread reads it itself after the last piece handed on.
     *
     * @param linesBefore the lines of the file before the part's first line
     */
    void handOn(P piece, long linesBefore);
}
