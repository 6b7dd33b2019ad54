package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hourglass.app.DataImports;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.csv.ImportKind;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.io.json.ScenarioJsonReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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

    private Throwable checked(ImportKind kind, String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        Throwable failure = catchThrowable(() -> DataImports.check(kind, file, ImportMapping.defaults()));
        assertThat(failure).isInstanceOf(BadInputException.class);
        assertThat(FileProblemText.of(failure)).isEqualTo(failure.getMessage());
        UiText.use(Locale.GERMAN);
        return failure;
    }

    @Test
    void missingColumnsNameTheHeader() throws Exception {
        Throwable failure = checked(ImportKind.LEDGER, "ledger.csv", "customer,month\nC,2024-01\n");
        assertThat(failure).hasMessage("ledger.csv, line 1: missing column 'mrr' (the header has: customer, month)");
        assertThat(FileProblemText.of(failure))
                .isEqualTo("ledger.csv, Zeile 1: Spalte(n) fehlen: 'mrr' (die Kopfzeile hat: customer, month)");
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

    private Throwable scenarioRead(String content) throws Exception {
        Path file = Files.writeString(dir.resolve("plan.json"), content);
        Throwable failure = catchThrowable(() -> ScenarioJsonReader.read(file));
        assertThat(failure).isInstanceOf(BadInputException.class);
        assertThat(FileProblemText.of(failure)).isEqualTo(failure.getMessage());
        UiText.use(Locale.GERMAN);
        return failure;
    }

    @Test
    void aScenarioFileThatIsNotJson() throws Exception {
        Throwable failure = scenarioRead("{\n  \"name\": oops\n}");
        assertThat(failure.getMessage()).startsWith("plan.json, line 2, column ");
        assertThat(FileProblemText.of(failure)).startsWith("plan.json, Zeile 2, Spalte ").contains(": kein gültiges JSON (");
    }

    @Test
    void anEmptyScenarioFileAndAMissingOne() throws Exception {
        assertThat(FileProblemText.of(scenarioRead("")))
                .isEqualTo("plan.json: Die Datei ist leer, erwartet wird ein JSON-Objekt");
        Throwable missing = catchThrowable(() -> ScenarioJsonReader.read(dir.resolve("gone.json")));
        assertThat(FileProblemText.of(missing)).isEqualTo("gone.json: Die Datei gibt es nicht");
    }

    @Test
    void aScenarioFieldAtFaultIsNamed() throws Exception {
        Throwable failure = scenarioRead("[1, 2]");
        assertThat(FileProblemText.of(failure)).startsWith("plan.json, Feld ");
    }

    @Test
    void aFailureWithoutACodeKeepsItsMessage() {
        UiText.use(Locale.GERMAN);
        assertThat(FileProblemText.of(new BadInputException("x.csv: odd"))).isEqualTo("x.csv: odd");
    }
}
