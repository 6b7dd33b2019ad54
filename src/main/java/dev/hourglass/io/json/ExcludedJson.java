package dev.hourglass.io.json;

import dev.hourglass.io.csv.RowProblems;

/**
 * The {@code excluded} object of the CSV commands: every row left out, counted under its reason, with the
 * first few rows of each reason (line number and a message naming file, line and column).
 */
public final class ExcludedJson {
    private ExcludedJson() {
    }

    /**
     * @param modelReason a reason the model left rows out for (e.g. never reached the SAL stage), or null
     * @param modelCount  how many rows it left out for that reason
     */
    public static void write(JsonOut out, RowProblems problems, String modelReason, long modelCount) {
        out.beginObject("excluded").number("count", problems.total() + modelCount).beginArray("reasons");
        for (RowProblems.Reason reason : problems.reasons()) {
            out.beginObject().string("reason", reason.reason()).number("count", reason.count()).beginArray("examples");
            for (int i = 0; i < reason.examples().size(); i++) {
                out.beginObject().number("line", reason.lines().get(i)).string("message", reason.examples().get(i))
                        .endObject();
            }
            out.endArray().endObject();
        }
        if (modelReason != null && modelCount > 0) {
            out.beginObject().string("reason", modelReason).number("count", modelCount).beginArray("examples")
                    .endArray().endObject();
        }
        out.endArray().endObject();
    }
}
