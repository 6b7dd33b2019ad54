package dev.hourglass.io.csv;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.FileProblem;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Exports a user may take for the data they want that hold none of it: Stripe's customers export looks like its
 * subscriptions export (an id, a plan, a status, a created date) but has no start, end or amount, so no MRR. Told
 * apart by their tell-tale columns, they are refused in one sentence that says which export to take instead.
 */
public final class UnreadableExports {
    /** An export, the columns that give it away and how many of them it takes, and what to export instead. */
    private record Known(String key, int minMarks, List<Set<String>> marks, String instead) {
        boolean fits(Set<String> headerKeys) {
            return marks.stream().filter(m -> m.stream().anyMatch(headerKeys::contains)).count() >= minMarks;
        }
    }

    // Stripe Dashboard › Customers › Export; its columns as a public script writes the same file (docs/mapping.md)
    private static final List<Known> KNOWN = List.of(new Known("STRIPE_CUSTOMERS", 3,
            keys("Delinquent", "Total Spend", "Payment Count", "Refunded Volume", "Dispute Losses", "Card Last4"),
            "is Stripe's customers export, a list of customers without their subscriptions' start, end or amount,"
                    + " so it gives no MRR: export the subscriptions instead (Stripe Dashboard › Subscriptions ›"
                    + " Export) and use that file"));

    private UnreadableExports() {
    }

    /** The refusal of a file whose header names such an export, or empty. */
    public static Optional<BadInputException> refusal(String fileName, List<String> header) {
        Set<String> keys = header.stream().map(CsvFile::key).collect(Collectors.toSet());
        return KNOWN.stream().filter(k -> k.fits(keys)).findFirst().map(k -> new BadInputException(fileName + " "
                + k.instead(), FileProblem.of(FileProblem.Code.NOT_THE_DATA, fileName, k.key())));
    }

    private static List<Set<String>> keys(String... names) {
        return List.of(names).stream().map(n -> Set.of(CsvFile.key(n))).toList();
    }
}
