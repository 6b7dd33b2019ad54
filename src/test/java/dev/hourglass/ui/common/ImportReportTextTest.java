package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.io.csv.Detection;
import dev.hourglass.io.csv.ImportReport;
import dev.hourglass.io.csv.RowProblems;
import dev.hourglass.io.csv.RowReason;
import dev.hourglass.model.pipeline.PipelineWarning;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportReportTextTest {
    @Test
    void saysWhatWasReadLeftOutFilledFoundAndWarned() {
        RowProblems excluded = new RowProblems("crm.csv");
        excluded.add(7, "Close Date", "closeDate is missing for a closed deal", null);
        ImportReport report = ImportReport.of("deals", "crm.csv", 8800, 8799, excluded)
                .withFilled(Map.of("amountFromListPrice", 1200L))
                .withDetections(List.of(Detection.of("Close Date: dates read as M/D/YYYY (3/26/2017 on line 3 has a day above 12)")))
                .withWarnings(List.of(new ImportReport.Warning("LOST_WITHOUT_AMOUNT", "rates by amount are not meaningful")));
        assertThat(ImportReportText.of(report).lines()).containsExactly(
                "crm.csv: 8,800 rows read, 8,799 imported, 1 left out",
                "  1 × closeDate is missing for a closed deal",
                "  filled in: amountFromListPrice on 1,200 rows",
                "  Close Date: dates read as M/D/YYYY (3/26/2017 on line 3 has a day above 12)",
                "  Warning: rates by amount are not meaningful");
    }

    @Test
    void germanFramesTheKeptWordsAndWritesADealWarningFromItsCounts() {
        UiText.use(Locale.GERMAN);
        try {
            ImportReport report = ImportReport.of("deals", "crm.csv", 8800, 8800, new RowProblems("crm.csv"))
                    .withDetections(List.of(Detection.of(Detection.Code.STAGES_ADDED, "Stages the setup did not know,"
                            + " added after the known ones as Pipeline stages: Angebot", "Angebot"),
                            Detection.of(Detection.Code.SHEET_CHOSEN, "crm.xlsx: read sheet 'Deals' (the workbook has"
                                    + " 2: 'Summary', 'Deals').", "crm.xlsx", "Deals", 2, "'Summary', 'Deals'")))
                    .withWarnings(List.of(ImportReport.Warning.of(new PipelineWarning(
                            PipelineWarning.Code.LOST_WITHOUT_AMOUNT, 2, 3, PipelineWarning.Scope.FILE))));
            assertThat(ImportReportText.of(report).lines()).containsExactly(
                    "crm.csv: 8,800 Zeilen gelesen, 8,800 importiert, 0 ausgelassen",
                    "  Phasen, die die Einrichtung nicht kannte, nach den bekannten als Pipeline-Phasen angefügt: Angebot",
                    "  crm.xlsx: Das Blatt 'Deals' wurde gelesen (die Arbeitsmappe hat 2: 'Summary', 'Deals').",
                    "  Warnung: 2 von 3 verlorenen Deals in der Datei haben keinen Betrag: Quoten nach Betrag sind"
                            + " hier nicht aussagekräftig; die Quoten nach Anzahl verwenden");
        } finally {
            UiText.use(Locale.ENGLISH);
        }
    }

    @Test
    void germanNamesTheRecognisedExportAndALeadsReasonInItsWords() {
        UiText.use(Locale.GERMAN);
        try {
            RowProblems excluded = new RowProblems("leads.csv");
            excluded.add(3, "mql", RowReason.of(RowReason.Code.STEP_NOT_A_DATE,
                    "mql is not a date (the column holds dates)", "mql"), "'soon'");
            ImportReport report = ImportReport.of("leads", "leads.csv", 4, 3, excluded)
                    .withDetections(List.of(Detection.of(Detection.Code.RECOGNISED_EXPORT,
                            "Recognised as a HubSpot contacts export", "HubSpot contacts export")));
            assertThat(ImportReportText.of(report).lines()).containsExactly(
                    "leads.csv: 4 Zeilen gelesen, 3 importiert, 1 ausgelassen",
                    "  1 × mql ist kein Datum (die Spalte enthält Daten)",
                    "  Erkannt als Export: HubSpot-Kontakte-Export");
        } finally {
            UiText.use(Locale.ENGLISH);
        }
    }
}
