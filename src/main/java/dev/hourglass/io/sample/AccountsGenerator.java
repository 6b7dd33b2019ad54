package dev.hourglass.io.sample;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * Writes a realistic customer-accounts export (metrics.md §7): the same seed gives the same file. Each account has
 * a hidden fit, better for some sources (seed 004's Campaign B brings fewer, better customers than Campaign A); the
 * leading indicators follow the fit with noise, and the outcomes follow the indicators — accounts that never
 * activate, use few seats or have one stakeholder churn far more often — so a "which indicator predicts renewal"
 * table finds real signal. Accounts older than a year have a known renewal outcome; younger ones renew within the
 * coming year and are the renewal-risk pipeline.
 */
public final class AccountsGenerator {
    /** The day the export was taken: renewals up to it have an outcome, later ones are the pipeline. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private static final LocalDate FIRST_START = LocalDate.of(2023, 1, 1);

    /** A source or campaign and how good a fit its customers are, on average. */
    private record Origin(String source, String campaign, double share, double fit) {
    }

    private static final Origin[] ORIGINS = {
        new Origin("Paid search", "Campaign A (cheaper leads)", 0.24, -0.55),
        new Origin("Paid search", "Campaign B (better customers)", 0.12, 0.6),
        new Origin("Organic", "Content and SEO", 0.2, 0.25),
        new Origin("Partner", "Partner referrals", 0.14, 0.35),
        new Origin("Events", "Industry events", 0.12, 0.0),
        new Origin("Outbound", "SDR outbound", 0.18, -0.3),
    };

    private final SplittableRandom random;

    public AccountsGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public void write(Writer out, long rows) throws IOException {
        try (CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord("account", "source", "campaign", "segment", "startDate", "arr", "renewalDate",
                    "daysToActivation", "daysToFirstValue", "featuresAdopted", "featuresAvailable", "activeUsers",
                    "seats", "ticketsPerActiveUser", "activeStakeholders", "nps", "renewed", "expansionArr",
                    "churnDate");
            for (long n = 1; n <= rows; n++) {
                csv.writeRecord(account(n));
            }
        }
    }

    private String[] account(long n) {
        Origin origin = origin();
        double fit = origin.fit() + gaussian();
        double arr = Math.round(18_000 * Math.exp(0.7 * gaussian()) / 100) * 100.0;
        String segment = arr >= 40_000 ? "Enterprise" : arr >= 15_000 ? "Mid-Market" : "SMB";
        int days = (int) ChronoUnit.DAYS.between(FIRST_START, AS_OF.minusDays(30));
        LocalDate start = FIRST_START.plusDays(random.nextInt(days));

        boolean activated = random.nextDouble() < sigmoid(1.4 + 1.3 * fit);
        Integer activation = activated ? Math.max(1, (int) Math.round(exponential(Math.max(4, 20 - 9 * fit)))) : null;
        Integer firstValue = activated && random.nextDouble() < sigmoid(1.0 + fit)
                ? activation + (int) Math.round(exponential(Math.max(5, 30 - 12 * fit))) : null;
        int available = segment.equals("SMB") ? 10 : 20;
        int adopted = binomial(available, sigmoid(0.9 * fit - 0.3));
        int seats = Math.max(3, (int) Math.round(arr / 600 * Math.exp(0.3 * gaussian())));
        int activeUsers = binomial(seats, sigmoid(0.9 * fit + 0.6));
        double tickets = Math.max(0, Math.round(exponential(Math.max(0.2, 1.1 - 0.4 * fit)) * 10) / 10.0);
        int stakeholders = Math.max(0, (int) Math.round(2.2 + 1.1 * fit + 0.8 * gaussian()));
        int nps = (int) Math.max(-100, Math.min(100, Math.round(15 + 30 * fit + 20 * gaussian())));
        boolean surveyed = random.nextDouble() < 0.7;

        // The outcome follows the indicators the customer-success team sees, not the hidden fit.
        double seatUse = (double) activeUsers / seats;
        double churnLogit = -1.9 + (activated ? 0 : 1.6) - 1.8 * (seatUse - 0.6) - 1.2 * ((double) adopted / available - 0.4)
                - 0.35 * (Math.min(stakeholders, 4) - 2) + 0.3 * (tickets - 1) + 0.4 * gaussian();
        boolean churns = random.nextDouble() < sigmoid(churnLogit);

        LocalDate renewal = start.plusYears(1);
        String renewed = "";
        String churnDate = "";
        double expansion = 0;
        if (!renewal.isAfter(AS_OF)) {
            while (!renewal.plusYears(1).isAfter(AS_OF) && !churns) {
                renewal = renewal.plusYears(1);
            }
            renewed = churns ? "no" : "yes";
            churnDate = churns ? renewal.toString() : "";
        }
        if (!churns && random.nextDouble() < sigmoid(-1.5 + 2.5 * (seatUse - 0.75) + fit)) {
            expansion = Math.round(arr * (0.1 + 0.3 * random.nextDouble()) / 100) * 100.0;
        }
        return new String[] {String.format("A%06d", n), origin.source(), origin.campaign(), segment, start.toString(),
            Long.toString((long) arr), renewal.toString(), activation == null ? "" : activation.toString(),
            firstValue == null ? "" : firstValue.toString(), Integer.toString(adopted), Integer.toString(available),
            Integer.toString(activeUsers), Integer.toString(seats), Double.toString(tickets),
            Integer.toString(stakeholders), surveyed ? Integer.toString(nps) : "", renewed,
            Long.toString((long) expansion), churnDate};
    }

    private Origin origin() {
        double u = random.nextDouble();
        for (Origin origin : ORIGINS) {
            u -= origin.share();
            if (u < 0) {
                return origin;
            }
        }
        return ORIGINS[ORIGINS.length - 1];
    }

    private int binomial(int n, double p) {
        int hits = 0;
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < p) {
                hits++;
            }
        }
        return hits;
    }

    private double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private double gaussian() {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
