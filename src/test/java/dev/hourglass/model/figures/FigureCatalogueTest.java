package dev.hourglass.model.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FigureCatalogueTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FigureCatalogueTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        Properties en = bundle("figures.properties");
        Properties de = bundle("figures_de.properties");
        assertThat(de.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
        en.forEach((key, text) -> assertThat((String) text).as((String) key).isNotBlank());
        de.forEach((key, text) -> assertThat((String) text).as((String) key).isNotBlank());
    }

    @Test
    void everyFigureHasALabelAndAFormulaInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            FigureTexts texts = FigureTexts.of(locale);
            for (Figure figure : FigureCatalogue.figures()) {
                assertThat(texts.has(figure.labelKey())).as(figure.labelKey()).isTrue();
                assertThat(texts.has(figure.formulaKey())).as(figure.formulaKey()).isTrue();
            }
            for (Section section : Section.values()) {
                assertThat(texts.section(section)).isNotBlank();
            }
            for (Class<? extends Enum<?>> choice : FigureCatalogue.CHOICES) {
                for (Enum<?> value : choice.getEnumConstants()) {
                    assertThat(texts.has("value." + choice.getSimpleName() + "." + value.name())).as(value.name())
                            .isTrue();
                }
            }
        }
    }

    @Test
    void theGermanBundleIsTranslatedNotCopied() {
        FigureTexts en = FigureTexts.of(Locale.ENGLISH);
        FigureTexts de = FigureTexts.of(Locale.GERMAN);
        long same = FigureCatalogue.figures().stream()
                .filter(f -> en.text(f.formulaKey()).equals(de.text(f.formulaKey()))).count();
        assertThat(same).as("formula texts left in English").isLessThanOrEqualTo(2);
    }

    @Test
    void aPathWithListElementsFindsItsFigureAndNamesTheElement() {
        FigureTexts en = FigureTexts.of(Locale.ENGLISH);
        FigureTexts de = FigureTexts.of(Locale.GERMAN);
        assertThat(FigureCatalogue.of("retention.bridge[year 3].closing").unit()).isEqualTo(Unit.MONEY);
        assertThat(en.label("retention.bridge[year 3].closing")).isEqualTo("Year 3: closing ARR");
        assertThat(de.label("retention.bridge[year 3].closing")).isEqualTo("Jahr 3: ARR am Ende");
        assertThat(en.label("channels[Paid search].ltvToCac")).isEqualTo("Paid search: LTV:CAC");
        assertThat(en.label("postSaleFunnel.steps[activated30d].stepConversion"))
                .isEqualTo("Activated within 30 days: step conversion");
        assertThat(de.label("budget.lines[ONBOARDING].hours")).isEqualTo("Onboarding: Stunden");
        assertThat(en.label("retention.newArrPerYear[0]")).isEqualTo("New ARR, year 1");
        assertThat(FigureCatalogue.find("retention.nothing")).isEmpty();
    }
}
