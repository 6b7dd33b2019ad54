package dev.hourglass.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.leads.Lead;
import dev.hourglass.model.leads.LeadData;
import dev.hourglass.model.pipeline.LeadStage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadsStoreTest {
    @TempDir
    Path dir;

    @Test
    void leadsAndTheirStepsComeBackAsImported() throws Exception {
        List<Lead> leads = List.of(
                new Lead("L1", LocalDate.of(2024, 1, 5), "ads", "spring", LeadStage.WON, LocalDate.of(2024, 1, 9),
                        null, null, LocalDate.of(2024, 2, 20), OptionalDouble.of(1200.5)),
                new Lead("L2", LocalDate.of(2024, 1, 6), "(none)", "(none)", LeadStage.MQL, null, null, null, null,
                        OptionalDouble.empty()));
        LeadData data = new LeadData(leads, EnumSet.of(LeadStage.MQL, LeadStage.WON));
        Path file = dir.resolve("w.hourglass");
        try (Workbook workbook = Workbook.create(file, "EUR", "en", JsonScenarioCodec.INSTANCE)) {
            Dataset dataset = workbook.importLeads("leads.csv", "leads.csv", data);
            assertThat(dataset.kind()).isEqualTo(Dataset.Kind.LEADS);
            assertThat(dataset.rowCount()).isEqualTo(2);
        }
        try (Workbook workbook = Workbook.openReadOnly(file, JsonScenarioCodec.INSTANCE)) {
            Dataset dataset = workbook.datasets(Dataset.Kind.LEADS).get(0);
            LeadData read = workbook.readLeads(dataset.id());
            assertThat(read.leads()).isEqualTo(leads);
            assertThat(read.orderedSteps()).containsExactly(LeadStage.LEAD, LeadStage.MQL, LeadStage.WON);
        }
        assertThat(RawSqlite.column(file, "SELECT group_concat(step) FROM (SELECT step FROM lead_step ORDER BY step)"))
                .containsExactly("mql,won");
        assertThat(RawSqlite.column(file, "SELECT reached FROM lead_row ORDER BY row_key")).containsExactly("4", "1");
    }
}
