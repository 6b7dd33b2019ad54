package dev.hourglass.io.json;

import dev.hourglass.io.csv.DealsCsvReader;
import dev.hourglass.io.csv.Detection;
import dev.hourglass.io.csv.RowProblems;
import dev.hourglass.model.forecast.Odds;
import dev.hourglass.model.pipeline.AmountCount;
import dev.hourglass.model.pipeline.ConversionRates;
import dev.hourglass.io.words.DiagnosisWords;
import dev.hourglass.io.words.PipelineWarningWords;
import dev.hourglass.model.pipeline.DiagnosisFinding;
import dev.hourglass.model.pipeline.Dimension;
import dev.hourglass.model.pipeline.ForecastCategory;
import dev.hourglass.model.pipeline.PipelineResult;
import dev.hourglass.model.pipeline.PipelineWarning;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The output of {@code hourglass pipeline --json} (cli.md "Deals"), keys as in metrics.md §4 and imports.md §3.
 * Slipped deals and the slippage-adjusted rates are null when slippage could not be measured.
 */
public final class PipelineResultJson {
    private PipelineResultJson() {
    }

    /**
     * @param filled the values the import supplied; empty when unknown (a workbook imported before reports were
     *               kept), written as nulls
     * @param detections how the file was read (the import report's sentences)
     */
    public static void write(PipelineResult r, RowProblems problems, long rowsRead, String salStage,
                             Optional<DealsCsvReader.Filled> filled, List<Detection> detections, Writer writer) {
        write(r, problems, rowsRead, salStage, filled, detections, Optional.empty(), writer);
    }

    /**
     * @param detections how the file was read; those that warn ({@link Detection.Code#warns}) are written among the
     *                   warnings, the others as {@code "detections"}
     * @param odds       the odds of the period ({@code --odds}, forecast.md §1), written as {@code "odds"} when present
     */
    public static void write(PipelineResult r, RowProblems problems, long rowsRead, String salStage,
                             Optional<DealsCsvReader.Filled> filled, List<Detection> detections, Optional<Odds> odds,
                             Writer writer) {
        try (JsonOut out = new JsonOut(writer, true)) {
            out.beginObject();
            out.beginObject("period").string("from", r.period().start().toString())
                    .string("to", r.period().end().toString()).endObject();
            out.number("target", r.target());
            rates(out, r.rates());
            out.number("requiredCoverage", r.requiredCoverage())
                    .number("coverageFromCloseRate", r.coverageFromCloseRate())
                    .number("coverageFloor", r.coverageFloor())
                    .number("enterpriseCoverage", r.enterpriseCoverage())
                    .number("smbCoverage", r.smbCoverage());
            out.beginObject("open");
            amountCount(out, "commit", r.open(ForecastCategory.COMMIT));
            amountCount(out, "bestCase", r.open(ForecastCategory.BEST_CASE));
            amountCount(out, "pipeline", r.open(ForecastCategory.PIPELINE));
            out.endObject();
            amountCount(out, "openWithoutCloseDate", r.openWithoutCloseDate());
            out.number("forecast", r.forecast()).number("upside", r.upside()).number("smbForecast", r.smbForecast());
            out.beginArray("diagnosis");
            for (DiagnosisFinding f : r.diagnosis()) {
                out.beginObject().string("finding", f.finding().name()).string("label", f.finding().label())
                        .string("reason", DiagnosisWords.english(f.reason())).string("advice", f.finding().advice()).endObject();
            }
            out.endArray();
            out.beginObject("breakdowns");
            for (Dimension d : Dimension.values()) {
                out.beginObject(d.key());
                for (Map.Entry<String, ConversionRates> e : r.breakdowns().get(d).entrySet()) {
                    out.beginObject(e.getKey());
                    rates(out, e.getValue());
                    out.endObject();
                }
                out.endObject();
            }
            out.endObject();
            out.beginArray("warnings");
            for (PipelineWarning w : r.warnings()) {
                out.beginObject().string("code", w.code().name()).string("message", PipelineWarningWords.english(w)).endObject();
            }
            for (Detection d : Detection.warningsAmong(detections)) {
                out.beginObject().string("code", d.code().name()).string("message", d.english()).endObject();
            }
            out.endArray();
            DetectionsJson.write(out, Detection.english(Detection.readingsAmong(detections)));
            out.beginObject("filled");
            if (filled.isPresent()) {
                out.number("amountFromListPrice", filled.get().amountFromListPrice())
                        .number("amountBlank", filled.get().amountBlank());
            } else {
                out.nullValue("amountFromListPrice").nullValue("amountBlank");
            }
            out.endObject();
            out.number("rowsRead", rowsRead).number("dealsAnalysed", r.dealsAnalysed());
            ExcludedJson.write(out, problems, "never reached the SAL stage (" + salStage + ")", r.excludedBeforeSal());
            odds.ifPresent(o -> OddsJson.write(out, o));
            out.endObject();
        }
    }

    private static void rates(JsonOut out, ConversionRates r) {
        amountCount(out, "won", r.won());
        amountCount(out, "lostCompetition", r.lostCompetition());
        amountCount(out, "lostNoDecision", r.lostNoDecision());
        if (r.slippageMeasured()) {
            amountCount(out, "slipped", r.slipped());
        } else {
            out.nullValue("slipped");
        }
        out.number("closeRate", r.closeRate())
                .number("closeRateByCount", r.closeRateByCount())
                .number("slippageAdjustedCloseRate", r.slippageAdjustedCloseRate())
                .number("slippageAdjustedCloseRateByCount", r.slippageAdjustedCloseRateByCount())
                .number("winRate", r.winRate())
                .number("winRateByCount", r.winRateByCount());
    }

    private static void amountCount(JsonOut out, String name, AmountCount value) {
        out.beginObject(name).number("amount", value.amount()).number("count", value.count()).endObject();
    }
}
