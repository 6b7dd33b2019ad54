package dev.hourglass.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.ui.channels.ChannelsViewModel;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.ui.common.Headline;
import dev.hourglass.ui.common.InputRow;
import dev.hourglass.ui.session.SelectedScenario;
import dev.hourglass.ui.session.WorkbookSession;
import dev.hourglass.ui.programme.RetentionProgramViewModel;
import dev.hourglass.ui.retention.RetentionViewModel;
import dev.hourglass.ui.uniteconomics.UnitEconomicsViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A business driver typed once in the scenario views, a section's override of it, and its reset. */
class DriverOverridesViewModelTest {
    private static final Locale LOCALE = Locale.US;
    private static final FigureFormatter FORMATS = new FigureFormatter(LOCALE, "USD");
    private static final int ACV_ROW = 1;

    @TempDir
    Path dir;
    private WorkbookSession session;
    private SelectedScenario selected;

    @BeforeEach
    void open() throws Exception {
        session = TestSessions.open(dir, List.of(SeedScenarios.baseCase()));
        selected = new SelectedScenario(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static String card(List<Headline> cards, String id) {
        return cards.stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow().value();
    }

    @Test
    void acvTypedInUnitEconomicsIsTheProgrammesUntilTheProgrammeOverridesIt() {
        UnitEconomicsViewModel unitEconomics = new UnitEconomicsViewModel(selected, FORMATS, LOCALE);
        RetentionProgramViewModel programme = new RetentionProgramViewModel(selected, FORMATS, LOCALE);
        InputRow acv = programme.grid().rows().get(ACV_ROW);
        // The seed's programme has its own ACV of $20K: an override of the scenario's $24K.
        assertThat(acv.overrideProperty().get()).isEqualTo("Overrides the scenario's ACV of 24,000 USD");
        assertThat(card(programme.headlines(), "arrSaved")).isEqualTo("$240,000");

        assertThat(programme.grid().reset(ACV_ROW)).isTrue();
        assertThat(acv.overridden()).isFalse();
        assertThat(acv.textProperty().get()).isEqualTo("24,000");
        assertThat(card(programme.headlines(), "arrSaved")).isEqualTo("$288,000");

        assertThat(unitEconomics.grid().edit(0, "30000")).isTrue();
        assertThat(acv.textProperty().get()).isEqualTo("30,000");
        assertThat(card(programme.headlines(), "arrSaved")).isEqualTo("$360,000");

        assertThat(programme.grid().edit(ACV_ROW, "25000")).isTrue();
        assertThat(acv.overrideProperty().get()).isEqualTo("Overrides the scenario's ACV of 30,000 USD");
        assertThat(unitEconomics.grid().edit(0, "32000")).isTrue();
        assertThat(acv.textProperty().get()).isEqualTo("25,000"); // the override stays
        assertThat(card(programme.headlines(), "arrSaved")).isEqualTo("$300,000");
        assertThat(selected.get().drivers().value(Driver.ACV)).hasValue(32_000);

        assertThat(programme.grid().reset(ACV_ROW)).isTrue();
        assertThat(card(programme.headlines(), "arrSaved")).isEqualTo("$384,000");
        session.history().undo();
        assertThat(acv.overrideProperty().get()).isEqualTo("Overrides the scenario's ACV of 32,000 USD");
        assertThat(card(programme.headlines(), "arrSaved")).isEqualTo("$300,000");
    }

    @Test
    void typingTheScenariosValueInAnOverriddenRowReadsTheDriverAgain() {
        RetentionProgramViewModel programme = new RetentionProgramViewModel(selected, FORMATS, LOCALE);
        assertThat(programme.grid().edit(ACV_ROW, "24000")).isTrue();
        assertThat(programme.grid().rows().get(ACV_ROW).overridden()).isFalse();
        assertThat(selected.get().retentionProgramSection().orElseThrow().overrides().isEmpty()).isTrue();
        assertThat(programme.grid().reset(ACV_ROW)).isFalse();
    }

    @Test
    void aChannelsOwnChurnIsMarkedInItsCellAndResetToTheScenariosWhichItThenFollows() {
        UnitEconomicsViewModel unitEconomics = new UnitEconomicsViewModel(selected, FORMATS, LOCALE);
        ChannelsViewModel channels = new ChannelsViewModel(selected, FORMATS, LOCALE);
        int churn = 5;
        int acv = 7;
        assertThat(channels.grid().overrideNote(0, churn)).isEqualTo("Overrides the scenario's annual logo churn of 18%");
        assertThat(channels.grid().overrideNote(0, acv)).isNull();
        assertThat(channels.grid().reset(0, acv)).isFalse();

        assertThat(channels.grid().reset(0, churn)).isTrue();
        assertThat(channels.grid().overrideNote(0, churn)).isNull();
        assertThat(channels.grid().rows().get(0).get(churn)).isEqualTo("18%");
        assertThat(unitEconomics.grid().edit(3, "20%")).isTrue();
        assertThat(channels.grid().rows().get(0).get(churn)).isEqualTo("20%");
        assertThat(channels.grid().rows().get(1).get(churn)).isEqualTo("45%"); // Campaign A keeps its own
    }

    @Test
    void theNrrGainPanelsNrrNowIsTheScenariosNrrUnlessOverridden() {
        RetentionViewModel retention = new RetentionViewModel(selected, FORMATS, LOCALE);
        InputRow nrrNow = retention.improvementGrid().rows().get(0);
        assertThat(nrrNow.overrideProperty().get()).isEqualTo("Overrides the scenario's NRR of 105%");
        assertThat(retention.improvementGrid().rows().get(2).overridden()).isFalse(); // its ACV is the scenario's

        assertThat(retention.improvementGrid().reset(0)).isTrue();
        assertThat(nrrNow.textProperty().get()).isEqualTo("105%");
        int nrrRow = 2; // start ARR, GRR, NRR
        assertThat(retention.grid().rows().get(nrrRow).label()).isEqualTo("NRR");
        assertThat(retention.grid().edit(nrrRow, "108%")).isTrue();
        assertThat(nrrNow.textProperty().get()).isEqualTo("108%");
        assertThat(nrrNow.overridden()).isFalse();
    }
}
