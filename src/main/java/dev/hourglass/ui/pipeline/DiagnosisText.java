package dev.hourglass.ui.pipeline;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.pipeline.DiagnosisReason;
import dev.hourglass.model.pipeline.DiagnosisReason.CloseRateLow;
import dev.hourglass.model.pipeline.DiagnosisReason.CoverageShort;
import dev.hourglass.model.pipeline.DiagnosisReason.Healthy;
import dev.hourglass.model.pipeline.DiagnosisReason.NoClosedDeal;
import dev.hourglass.model.pipeline.DiagnosisReason.WinRateLow;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.ValueText;

/** The reason of a pipeline diagnosis in the desktop's language, its figures written by the view's formatter. */
final class DiagnosisText {
    private DiagnosisText() {
    }

    static String of(DiagnosisReason reason, FigureFormatter f) {
        if (reason instanceof CoverageShort r) {
            return UiText.text("pipeline.reason.coverageShort", ValueText.of(r.motion()), f.fixed(r.coverage(), 2),
                    f.fixed(r.required(), 2));
        }
        if (reason instanceof NoClosedDeal) {
            return UiText.text("pipeline.reason.noClosedDeal");
        }
        if (reason instanceof CloseRateLow r) {
            return UiText.text(r.byCount() ? "pipeline.reason.closeRateLowByCount" : "pipeline.reason.closeRateLow",
                    f.percent(r.closeRate()), f.percent(r.threshold()), f.number(r.lostNoDecision(), 0),
                    f.number(r.lostCompetition(), 0));
        }
        if (reason instanceof WinRateLow r) {
            return UiText.text(r.byCount() ? "pipeline.reason.winRateLowByCount" : "pipeline.reason.winRateLow",
                    f.percent(r.winRate()), f.percent(r.threshold()));
        }
        Healthy r = (Healthy) reason;
        return UiText.text("pipeline.reason.healthy", f.fixed(r.coverage(), 2),
                r.required().isPresent() ? f.fixed(r.required().getAsDouble(), 2) + "×" : f.noData(),
                f.percent(r.closeRate()), f.percent(r.winRate()));
    }
}
