package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.accounts.Indicator;
import dev.hourglass.model.accounts.RiskBand;
import dev.hourglass.model.pipeline.Dimension;
import dev.hourglass.model.pipeline.Finding;
import dev.hourglass.model.pipeline.ForecastCategory;
import dev.hourglass.model.pipeline.LeadStage;
import dev.hourglass.model.pipeline.Phase;
import dev.hourglass.model.postsale.PostSaleStep;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ValueTextTest {
    @AfterEach
    void backToEnglish() {
        UiText.use(Locale.ENGLISH);
    }

    @Test
    void aGermanDesktopNamesThePipelineValuesInGerman() {
        UiText.use(Locale.GERMAN);
        assertThat(Arrays.stream(Dimension.values()).map(ValueText::of))
                .containsExactly("Segment", "Wettbewerber", "Verantwortlicher", "Team");
        assertThat(ValueText.of(Finding.CAPACITY)).isEqualTo("Kapazität");
        assertThat(ValueText.of(LeadStage.WON)).isEqualTo("Gewonnen");
        assertThat(ValueText.of(RiskBand.UNSCORED)).isEqualTo("Ohne Wert");
        assertThat(ValueText.of(Phase.FUNDED_PROJECTS)).isEqualTo("Budgetierte Projekte");
        assertThat(UiText.text("pipeline.advice." + Finding.CAPACITY.name()))
                .isEqualTo("Abdeckung und Konversion sind gesund: mehr Vertriebsmitarbeiter einstellen.");
    }

    /** The English desktop reads as the CLI does, which keeps the enums' own labels. */
    @Test
    void anEnglishDesktopReadsTheLabelsTheCliPrints() {
        Stream.of(Indicator.values()).forEach(i -> assertThat(ValueText.of(i)).isEqualTo(i.label()));
        Stream.of(Dimension.values()).forEach(d -> assertThat(ValueText.of(d)).isEqualTo(d.label()));
        Stream.of(Finding.values()).forEach(f -> assertThat(ValueText.of(f)).isEqualTo(f.label()));
        Stream.of(Finding.values()).forEach(f -> assertThat(UiText.text("pipeline.advice." + f.name()))
                .isEqualTo(f.advice()));
        Stream.of(ForecastCategory.values()).forEach(c -> assertThat(ValueText.of(c)).isEqualTo(c.label()));
        Stream.of(LeadStage.values()).forEach(s -> assertThat(ValueText.of(s)).isEqualTo(s.label()));
        Stream.of(RiskBand.values()).forEach(b -> assertThat(ValueText.of(b)).isEqualTo(b.label()));
        Stream.of(Phase.values()).forEach(p -> assertThat(ValueText.of(p)).isEqualTo(p.label()));
        Stream.of(PostSaleStep.values()).forEach(s -> assertThat(ValueText.of(s)).isEqualTo(s.label()));
    }
}
