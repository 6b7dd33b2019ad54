package dev.hourglass.ui;

import dev.hourglass.app.SampleWords;
import dev.hourglass.ui.common.UiText;

/**
 * The sample's scenario names and descriptions in the desktop's language. In English they are the scenarios' own
 * words, which the CLI and many tests know; another language takes them from its bundle.
 */
final class SampleText implements SampleWords {
    private SampleText() {
    }

    /** The words for a sample built now, in the language the desktop speaks. */
    static SampleWords ofDesktop() {
        return UiText.speaksEnglish() ? ENGLISH : new SampleText();
    }

    @Override
    public String name(SampleScenario scenario, String english) {
        return UiText.text("sample.scenario." + scenario.name() + ".name");
    }

    @Override
    public String description(SampleScenario scenario, String english) {
        return UiText.text("sample.scenario." + scenario.name() + ".description");
    }
}
