package dev.hourglass.io.sample;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * Writes a realistic subscription ledger (customer, month, mrr): the same seed gives the same file.
 * Customers start over the ledger's months, pay a log-normal MRR, churn with a front-loaded monthly hazard,
 * expand or contract now and then, and a few churned customers come back. Months with no MRR have no row.
 */
public final class LedgerGenerator {
    public static final YearMonth FIRST_MONTH = YearMonth.of(2019, 1);
    public static final int MONTHS = 50;

    private final SplittableRandom random;

    public LedgerGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public void write(Writer out, long rows) throws IOException {
        String[] months = new String[MONTHS];
        for (int m = 0; m < MONTHS; m++) {
            months[m] = FIRST_MONTH.plusMonths(m).toString();
        }
        try (CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord("customer", "month", "mrr", "segment");
            long written = 0;
            int customer = 0;
            while (written < rows) {
                customer++;
                written += writeCustomer(csv, "C" + customer, months, rows - written);
            }
        }
    }

    private long writeCustomer(CsvWriter csv, String name, String[] months, long budget) {
        int start = random.nextInt(MONTHS);
        double mrr = Math.round(400 * Math.exp(0.8 * gaussian()));
        String segment = mrr >= 1_000 ? "Enterprise" : mrr >= 300 ? "Mid-Market" : "SMB";
        boolean active = true;
        long written = 0;
        for (int m = start; m < MONTHS && written < budget; m++) {
            int age = m - start;
            if (active) {
                csv.writeRecord(name, months[m], Long.toString((long) mrr), segment);
                written++;
                double churnHazard = age < 12 ? 0.025 : 0.012;
                double u = random.nextDouble();
                if (u < churnHazard) {
                    active = false;
                } else if (u < churnHazard + 0.03) {
                    mrr = Math.round(mrr * (1.1 + 0.4 * random.nextDouble()));
                } else if (u < churnHazard + 0.04) {
                    mrr = Math.max(10, Math.round(mrr * (0.6 + 0.3 * random.nextDouble())));
                }
            } else if (random.nextDouble() < 0.02) {
                active = true;
                m--;
            }
        }
        return written;
    }

    private double gaussian() {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
