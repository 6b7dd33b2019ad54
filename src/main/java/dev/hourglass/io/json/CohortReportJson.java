package dev.hourglass.io.json;

import dev.hourglass.io.csv.Detection;
import dev.hourglass.io.csv.RowProblems;
import dev.hourglass.model.actuals.Cohort;
import dev.hourglass.model.actuals.CohortReport;
import dev.hourglass.model.actuals.MonthMovement;
import dev.hourglass.model.actuals.TrailingTwelve;
import java.io.Writer;
import java.util.List;

/** The output of {@code hourglass cohorts --json} (cli.md "Subscription ledger"), keys as in metrics.md §6. */
public final class CohortReportJson {
    private CohortReportJson() {
    }

    /**
     * @param detections how the file was read; those that warn ({@link Detection#warningsAmong}, MRR in two currencies)
     *                   are written as {@code warnings}, each with its code, as the pipeline's are
     */
    public static void write(CohortReport report, RowProblems problems, long rowsRead, int customers,
                             List<Detection> detections, Writer writer) {
        try (JsonOut out = new JsonOut(writer, true)) {
            out.beginObject();
            out.beginArray("months");
            for (MonthMovement m : report.months()) {
                out.beginObject().string("month", m.month().toString()).number("mrr", m.mrr())
                        .number("customers", m.customers()).number("new", m.newMrr())
                        .number("expansion", m.expansion()).number("contraction", m.contraction())
                        .number("churn", m.churn()).number("reactivation", m.reactivation()).endObject();
            }
            out.endArray();
            out.beginArray("cohorts");
            for (Cohort c : report.cohorts()) {
                out.beginObject().string("cohort", c.cohort().toString()).number("size", c.size())
                        .number("startMrr", c.startMrr()).beginArray("revenueRetention");
                c.revenueRetention().forEach(out::number);
                out.endArray().beginArray("logoRetention");
                c.logoRetention().forEach(out::number);
                out.endArray().endObject();
            }
            out.endArray();
            out.beginArray("trailing12");
            for (TrailingTwelve t : report.trailing12()) {
                out.beginObject().string("month", t.month().toString()).number("nrr", t.nrr()).number("grr", t.grr())
                        .endObject();
            }
            out.endArray();
            out.beginArray("warnings");
            for (Detection d : Detection.warningsAmong(detections)) {
                out.beginObject().string("code", d.code().name()).string("message", d.english()).endObject();
            }
            out.endArray();
            DetectionsJson.write(out, Detection.english(Detection.readingsAmong(detections)));
            out.number("rowsRead", rowsRead).number("customers", customers);
            ExcludedJson.write(out, problems, null, 0);
            out.endObject();
        }
    }
}
