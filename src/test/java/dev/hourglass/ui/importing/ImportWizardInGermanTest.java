package dev.hourglass.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.store.Workbook;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.importing.ImportWizardViewModel.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the wizard found, said in German: how the file was read, its footer, and the rows it left out and where. */
class ImportWizardInGermanTest {
    private static final Path EXPORTS = Path.of("src/test/resources/exports");

    @TempDir
    Path dir;
    private Workbook workbook;

    @BeforeEach
    void create() throws Exception {
        workbook = Workbook.create(dir.resolve("w.hourglass"), "EUR", "de-DE", JsonScenarioCodec.INSTANCE);
        UiText.use(Locale.GERMAN);
    }

    @AfterEach
    void close() {
        UiText.use(Locale.ENGLISH);
        workbook.close();
    }

    private ImportWizardViewModel opened(Path file) throws Exception {
        ImportWizardViewModel wizard = new ImportWizardViewModel(workbook, null);
        wizard.open(file);
        return wizard;
    }

    private static List<String> texts(ImportWizardViewModel wizard, boolean warnings) {
        return wizard.findings().stream().filter(f -> f.warning() == warnings).map(Finding::text).toList();
    }

    @Test
    void aGermanSalesforceReportIsDescribedInGerman() throws Exception {
        ImportWizardViewModel wizard = opened(EXPORTS.resolve("salesforce-de-opportunities.csv"));
        assertThat(texts(wizard, false)).contains("salesforce-de-opportunities.csv: als UTF-8 (BOM) gelesen.",
                "Betrag: 12.000,00 € mit Dezimalkomma gelesen.", "Schlusstermin: Datumswerte gelesen als D.M.YYYY.",
                "'Opportunity-Name' nicht verwendet: 'Opportunity-ID' liefert id.");

        wizard.showCheck(wizard.check());
        assertThat(wizard.checkSummaryProperty().get())
                .isEqualTo("60 Zeilen gelesen: 60 können importiert werden, 0 werden ausgelassen.");
        assertThat(texts(wizard, false)).contains("salesforce-de-opportunities.csv: Die Zeilen unter der Tabelle"
                        + " ('Gesamtsummen (60 Datensätze)', 'Vertrauliche Informationen - Nicht weitergeben', …;"
                        + " 3 insgesamt) sind die Fußzeile eines Berichts, keine Datenzeilen; nicht gelesen.",
                "Phasen, die die Einrichtung nicht kannte, nach den bekannten als Pipeline-Phasen angefügt:"
                        + " Qualifizierung, Verhandlung/Überprüfung, Angebot/Preisangebot, Bedarfsanalyse.")
                .anyMatch(t -> t.startsWith("Keine Ergebnisspalte: Gewonnene und verlorene Deals werden aus der"
                        + " Phasenspalte gelesen (Won, Closed Won, Geschlossen und gewonnen → gewonnen;"))
                .noneMatch(t -> t.contains(" read ") || t.contains("Stages the setup"));
    }

    @Test
    void rowsLeftOutAreNamedByLineAndColumnInGerman() throws Exception {
        Path file = dir.resolve("deals.csv");
        Files.writeString(file, "id,amount,stage,closeDate\nd1,100,Won,2024-01-31\nd2,abc,Won,2024-02-29\n"
                + "d3,-5,Won,2024-03-31\n,7,Won,2024-03-31\n");
        ImportWizardViewModel wizard = opened(file);
        wizard.showCheck(wizard.check());
        assertThat(texts(wizard, true)).filteredOn(t -> t.contains("ausgelassen")).containsExactly(
                "1 Zeile ausgelassen: amount ist keine Zahl, z. B. Zeile 3, Spalte 'amount' ('abc')",
                "1 Zeile ausgelassen: amount ist negativ, z. B. Zeile 4, Spalte 'amount' ('-5')",
                "1 Zeile ausgelassen: id ist leer, z. B. Zeile 5, Spalte 'id'");
    }
}
