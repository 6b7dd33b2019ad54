package dev.hourglass.ui;

import dev.hourglass.app.SampleWorkbook;
import dev.hourglass.ui.common.UiText;
import java.text.NumberFormat;
import java.util.Locale;

/** A step of building the sample workbook as the opening screen says it, in the desktop's language. */
final class SampleSteps {
    private SampleSteps() {
    }

    /** "Generating a CRM export of 20,000 deals…", the count written as {@code format} writes numbers. */
    static String text(SampleWorkbook.Step step, Locale format) {
        return UiText.text("sample.step." + step.name(), NumberFormat.getIntegerInstance(format).format(step.rows()));
    }
}
