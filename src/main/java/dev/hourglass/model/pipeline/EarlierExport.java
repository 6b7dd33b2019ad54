package dev.hourglass.model.pipeline;

import dev.hourglass.model.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an export of a CRM taken on an earlier day showed, derived from its latest export: a snapshot of the same
 * source (forecast.md §2) that knows nothing the day did not. On a day D before the latest export, a deal created on
 * or after D is absent; a deal closed before D shows its outcome as in the latest export; every other deal is open,
 * due on its original close date while that has not passed yet (its slip lies ahead) and else on its close date, at a
 * stage as far along the stages to its latest one as its life at D is along the way from its creation to its close
 * (or, still open, to the latest export).
 */
public final class EarlierExport {
    private final StageSetup stages;
    private final LocalDate latestExport;

    /**
     * @param stages       the stages in the order a deal goes through them
     * @param latestExport the day the latest export was taken
     */
    public EarlierExport(StageSetup stages, LocalDate latestExport) {
        if (stages == null || latestExport == null) {
            throw new InvalidInputException("latestExport", "an earlier export needs the stages and the day of the "
                    + "latest export");
        }
        this.stages = stages;
        this.latestExport = latestExport;
    }

    /** The deals of the export taken on {@code day}, in the latest export's order. */
    public List<Deal> on(LocalDate day, List<Deal> latest) {
        List<Deal> earlier = new ArrayList<>(latest.size());
        for (Deal deal : latest) {
            on(day, deal).ifPresent(earlier::add);
        }
        return earlier;
    }

    /** The deal as the export taken on {@code day} showed it, or empty when it had not been created yet. */
    public Optional<Deal> on(LocalDate day, Deal latest) {
        if (day.isAfter(latestExport)) {
            throw new InvalidInputException("day", "an earlier export cannot be taken on " + day + ", after the "
                    + "latest one of " + latestExport);
        }
        if (day.equals(latestExport)) {
            return Optional.of(latest);
        }
        LocalDate created = latest.createdDate();
        if (created != null && !created.isBefore(day)) {
            return Optional.empty();
        }
        if (latest.outcome().isClosed() && latest.closeDate().isBefore(day)) {
            return Optional.of(latest);
        }
        LocalDate original = latest.originalCloseDate();
        boolean slipsLater = original != null && !original.isBefore(day);
        return Optional.of(new Deal(latest.id(), latest.amount(), stageOn(day, latest),
                slipsLater ? original : latest.closeDate(), Outcome.OPEN, latest.segment(), latest.competitor(),
                latest.owner(), latest.team(), latest.source(), slipsLater ? null : original, created,
                latest.include()));
    }

    private String stageOn(LocalDate day, Deal latest) {
        int last = stages.indexOf(latest.stage());
        LocalDate created = latest.createdDate();
        LocalDate end = latest.outcome().isClosed() ? latest.closeDate() : latestExport;
        if (last <= 0 || created == null || !end.isAfter(created)) {
            return latest.stage();
        }
        double along = (double) ChronoUnit.DAYS.between(created, day) / ChronoUnit.DAYS.between(created, end);
        return stages.stages().get((int) Math.floor(last * Math.min(1, along))).name();
    }
}
