package dev.hourglass.ui.acquisition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.leads.Lead;
import dev.hourglass.model.leads.LeadData;
import dev.hourglass.model.pipeline.LeadStage;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.session.AccountsData;
import dev.hourglass.ui.common.Work;
import dev.hourglass.ui.session.SelectedScenario;
import dev.hourglass.ui.session.WorkbookSession;
import dev.hourglass.ui.session.LeadsData;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario of {@link AcquisitionViewModelTest}: channel A spends $90,000, B $150,000, "Trade fairs" $1,000. Leads:
 * four of campaign A (source "ads"), three of source B without a campaign → A $22,500 a lead, B $50,000 (matched by
 * its source); no lead is named "Trade fairs".
 */
class CostPerLeadTest {
    private static final String A = "Campaign A (cheaper leads)";
    private static final String B = "Campaign B (better customers)";

    @TempDir
    Path dir;
    private WorkbookSession session;
    private LeadsData leads;
    private AcquisitionViewModel vm;

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("w.hourglass");
        try (Workbook workbook = Workbook.create(file, "USD", "en-US", JsonScenarioCodec.INSTANCE)) {
            workbook.addScenario(AcquisitionViewModelTest.scenario());
        }
        session = new WorkbookSession(Workbook.open(file, JsonScenarioCodec.INSTANCE), Duration.ofHours(1), Runnable::run);
        leads = new LeadsData(session.workbook(), Work.NOW);
        vm = new AcquisitionViewModel(new AccountsData(session.workbook()), new SelectedScenario(session),
                new FigureFormatter(Locale.US, "USD"), leads);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static Lead lead(String id, String source, String campaign) {
        return new Lead(id, LocalDate.of(2024, 3, 1), source, campaign, LeadStage.LEAD, null, null, null, null,
                OptionalDouble.empty());
    }

    @Test
    void eachChannelsSpendIsDividedByTheLeadsOfItsCampaignOrSource() throws Exception {
        assertThat(vm.costsPerLead()).isEmpty(); // no leads imported yet
        List<Lead> list = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            list.add(lead("a" + i, "ads", A));
        }
        for (int i = 0; i < 3; i++) {
            list.add(lead("b" + i, B, ""));
        }
        Dataset imported = session.workbook().importLeads("leads.csv", "leads.csv",
                new LeadData(list, EnumSet.noneOf(LeadStage.class)));
        leads.refresh();

        assertThat(leads.datasetProperty().get()).isEqualTo(imported);
        assertThat(vm.costsPerLead()).extracting(AcquisitionViewModel.CostPerLead::channel)
                .containsExactly(A, B, "Trade fairs");
        assertThat(vm.costsPerLead()).extracting(AcquisitionViewModel.CostPerLead::leads).containsExactly(4L, 3L, 0L);
        assertThat(vm.costsPerLead().get(0).costPerLead()).hasValue(22_500);
        assertThat(vm.costsPerLead().get(0).formula()).isEqualTo("cost per lead = spend ÷ leads of the campaign '" + A
                + "' in leads.csv = $90,000 ÷ 4");
        assertThat(vm.costsPerLead().get(1).costPerLead()).hasValue(50_000);
        assertThat(vm.costsPerLead().get(1).formula()).contains("leads of the source '" + B + "'");
        assertThat(vm.costsPerLead().get(2).costPerLead()).isEmpty();
        assertThat(vm.costsPerLead().get(2).formula())
                .isEqualTo("No lead of leads.csv has the source or campaign 'Trade fairs'");
    }
}
