package dev.hourglass.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.figures.FigureCatalogue;
import dev.hourglass.model.figures.FigureTexts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A driver's names: its key, the input a section holds it in, and its label from the figure catalogue. */
class DriverTest {
    private static final Map<String, Set<Driver>> SECTIONS = Map.of("retentionProgram", RetentionProgramSection.READS,
            "retention.nrrImprovement", NrrImprovementSection.READS, "channels[0]", ChannelSection.READS);

    @Test
    void theProgrammeAndTheNrrGainNameTwoDriversOtherwise() {
        assertThat(Driver.ANNUAL_LOGO_CHURN.inputKey("retentionProgram")).isEqualTo("churnNow");
        assertThat(Driver.NRR.inputKey("retention.nrrImprovement")).isEqualTo("nrrA");
        assertThat(Driver.ANNUAL_LOGO_CHURN.inputKey("channels[2]")).isEqualTo("annualLogoChurn");
        assertThat(Driver.ACV.inputKey("retentionProgram")).isEqualTo("acv");
    }

    @Test
    void aSectionsInputPathNamesTheDriverItReads() {
        assertThat(Driver.readBy("retentionProgram.churnNow")).contains(Driver.ANNUAL_LOGO_CHURN);
        assertThat(Driver.readBy("retention.nrrImprovement.nrrA")).contains(Driver.NRR);
        assertThat(Driver.readBy("channels[Acme.com ads].acv")).contains(Driver.ACV);
        assertThat(Driver.readBy("retention.nrrImprovement.closeRate")).contains(Driver.CLOSE_RATE);
        assertThat(Driver.readBy("retentionProgram.annualLogoChurn")).as("the programme calls it churn now").isEmpty();
        assertThat(Driver.readBy("retentionProgram.churnTarget")).as("the programme's own").isEmpty();
        assertThat(Driver.readBy("retention.nrrImprovement.nrrB")).isEmpty();
        assertThat(Driver.readBy("unitEconomics.acv")).as("the driver itself").isEmpty();
        assertThat(Driver.readBy("acv")).isEmpty();
    }

    @Test
    void everyDriverASectionReadsIsAnInputOfTheCatalogueUnderTheSectionsName() {
        SECTIONS.forEach((section, reads) -> {
            for (Driver driver : reads) {
                String path = section + "." + driver.inputKey(section);
                assertThat(FigureCatalogue.find(path)).as(path).hasValueSatisfying(f -> assertThat(f.output()).isFalse());
                assertThat(Driver.readBy(path)).as(path).contains(driver);
            }
        });
    }

    @Test
    void aDriversLabelIsTheCataloguesLabelOfTheInputItIsTypedAs() {
        for (Driver driver : Driver.values()) {
            // retention.nrr is typed in one form of the retention and computed in the other: one figure serves both
            assertThat(FigureCatalogue.find(driver.figure())).as(driver.key()).isPresent();
            assertThat(driver.label()).isEqualToIgnoringCase(FigureTexts.of(Locale.ENGLISH).nameInSentence(driver.figure()));
        }
        assertThat(List.of(Driver.ACV, Driver.GROSS_MARGIN, Driver.START_ARR, Driver.CLOSE_RATE, Driver.HORIZON_MONTHS,
                Driver.CUSTOMERS, Driver.NRR).stream().map(Driver::label).toList())
                .containsExactly("ACV", "gross margin", "start ARR", "close rate", "horizon", "customers", "NRR");
        FigureTexts german = FigureTexts.of(Locale.GERMAN);
        assertThat(Driver.GROSS_MARGIN.label(german)).isEqualTo(german.label("unitEconomics.grossMargin"))
                .isEqualTo("Bruttomarge");
        assertThat(Driver.CLOSE_RATE.label(german)).isEqualTo("Abschlussquote");
        assertThat(Optional.of(Driver.FIRST_YEAR_LOGO_CHURN.label())).contains("first-year logo churn");
    }
}
