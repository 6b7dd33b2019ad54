package dev.hourglass.io.sample;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.Outcome;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a realistic CRM deal export, as taken on {@link #EXPORTED_ON}: the same seed gives the same file. Three segments with their own deal
 * sizes (log-normal) and sales cycles, buyer stages of the default stage setup, outcomes that depend on the
 * segment, close dates spread over 2016–2018 and about one deal in six slipped from an earlier close date.
 */
public final class DealsGenerator {
    public static final List<String> HEADER = List.of("id", "amount", "stage", "closeDate", "outcome", "segment",
            "competitor", "owner", "team", "source", "originalCloseDate", "createdDate");

    private static final String[] STAGES = {"Discovery", "Understanding value", "Building business case",
        "Long list", "Short list", "Negotiating", "Redlining"};
    private static final String[] COMPETITORS = {"", "Acme", "Globex", "Initech", "Umbrella", "Hooli"};
    private static final String[] SOURCES = {"Inbound", "Outbound", "Partner", "Paid search", "Events", "Referral"};
    private static final String[] TEAMS = {"East", "West", "Central", "EMEA", "APAC", "Inside"};
    private static final LocalDate FIRST_CLOSE = LocalDate.of(2016, 1, 1);
    private static final int CLOSE_SPAN_DAYS = 3 * 365;
    /** The day the export is taken: the day after the latest close date it can hold (2018-12-31). */
    public static final LocalDate EXPORTED_ON = FIRST_CLOSE.plusDays(CLOSE_SPAN_DAYS);

    private final SplittableRandom random;

    public DealsGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public void write(Writer out, long rows) throws IOException {
        try (CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord(HEADER);
            String[] row = new String[HEADER.size()];
            for (long i = 1; i <= rows; i++) {
                csv.writeRecord(fill(row, next(i)));
            }
        }
    }

    /** The next {@code rows} deals, as {@link #write(Writer, long)} would write them. */
    public List<Deal> deals(int rows) {
        List<Deal> deals = new ArrayList<>(rows);
        for (long i = 1; i <= rows; i++) {
            deals.add(next(i));
        }
        return deals;
    }

    /** Writes deals as a CRM export in this generator's columns. */
    public static void write(Writer out, List<Deal> deals) throws IOException {
        try (CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord(HEADER);
            String[] row = new String[HEADER.size()];
            for (Deal deal : deals) {
                csv.writeRecord(fill(row, deal));
            }
        }
    }

    private Deal next(long id) {
        Segment segment = Segment.pick(random.nextDouble());
        double amount = Math.round(segment.medianAmount * Math.exp(0.6 * gaussian()) / 100.0) * 100.0;
        LocalDate closeDate = FIRST_CLOSE.plusDays(random.nextInt(CLOSE_SPAN_DAYS));
        Outcome outcome = outcome(segment);
        String stage = outcome == Outcome.OPEN ? STAGES[random.nextInt(STAGES.length)] : closedStage(outcome);
        LocalDate originalCloseDate = random.nextDouble() < 0.16 ? closeDate.minusDays(30 + random.nextInt(120)) : null;
        LocalDate createdDate = closeDate.minusDays(segment.cycleDays / 2 + random.nextInt(segment.cycleDays));
        int owner = random.nextInt(60);
        String competitor = COMPETITORS[random.nextInt(COMPETITORS.length)];
        String source = SOURCES[random.nextInt(SOURCES.length)];
        return new Deal("D" + id, amount, stage, closeDate, outcome, segment.label, competitor, "Rep " + (owner + 1),
                TEAMS[owner % TEAMS.length], source, originalCloseDate, createdDate, null);
    }

    private static String[] fill(String[] row, Deal deal) {
        row[0] = deal.id();
        row[1] = Long.toString((long) deal.amount());
        row[2] = deal.stage();
        row[3] = deal.closeDate().toString();
        row[4] = deal.outcome().name();
        row[5] = deal.segment();
        row[6] = deal.competitor();
        row[7] = deal.owner();
        row[8] = deal.team();
        row[9] = deal.source();
        row[10] = deal.originalCloseDate() == null ? "" : deal.originalCloseDate().toString();
        row[11] = deal.createdDate().toString();
        return row;
    }

    private Outcome outcome(Segment segment) {
        double u = random.nextDouble();
        if (u < 0.40) {
            return Outcome.OPEN;
        }
        double closed = (u - 0.40) / 0.60;
        if (closed < segment.winShare) {
            return Outcome.WON;
        }
        return closed < segment.winShare + (1 - segment.winShare) * 0.45 ? Outcome.LOST_COMPETITION
                : Outcome.LOST_NO_DECISION;
    }

    /** A lost deal stopped somewhere in the funnel, sometimes before it was ever qualified. */
    private String closedStage(Outcome outcome) {
        if (outcome == Outcome.WON) {
            return STAGES[STAGES.length - 1];
        }
        return STAGES[random.nextInt(STAGES.length)];
    }

    private double gaussian() {
        // Box–Muller; SplittableRandom has no nextGaussian on Java 17.
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private enum Segment {
        SMB("SMB", 12_000, 60, 0.38),
        MID_MARKET("Mid-Market", 45_000, 120, 0.33),
        ENTERPRISE("Enterprise", 160_000, 240, 0.27);

        final String label;
        final double medianAmount;
        final int cycleDays;
        final double winShare;

        Segment(String label, double medianAmount, int cycleDays, double winShare) {
            this.label = label;
            this.medianAmount = medianAmount;
            this.cycleDays = cycleDays;
            this.winShare = winShare;
        }

        static Segment pick(double u) {
            return u < 0.55 ? SMB : u < 0.85 ? MID_MARKET : ENTERPRISE;
        }
    }
}
