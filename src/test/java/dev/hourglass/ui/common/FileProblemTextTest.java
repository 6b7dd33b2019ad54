package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hourglass.app.DataImports;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.csv.ImportKind;
import dev.hourglass.io.csv.CsvFile;
import dev.hourglass.io.csv.DateFormats;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.io.csv.Lookup;
import dev.hourglass.io.json.ScenarioJsonReader;
import dev.hourglass.store.ImportInterruptedException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-file errors of an import in the desktop's language; English is the CLI's message. */
class FileProblemTextTest {
    @TempDir
    Path dir;

    @AfterEach
    void english() {
        UiText.use(Locale.ENGLISH);
    }

    /** The failure of a step, said in English as its message; the desktop speaks German after. */
    private static Throwable failed(ThrowingCallable step) {
        Throwable failure = catchThrowable(step);
        assertThat(failure).isInstanceOf(BadInputException.class);
        UiText.use(Locale.ENGLISH);
        assertThat(FileProblemText.of(failure)).isEqualTo(failure.getMessage());
        UiText.use(Locale.GERMAN);
        return failure;
    }

    private Throwable checked(ImportKind kind, String name, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        return failed(() -> DataImports.check(kind, file, ImportMapping.defaults()));
    }

    @Test
    void anInterruptedImportIsSaidInGerman() {
        ImportInterruptedException interrupted = new ImportInterruptedException();
        assertThat(FileProblemText.of(interrupted)).isEqualTo("the import was interrupted");
        UiText.use(Locale.GERMAN);
        assertThat(FileProblemText.of(interrupted)).isEqualTo("Der Import wurde unterbrochen; nichts wurde importiert");
    }

    @Test
    void missingColumnsNameTheHeader() throws Exception {
        Throwable failure = checked(ImportKind.LEDGER, "ledger.csv", "customer,month\nC,2024-01\n");
        assertThat(failure).hasMessage("ledger.csv, line 1: missing column 'mrr' (the header has: customer, month)");
        assertThat(FileProblemText.of(failure))
                .isEqualTo("ledger.csv, Zeile 1: Spalte(n) fehlen: 'mrr' (die Kopfzeile hat: customer, month)");
    }

    @Test
    void aSheetWithAColumnPerMonthButNoCustomerColumnSaysWhereTheCustomerGoes() throws Exception {
        // a finance team's MRR sheet is read with a column per month; without a column before the months there is no
        // customer to give each month to
        Throwable failure = checked(ImportKind.LEDGER, "mrr.csv", "Jan 2024,Feb 2024,Mar 2024,Plan\n"
                + "1200,1200,1100,Pro\n");
        assertThat(failure).hasMessage("mrr.csv, line 1: the months are columns here ('Jan 2024', 'Feb 2024' and 1"
                + " more) but no column before them names the customer: a sheet with a column per month needs the"
                + " customer in its first column");
        assertThat(FileProblemText.of(failure)).isEqualTo("mrr.csv, Zeile 1: Die Monate stehen hier in Spalten"
                + " ('Jan 2024', 'Feb 2024' und 1 weitere), aber keine Spalte davor nennt den Kunden: Eine Tabelle mit"
                + " einer Spalte je Monat braucht den Kunden in ihrer ersten Spalte");
    }

    @Test
    void aLedgerWithoutMrrAboveZero() throws Exception {
        Throwable failure = checked(ImportKind.LEDGER, "ledger.csv", "customer,month,mrr\nC,2024-01,0\nD,2024-01,0\n");
        assertThat(FileProblemText.of(failure)).isEqualTo("ledger.csv: Kein Kunde hat in 2 Zeilen eine MRR über 0");
    }

    @Test
    void noUsableRowWithOneRowAndNoProblemToName() throws Exception {
        Throwable failure = checked(ImportKind.ACCOUNTS, "accounts.csv", "account,startDate,arr\n,2024-01-01,5\n");
        assertThat(FileProblemText.of(failure)).isEqualTo("accounts.csv: keine verwendbare Kundenkonto-Zeile in 1 Zeile;"
                + " erstes Problem: Zeile 2, Spalte 'account': account ist leer");
    }

    @Test
    void bytesNotInTheEncodingOfTheFilesStart() throws Exception {
        StringBuilder text = new StringBuilder("customer,month,mrr\nCafé,2024-01,1\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("Customer ").append(i).append(",2024-01,10\n");
        }
        Path file = dir.resolve("mixed.csv");
        Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        Files.write(file, "Soci\u00e9t\u00e9,2024-01,20\n".getBytes(Charset.forName("windows-1252")),
                StandardOpenOption.APPEND);
        Throwable failure = failed(() -> DataImports.check(ImportKind.LEDGER, file, ImportMapping.defaults()));
        assertThat(failure).hasMessage("mixed.csv, line 20003: not valid UTF-8 although the start of the file is; save the"
                + " whole file in one encoding (UTF-8 is best)");
        String line = NumberFormat.getIntegerInstance(Locale.getDefault(Locale.Category.FORMAT)).format(20_003);
        assertThat(FileProblemText.of(failure)).isEqualTo("mixed.csv, Zeile " + line + ": kein gültiges UTF-8, obwohl der Anfang"
                + " der Datei es ist; speichern Sie die ganze Datei in einer Kodierung (am besten UTF-8)");
    }

