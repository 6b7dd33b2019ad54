package dev.hourglass.model.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hourglass.model.pipeline.LeadStage;
import dev.hourglass.model.pipeline.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeadFunnelAnalysisTest {
    private static final Set<LeadStage> ALL_STEPS = EnumSet.allOf(LeadStage.class);

    private static Lead lead(String id, String created, String source, String campaign, LeadStage reached) {
        return new Lead(id, LocalDate.parse(created), source, campaign, reached, null, null, null, null,
                OptionalDouble.empty());
    }

    /** 10 leads: 4 MQLs, 2 SQLs, 2 SALs, 1 won; ads has 6 leads (1 won), seo 4 leads (0 won). */
    private static List<Lead> tenLeads() {
        List<Lead> leads = new ArrayList<>();
        leads.add(lead("1", "2024-01-05", "ads", "spring", LeadStage.WON));
        leads.add(lead("2", "2024-01-06", "ads", "spring", LeadStage.SAL));
        leads.add(lead("3", "2024-01-07", "ads", "summer", LeadStage.MQL));
        leads.add(lead("4", "2024-02-01", "ads", "summer", LeadStage.LEAD));
        leads.add(lead("5", "2024-02-02", "ads", "", LeadStage.LEAD));
        leads.add(lead("6", "2024-03-30", "ads", "", LeadStage.LEAD));
        leads.add(lead("7", "2024-01-10", "seo", "spring", LeadStage.MQL));
        leads.add(lead("8", "2024-02-10", "seo", "", LeadStage.LEAD));
        leads.add(lead("9", "2024-03-10", "seo", "", LeadStage.LEAD));
        leads.add(lead("10", "2024-04-01", "seo", "", LeadStage.LEAD));
        return leads;
    }

    @Test
    void countsEveryStepUpToTheFurthestReachedWithStepAndCumulativeConversions() {
        LeadFunnelReport report = LeadFunnelAnalysis.analyse(new LeadData(tenLeads(), ALL_STEPS), null,
                LeadGrouping.SOURCE);
        assertThat(report.steps()).extracting(StepCount::step).containsExactly(LeadStage.values());
        assertThat(report.steps()).extracting(StepCount::count).containsExactly(10L, 4L, 2L, 2L, 1L);
        assertThat(report.steps().get(0).stepConversion()).isEmpty();
        assertThat(report.steps().get(0).cumulativeConversion()).isEmpty();
        assertThat(report.steps().get(1).stepConversion()).hasValue(0.4);
        assertThat(report.steps().get(2).stepConversion()).hasValue(0.5);
        assertThat(report.steps().get(3).stepConversion()).hasValue(1.0);
        assertThat(report.steps().get(4).stepConversion()).hasValue(0.5);
        assertThat(report.steps().get(4).cumulativeConversion()).hasValue(0.1);
        assertThat(report.steps().get(2).cumulativeConversion()).hasValue(0.2);
    }

    @Test
    void groupsAreRankedByLeadsAndConvertWonOverLeads() {
        LeadFunnelReport report = LeadFunnelAnalysis.analyse(new LeadData(tenLeads(), ALL_STEPS), null,
                LeadGrouping.SOURCE);
        assertThat(report.groups()).extracting(GroupFunnel::name).containsExactly("ads", "seo");
        GroupFunnel ads = report.groups().get(0);
        assertThat(ads.leads()).isEqualTo(6);
        assertThat(ads.count(LeadStage.MQL)).isEqualTo(3);
        assertThat(ads.count(LeadStage.WON)).isEqualTo(1);
        assertThat(ads.conversion().getAsDouble()).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(report.groups().get(1).conversion()).hasValue(0.0);

        LeadFunnelReport byCampaign = LeadFunnelAnalysis.analyse(new LeadData(tenLeads(), ALL_STEPS), null,
                LeadGrouping.CAMPAIGN);
        // "(none)" 6, spring 3, summer 2: blanks are a group of their own, ties would go by name.
        assertThat(byCampaign.groups()).extracting(GroupFunnel::name).containsExactly("(none)", "spring", "summer");
        assertThat(byCampaign.groups()).extracting(GroupFunnel::leads).containsExactly(5L, 3L, 2L);
    }

    @Test
    void countsOnlyTheLeadsCreatedInThePeriod() {
        Period february = new Period(LocalDate.of(2024, 1, 6), LocalDate.of(2024, 2, 29));
        LeadFunnelReport report = LeadFunnelAnalysis.analyse(new LeadData(tenLeads(), ALL_STEPS), february,
                LeadGrouping.SOURCE);
        // leads 2, 3, 4, 5, 7, 8: lead 1 was created the day before, 6, 9 and 10 after
        assertThat(report.steps()).extracting(StepCount::count).containsExactly(6L, 3L, 1L, 1L, 0L);
        assertThat(report.steps().get(4).stepConversion()).hasValue(0.0);
        assertThat(report.groups()).extracting(GroupFunnel::leads).containsExactly(4L, 2L);
    }

    @Test
    void stepsTheDataLacksAreLeftOutAndConversionsSkipOverThem() {
        List<Lead> leads = List.of(lead("1", "2024-01-01", "ads", "", LeadStage.WON),
                lead("2", "2024-01-01", "ads", "", LeadStage.MQL),
                lead("3", "2024-01-01", "ads", "", LeadStage.LEAD),
                lead("4", "2024-01-01", "ads", "", LeadStage.LEAD));
        LeadFunnelReport report = LeadFunnelAnalysis.analyse(new LeadData(leads, EnumSet.of(LeadStage.MQL,
                LeadStage.WON)), null, LeadGrouping.SOURCE);
        assertThat(report.steps()).extracting(StepCount::step)
                .containsExactly(LeadStage.LEAD, LeadStage.MQL, LeadStage.WON);
        assertThat(report.steps()).extracting(StepCount::count).containsExactly(4L, 2L, 1L);
        assertThat(report.steps().get(2).stepConversion()).hasValue(0.5);
        assertThat(report.has(LeadStage.SQL)).isFalse();
        assertThat(report.groups().get(0).count(LeadStage.SAL)).isEqualTo(-1);

        LeadFunnelReport noWon = LeadFunnelAnalysis.analyse(new LeadData(leads, EnumSet.of(LeadStage.MQL)), null,
                LeadGrouping.SOURCE);
        assertThat(noWon.groups().get(0).conversion()).isEmpty();
    }

    @Test
    void aPeriodWithoutLeadsGivesNoDataNotZero() {
        Period empty = new Period(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 31));
        LeadFunnelReport report = LeadFunnelAnalysis.analyse(new LeadData(tenLeads(), ALL_STEPS), empty,
                LeadGrouping.SOURCE);
        assertThat(report.leads()).isZero();
        assertThat(report.steps().get(1).stepConversion()).isEmpty();
        assertThat(report.steps().get(1).cumulativeConversion()).isEmpty();
        assertThat(report.groups()).isEmpty();
    }
}
