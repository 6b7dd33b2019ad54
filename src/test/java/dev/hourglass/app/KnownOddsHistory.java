package dev.hourglass.app;

import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.StageSetup;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A CRM's history where the true odds are known, exported on the first day of every month. Each month
 * {@code created} deals are created (SMB and Enterprise, half each); a deal is due 10 to 70 days later, and each
 * time its due month ends it slips to a day of the next month with probability {@code slip}; it then closes won with
 * its segment's probability (SMB {@code smbWin}, Enterprise {@code enterpriseWin}). Exports carry no original close
 * date: slips show only between snapshots. From month {@code shiftFrom} on the win probabilities are multiplied by
 * {@code shift} (1: none), a change of the truth that odds learned from the past cannot foresee.
 */
final class KnownOddsHistory implements DealSnapshots {
    private static final String[] OPEN_STAGES = {"Understanding value", "Building business case", "Long list",
        "Short list", "Negotiating", "Redlining"};

    private record Life(String id, double amount, String segment, LocalDate created, List<LocalDate> dueDates,
                        boolean won, String stage) {
        LocalDate finalClose() {
            return dueDates.get(dueDates.size() - 1);
        }
    }

    private final List<Life> lives = new ArrayList<>();
    private final List<LocalDate> dates = new ArrayList<>();

    KnownOddsHistory(long seed, YearMonth first, int months, int created, double smbWin, double enterpriseWin,
                     double slip, YearMonth shiftFrom, double shift) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int m = 0; m < months; m++) {
            YearMonth month = first.plusMonths(m);
            dates.add(month.atDay(1));
            double factor = month.isBefore(shiftFrom) ? 1 : shift;
            for (int i = 0; i < created; i++) {
                boolean smb = i % 2 == 0;
                LocalDate made = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
                List<LocalDate> due = new ArrayList<>();
                due.add(made.plusDays(10 + random.nextInt(61)));
                while (random.nextDouble() < slip) {
                    YearMonth next = YearMonth.from(due.get(due.size() - 1)).plusMonths(1);
                    due.add(next.atDay(1 + random.nextInt(next.lengthOfMonth())));
                }
                double win = (smb ? smbWin : enterpriseWin) * factor;
                double amount = smb ? 2000 + random.nextInt(6000) : 20_000 + random.nextInt(60_000);
                lives.add(new Life("D" + lives.size(), amount, smb ? "SMB" : "Enterprise", made, due,
                        random.nextDouble() < win, OPEN_STAGES[random.nextInt(OPEN_STAGES.length)]));
            }
        }
        dates.add(first.plusMonths(months + 6).atDay(1));
    }

    @Override
    public List<LocalDate> dates() {
        return dates;
    }

    @Override
    public StageSetup stages(int snapshot) {
        return StageSetup.defaults();
    }

    /** The CRM as exported on the snapshot's day: deals created before it, closed when their final date passed. */
    @Override
    public void read(int snapshot, Consumer<Deal> sink) {
        LocalDate day = dates.get(snapshot);
        for (Life life : lives) {
            if (!life.created().isBefore(day)) {
                continue;
            }
            if (life.finalClose().isBefore(day)) {
                sink.accept(deal(life, life.finalClose(), life.won() ? Outcome.WON : Outcome.LOST_COMPETITION,
                        "Redlining"));
            } else {
                sink.accept(deal(life, dueOn(life, day), Outcome.OPEN, life.stage()));
            }
        }
    }

    /** The close date shown on the day: the first due date whose month has not ended. */
    private static LocalDate dueOn(Life life, LocalDate day) {
        for (LocalDate due : life.dueDates()) {
            if (!YearMonth.from(due).atEndOfMonth().isBefore(day)) {
                return due;
            }
        }
        return life.finalClose();
    }

    private static Deal deal(Life life, LocalDate close, Outcome outcome, String stage) {
        return new Deal(life.id(), life.amount(), stage, close, outcome, life.segment(), "", "", "", "", null,
                life.created(), null);
    }
}