    private String lookingUp(Path lookupFile, String from, String to) throws Exception {
        Path deals = Files.writeString(dir.resolve("deals.csv"), "id,product\nD1,GTXPro\n");
        ImportMapping mapping = new ImportMapping(Map.of(), Map.of(), Map.of(), ImportMapping.defaults().stageSetup(), "",
                List.of(new Lookup(lookupFile, from, to, Map.of("sales_price", "listPrice"), "")), DateFormats.none());
        return FileProblemText.of(failed(() -> CsvFile.open(deals, List.of("id", "listPrice"), mapping).close()));
    }

    @Test
    void aLookupTableWithoutItsKeyOrMissingAndAFileWithoutTheColumnToLookUpBy() throws Exception {
        Path products = Files.writeString(dir.resolve("products.csv"), "name,sales_price\nGTX Pro,4821\n");
        assertThat(lookingUp(products, "product", "product")).isEqualTo(
                "Nachschlagetabelle products.csv, Zeile 1: keine Schlüsselspalte 'product' (die Kopfzeile hat: name, sales_price)");
        assertThat(lookingUp(products, "sku", "name")).isEqualTo("deals.csv, Zeile 1: keine Spalte 'sku', nach der in"
                + " products.csv nachgeschlagen wird (die Kopfzeile hat: id, product)");
        assertThat(lookingUp(dir.resolve("none.csv"), "product", "name"))
                .isEqualTo("Nachschlagetabelle none.csv: Die Datei gibt es nicht");
    }

    private Throwable scenarioRead(String content) throws Exception {
        Path file = Files.writeString(dir.resolve("plan.json"), content);
        return failed(() -> ScenarioJsonReader.read(file));
    }

    @Test
    void aScenarioFileThatIsNotJson() throws Exception {
        Throwable failure = scenarioRead("{\n  \"name\": oops\n}");
        assertThat(failure.getMessage()).startsWith("plan.json, line 2, column ");
        assertThat(FileProblemText.of(failure)).startsWith("plan.json, Zeile 2, Spalte ").contains(": kein gültiges JSON; korrigieren Sie die Datei an dieser Stelle in einem Texteditor (Unrecognized token 'oops'");
    }

    @Test
    void anEmptyScenarioFileAndAMissingOne() throws Exception {
        assertThat(FileProblemText.of(scenarioRead("")))
                .isEqualTo("plan.json: Die Datei ist leer, erwartet wird ein JSON-Objekt");
        Throwable missing = failed(() -> ScenarioJsonReader.read(dir.resolve("gone.json")));
        assertThat(FileProblemText.of(missing)).isEqualTo("gone.json: Die Datei gibt es nicht");
    }

    @Test
    void aScenarioFieldAtFaultIsNamed() throws Exception {
        Throwable failure = scenarioRead("[1, 2]");
        assertThat(failure).hasMessage("plan.json, field : expected an object, got a list");
        assertThat(FileProblemText.of(failure)).isEqualTo("plan.json, Feld : erwartet wird ein Objekt, gefunden: eine Liste");
    }

    @Test
    void aFieldOfTheWrongTypeOrAnUnknownOneIsSaidInGerman() throws Exception {
        Throwable text = scenarioRead("{\"format\": \"hourglass-scenario\", \"version\": 2, \"name\": 7}");
        assertThat(text).hasMessage("plan.json, field name: expected text, got 7");
        assertThat(FileProblemText.of(text)).isEqualTo("plan.json, Feld name: erwartet wird ein Text, gefunden: 7");
        UiText.use(Locale.ENGLISH);
        Throwable unknown = scenarioRead("{\"format\": \"hourglass-scenario\", \"version\": 2, \"nmae\": \"x\"}");
        assertThat(unknown.getMessage()).startsWith("plan.json, field nmae: unknown field (expected one of: ");
        assertThat(FileProblemText.of(unknown)).startsWith("plan.json, Feld nmae: unbekanntes Feld (erlaubt sind: ");
        UiText.use(Locale.ENGLISH);
        Throwable newer = scenarioRead("{\"format\": \"hourglass-scenario\", \"version\": 99}");
        assertThat(FileProblemText.of(newer)).isEqualTo("plan.json, Feld version: Die Datei hat Version 99 und stammt "
                + "aus einem neueren Hourglass; dieses liest Dateien bis Version 2");
    }

    @Test
    void aFailureWithoutACodeKeepsItsMessage() {
        UiText.use(Locale.GERMAN);
        assertThat(FileProblemText.of(new BadInputException("x.csv: odd"))).isEqualTo("x.csv: odd");
    }
}
