package dev.hourglass.app;

/**
 * The name and description of each of the sample's scenarios in the language the sample is built in. The sample is
 * ours, not the user's data, so a desktop builds it in its own language; its figures are the same in every language.
 */
public interface SampleWords {
    /** The scenarios' own English words, as the CLI and the tests know them. */
    SampleWords ENGLISH = new SampleWords() {
        @Override
        public String name(SampleScenario scenario, String english) {
            return english;
        }

        @Override
        public String description(SampleScenario scenario, String english) {
            return english;
        }
    };

    /** The sample's scenarios, in the order the sample adds them. */
    enum SampleScenario { BASE_CASE, NRR_110, RETENTION_PROGRAMME, ACQUISITION_CHANNELS }

    String name(SampleScenario scenario, String english);

    String description(SampleScenario scenario, String english);
}
