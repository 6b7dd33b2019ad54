package dev.hourglass.app;

import dev.hourglass.model.forecast.Odds;
import dev.hourglass.model.forecast.OddsLearner;
import dev.hourglass.model.forecast.OddsSimulation;
import dev.hourglass.model.forecast.PriorStates;
import dev.hourglass.model.pipeline.Period;
import dev.hourglass.model.pipeline.PipelineSettings;
import dev.hourglass.store.WorkbookException;
import java.time.LocalDate;

/** The odds of a period from a snapshot and the snapshots before it (forecast.md §1), both front ends' use case. */
public final class PeriodOdds {
    private PeriodOdds() {
    }

    /**
     * A learner for {@code snapshot}, primed with what the snapshots before it tell (stages held before closing,
     * first close dates); feed it the snapshot's deals. {@code learnBefore}: see {@link OddsLearner}.
     */
    public static OddsLearner learner(DealSnapshots snapshots, int snapshot, Period period, LocalDate learnBefore,
                                      PipelineSettings settings) throws WorkbookException {
        return new OddsLearner(snapshots.stages(snapshot), period, snapshots.dates().get(snapshot), learnBefore,
                priors(snapshots, snapshot), settings);
    }

    /** What the snapshots before {@code snapshot} tell about its deals (none when it is the first). */
    public static PriorStates priors(DealSnapshots snapshots, int snapshot) throws WorkbookException {
        if (snapshot == 0) {
            return PriorStates.none();
        }
        PriorStates priors = new PriorStates();
        for (int i = 0; i < snapshot; i++) {
            snapshots.read(i, priors);
        }
        return priors;
    }

    /** The odds of the period from the latest snapshot, learning from every deal closed in it. */
    public static Odds latest(DealSnapshots snapshots, Period period, PipelineSettings settings, int runs, long seed)
            throws WorkbookException {
        int last = snapshots.dates().size() - 1;
        OddsLearner learner = learner(snapshots, last, period, null, settings);
        snapshots.read(last, learner);
        return OddsSimulation.run(learner.result(), runs, seed, settings.target());
    }
}
