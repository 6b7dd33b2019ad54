package dev.hourglass.io.csv;

/** What an imported table holds (imports.md §1): the reader that takes it and the fields it knows. */
public enum ImportKind {
    DEALS("deals"), LEDGER("ledger"), ACCOUNTS("accounts"), SUBSCRIPTIONS("subscriptions"), LEADS("leads");

    private final String key;

    ImportKind(String key) {
        this.key = key;
    }

    /** The name used on the command line ({@code --kind}) and in JSON. */
    public String key() {
        return key;
    }
}
