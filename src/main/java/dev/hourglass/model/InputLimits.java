package dev.hourglass.model;

/**
 * The largest inputs Hourglass accepts, one place for every way in (scenario files, workbooks, the desktop's edits,
 * imported data). Each is far beyond a real plan or business, and small enough that a hostile file cannot make a
 * command run for minutes or fill the memory.
 */
public final class InputLimits {
    /** A scenario's or channel's name, and a currency. */
    public static final int MAX_NAME_CHARS = 200;
    /** A scenario's description: a page of notes. */
    public static final int MAX_DESCRIPTION_CHARS = 10_000;
    /** Years of a retention projection, and so entries of its new ARR per year. */
    public static final int MAX_YEARS = 50;
    /** The unit economics horizon: 50 years. */
    public static final int MAX_HORIZON_MONTHS = 600;
    /** Channels of a scenario, lines of a budget. */
    public static final int MAX_LIST_ENTRIES = 100;
    /**
     * A scenario document (its JSON, in a file or a workbook) or any other JSON input file, in characters or bytes:
     * a scenario at every other limit takes ~100 KB.
     */
    public static final int MAX_JSON_DOCUMENT_CHARS = 1_000_000;
    /** An amount or MRR of one row of imported data: no real deal, invoice or account is larger. */
    public static final double MAX_AMOUNT = 1e15;

    private InputLimits() {
    }
}
