package dev.hourglass.model.accounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The expansion plays' target list (metrics.md §7): green accounts, not churned, with seat utilisation at or above
 * {@code expansionSeatFrom} or adoption at or above {@code expansionAdoptionFrom} (both capped at 1, {@link Usage});
 * largest ARR now first, equal ARR by account name.
 */
public final class ExpansionTargets {
    private ExpansionTargets() {
    }

    public static List<ExpansionTarget> of(List<Account> accounts, HealthScores scores, HealthSettings settings) {
        List<ExpansionTarget> targets = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            Account account = accounts.get(i);
            if (scores.band(i) != RiskBand.GREEN || account.churned()) {
                continue;
            }
            double seats = Usage.seatUtilisation(account);
            double adoption = Usage.adoption(account);
            // NaN (unknown) compares false: an unknown figure never qualifies.
            if (seats >= settings.expansionSeatFrom() || adoption >= settings.expansionAdoptionFrom()) {
                targets.add(new ExpansionTarget(account, scores.score(i).getAsDouble(), account.arrNow(),
                        known(seats), known(adoption)));
            }
        }
        targets.sort(Comparator.comparingDouble(ExpansionTarget::arrNow).reversed()
                .thenComparing(t -> t.account().account()));
        return List.copyOf(targets);
    }

    private static OptionalDouble known(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
