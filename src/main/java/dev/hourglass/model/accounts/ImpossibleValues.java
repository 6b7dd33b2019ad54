package dev.hourglass.model.accounts;

import java.util.ArrayList;
import java.util.List;

/**
 * Values of the accounts that cannot be true (metrics.md §7): more features adopted than there are available. Such
 * an account's adoption counts as 1 ({@link Usage}); the output reports how many there are and the first few.
 *
 * @param count    accounts with an impossible value
 * @param examples the first {@link #SHOWN} of them in input order, in words ("a7: 12 features adopted of 10 available")
 */
public record ImpossibleValues(int count, List<String> examples) {
    public static final int SHOWN = 5;

    public ImpossibleValues {
        examples = List.copyOf(examples);
    }

    public static ImpossibleValues of(List<Account> accounts) {
        int count = 0;
        List<String> examples = new ArrayList<>();
        for (Account a : accounts) {
            if (Usage.adoptionImpossible(a)) {
                if (count++ < SHOWN) {
                    examples.add(a.account() + ": " + a.featuresAdopted().getAsInt() + " features adopted of "
                            + a.featuresAvailable().getAsInt() + " available");
                }
            }
        }
        return new ImpossibleValues(count, examples);
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** One sentence for a warning line: what, how many, what was done, and the first of them. */
    public String explain() {
        return count + (count == 1 ? " account has" : " accounts have") + " more features adopted than available, "
                + "counted as full adoption (100 %): " + String.join("; ", examples) + (count > examples.size()
                ? "; …" : "");
    }
}
