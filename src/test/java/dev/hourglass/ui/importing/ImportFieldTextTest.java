package dev.hourglass.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.importing.ImportWizardViewModel.Kind;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The wizard labels a field in the desktop's language and gives the mapping file's key in the tooltip. */
class ImportFieldTextTest {
    @AfterEach
    void english() {
        UiText.use(Locale.ENGLISH);
    }

    @Test
    void everyFieldOfEveryKindHasALabelInBothLanguages() {
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            UiText.use(language);
            for (Kind kind : Kind.values()) {
                for (String field : kind.fields()) {
                    assertThat(ImportFieldText.label(field)).as(kind + " " + field + " in " + language)
                            .doesNotStartWith("importField.").isNotEqualTo(field);
                }
            }
        }
    }

    @Test
    void germanLabelsWithTheKeyInTheTooltip() {
        UiText.use(Locale.GERMAN);
        assertThat(ImportFieldText.label("account")).isEqualTo("Kunde");
        assertThat(ImportFieldText.label("startDate")).isEqualTo("Startdatum");
        assertThat(ImportFieldText.label("renewalDate")).isEqualTo("Verlängerungsdatum");
        assertThat(ImportFieldText.keyTip("renewalDate")).isEqualTo("Schlüssel in einer Zuordnungsdatei: renewalDate");
        UiText.use(Locale.ENGLISH);
        assertThat(ImportFieldText.label("startDate")).isEqualTo("Start date");
    }
}
