package dev.hourglass.ui.mainwindow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.ui.common.Headline;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The view model works on JavaFX properties only, so it is tested without starting the toolkit. */
class HeadlinesViewModelTest {

    private static Headline headline(HeadlinesViewModel vm, String id) {
        return vm.headlinesProperty().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void headlinesAreComputedFromTheScenario() {
        HeadlinesViewModel vm = new HeadlinesViewModel(SeedScenarios.baseCase(), new FigureFormatter(Locale.US, "USD"));
        assertThat(headline(vm, "yearOneGrossProfit").value()).isEqualTo("$19,200");
        assertThat(headline(vm, "paybackMonth").value()).isEqualTo("12\u00a0months");
        assertThat(headline(vm, "nrr").value()).isEqualTo("105%");
        assertThat(headline(vm, "roi").value()).isEqualTo("28%");
        // drift: "$3M" stood beside "$19.41M"; amounts of a million or more read alike
        assertThat(headline(vm, "smbForecast").value()).isEqualTo("$3.00M");
        assertThat(headline(vm, "closingArr").value()).matches("\\$\\d+\\.\\d\\dM");
        assertThat(headline(vm, "yearOneGrossProfit").formula()).isEqualTo("ACV × gross margin = $24,000 × 80%");
    }

    @Test
    void changingTheScenarioRecalculates() {
        HeadlinesViewModel vm = new HeadlinesViewModel(SeedScenarios.baseCase(), new FigureFormatter(Locale.US, "USD"));
        Scenario dearer = SeedScenarios.baseCase().withUnitEconomics(
                SeedScenarios.baseCase().unitEconomics().orElseThrow().withCac(30_000));
        // 19,200 covered in year one; the remaining 10,800 at 1,312 a month (82 % survive) takes 9 more months.
        vm.scenarioProperty().set(dearer);
        assertThat(headline(vm, "paybackMonth").value()).isEqualTo("21\u00a0months");
    }

    @Test
    void numbersFollowTheLocale() {
        HeadlinesViewModel vm = new HeadlinesViewModel(SeedScenarios.baseCase(), new FigureFormatter(Locale.GERMANY, "USD"));
        assertThat(headline(vm, "yearOneGrossProfit").value()).isEqualTo("19.200\u00a0$");
        // drift: German cards read "19,41 $M"; CLDR's German short form puts the currency after "Mio."
        assertThat(headline(vm, "smbForecast").value()).isEqualTo("3,00\u00a0Mio.\u00a0$");
        assertThat(headline(vm, "closingArr").value()).matches("\\d+,\\d\\d\u00a0Mio\\.\u00a0\\$");
        assertThat(headline(vm, "smbForecast").title()).isEqualTo("SMB-Prognose");
    }
}
