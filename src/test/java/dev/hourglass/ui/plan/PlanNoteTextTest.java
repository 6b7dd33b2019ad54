package dev.hourglass.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.plan.NoteValue;
import dev.hourglass.model.plan.PlanNote;
import dev.hourglass.ui.common.UiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PlanNoteTextTest {
    @AfterEach
    void english() {
        UiText.use(Locale.ENGLISH);
    }

    @Test
    void inGermanANoteIsGermanWithGermanNumbers() {
        UiText.use(Locale.GERMAN);
        FigureFormatter german = new FigureFormatter(Locale.GERMANY, "EUR");
        assertThat(PlanNoteText.of(PlanNote.of(PlanNote.Code.CYCLE_MEDIAN, NoteValue.count(76), NoteValue.count(4177),
                NoteValue.name("crm-export.csv"), NoteValue.count(2)), german))
                .isEqualTo("Verkaufszyklus: Median 76 Tage von der Erstellung bis zum Gewinn über 4.177 gewonnene Deals "
                        + "aus crm-export.csv, 2 Monate");
        assertThat(PlanNoteText.of(PlanNote.of(PlanNote.Code.POST_SALE_BUDGET, NoteValue.share(0.05)), german))
                .endsWith("der Post-Sale-Anteil am Budget des Szenarios, 5\u00a0%"); // German puts a no-break space before %
    }

    @Test
    void aMonthANoteNamesIsWrittenInTheLanguage() {
        UiText.use(Locale.GERMAN);
        FigureFormatter german = new FigureFormatter(Locale.GERMANY, "EUR");
        assertThat(PlanNoteText.of(PlanNote.of(PlanNote.Code.OPENING_LEDGER_LAST_MONTH, NoteValue.name("2023-02")),
                german)).endsWith("MRR × 12 von Feb. 2023, dem letzten Monat des Ledgers");
    }

    @Test
    void everyCodeHasWordsInEveryLanguageNamingAllItsValues() {
        for (Locale language : UiText.LANGUAGES) {
            UiText.use(language);
            FigureFormatter formats = new FigureFormatter(language, "USD");
            for (PlanNote.Code code : PlanNote.Code.values()) {
                List<NoteValue> values = new ArrayList<>();
                for (int i = 0; i < code.arity(); i++) {
                    values.add(NoteValue.name("value" + i));
                }
                String text = PlanNoteText.of(new PlanNote("acv", code, values), formats);
                assertThat(text).as(language + " " + code).doesNotContain("{").doesNotContain("''");
                for (int i = 0; i < code.arity(); i++) {
                    assertThat(text).as(language + " " + code).contains("value" + i);
                }
            }
        }
    }
}
