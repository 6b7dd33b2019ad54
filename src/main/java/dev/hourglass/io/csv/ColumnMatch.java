package dev.hourglass.io.csv;

/**
 * One file column taken for a field, and why: the mapping renamed it, it has the field's own name, or it is a name
 * the field is known by in common exports ({@code recognisedAs} is that name, e.g. "Opportunity ID").
 */
public record ColumnMatch(int column, String header, String field, How how, String recognisedAs) {

    /** Why a column was taken, strongest first: a rename beats the field's own name, which beats a known name. */
    public enum How { RENAMED, SAME_NAME, RECOGNISED }

    /** A plain sentence for the import report and the wizard, e.g. "'Deal - Value' → amount (recognised as Value)". */
    public String describe() {
        String why = switch (how) {
            case RENAMED -> "renamed by the mapping";
            case SAME_NAME -> "same name";
            case RECOGNISED -> "recognised as " + recognisedAs;
        };
        return "'" + header + "' → " + field + " (" + why + ")";
    }
}
