package dev.hourglass.model.forecast;

import dev.hourglass.model.Require;
import java.util.List;

/**
 * What one Monte Carlo run of a period draws from: the amount already won in the period, its open deals with their
 * odds, the bookings of deals created and won inside each past period of the same length (one drawn per run), and
 * the share of the period still ahead ({@code timeLeft}, 0 once it has ended) that scales them.
 */
public record OddsInputs(OddsMethod method, double won, List<OpenDeal> open, double[] pastNewDealBookings,
                         double timeLeft) {
    public OddsInputs {
        Require.present("method", method);
        Require.nonNegative("won", won);
        open = List.copyOf(open);
        pastNewDealBookings = pastNewDealBookings.clone();
        Require.fraction("time left", timeLeft);
    }

    @Override
    public double[] pastNewDealBookings() {
        return pastNewDealBookings.clone();
    }
}
