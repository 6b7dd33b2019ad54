package dev.hourglass.model.accounts;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One account with its health (metrics.md §7).
 *
 * @param score   0–100, empty when no weighted indicator is known (then the band is {@link RiskBand#UNSCORED})
 * @param reasons the indicators that cost points, most points first; none that cost nothing
 * @param missing the weighted indicators left out because they are unknown (the other weights were rescaled)
 */
public record ScoredAccount(Account account, OptionalDouble score, RiskBand band, List<Reason> reasons,
                            Set<Indicator> missing) {
    public ScoredAccount {
        reasons = List.copyOf(reasons);
        missing = Set.copyOf(missing);
    }
}
