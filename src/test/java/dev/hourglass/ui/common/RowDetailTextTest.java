package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.DataImports;
import dev.hourglass.io.csv.ImportKind;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.io.csv.ImportReport;
import dev.hourglass.io.csv.RowProblems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The details after a left-out row's place — the id seen before, the month below 0 — in the desktop's language. */
class RowDetailTextTest {
    @TempDir
    Path dir;

    @AfterEach
    void english() {
        UiText.use(Locale.ENGLISH);
    }

    private List<String> examples(ImportKind kind, String name, String content, String reason) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        ImportReport report = DataImports.check(kind, file, ImportMapping.defaults());
        RowProblems.Reason left = report.excluded().reasons().stream().filter(r -> r.reason().startsWith(reason))
                .findFirst().orElseThrow();
        UiText.use(Locale.ENGLISH);
        assertThat(RowReasonText.examples(left, 5)).isEqualTo(left.examples());
        UiText.use(Locale.GERMAN);
        return RowReasonText.examples(left, 5);
    }

    @Test
    void anIdSeenOnAnEarlierLine() throws Exception {
        assertThat(examples(ImportKind.ACCOUNTS, "accounts.csv",
                "account,startDate,arr\nA,2024-01-01,1000\nA,2024-02-01,5\n", "account appears twice"))
                .containsExactly("Zeile 3, Spalte 'account' ('A', zuerst in Zeile 2)");
    }

    @Test
    void aCustomerMonthBelowZeroNamesItsRows() throws Exception {
        List<String> german = examples(ImportKind.LEDGER, "ledger.csv",
                "customer,month,mrr\nC,2024-01,10\nC,2024-01,-14\nD,2024-01,5\n", "the month's MRR");
        assertThat(german).containsExactly("Zeile 2, Spalte 'mrr' (Kunde 'C', 2024-01: -4 aus Zeile(n) 2, 3)",
                "Zeile 3, Spalte 'mrr' (Kunde 'C', 2024-01: -4 aus Zeile(n) 2, 3)");
    }

    @Test
    void aShortRowSaysHowManyFieldsItHas() throws Exception {
        assertThat(examples(ImportKind.LEDGER, "short.csv", "customer,month,mrr,segment\nC,2024-01,10,SMB\nD,2024-01\n",
                "row has fewer fields")).containsExactly("Zeile 3 (2 von 4)");
    }

    @Test
    void anEndBeforeItsStart() throws Exception {
        assertThat(examples(ImportKind.SUBSCRIPTIONS, "subscriptions.csv",
                "customer,start,end,mrr\nC,2024-03-01,2024-01-31,10\nD,2023-01-01,,5\nE,2024-06-01,,7\n", "end is before start"))
                .containsExactly("Zeile 2, Spalte 'end' ('2024-01-31' vor '2024-03-01')");
    }

    @Test
    void aLeadsStepThatIsNeitherADateNorAFlag() throws Exception {
        Path file = dir.resolve("leads.csv");
        Files.writeString(file, "id,createdDate,mql\nL1,2024-01-01,2024-01-05\nL2,2024-01-02,soon\nL3,,2024-02-01\n");
        ImportReport report = DataImports.check(ImportKind.LEADS, file, ImportMapping.defaults());
        UiText.use(Locale.GERMAN);
        assertThat(report.excluded().reasons()).map(r -> RowReasonText.of(r.coded()))
                .containsExactly("mql ist kein Datum (die Spalte enthält Daten)", "createdDate ist leer");
    }
}
