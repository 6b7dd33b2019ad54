package dev.hourglass.ui.common;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.pipeline.PipelineWarning;

/** A pipeline warning (on the Pipeline tab and in the import wizard) in the desktop's language. */
public final class PipelineWarningText {
    private PipelineWarningText() {
    }

    public static String of(PipelineWarning warning, FigureFormatter f) {
        return UiText.text("pipeline.warning." + warning.code().name(), f.number(warning.count(), 0),
                f.number(warning.total(), 0), UiText.text("pipeline.warning.scope." + warning.scope().name()));
    }
}
