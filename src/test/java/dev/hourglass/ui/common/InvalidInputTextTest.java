package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.Require;
import dev.hourglass.model.pipeline.Period;
import dev.hourglass.model.retention.RetentionProgramInputs;
import dev.hourglass.model.retention.RetentionRates;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.DriverRange;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A refused value in the desktop's language, named by the label the user sees; English is the model's message. */
class InvalidInputTextTest {
    private Locale format;

    @BeforeEach
    void germanNumbers() {
        format = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
    }

    @AfterEach
    void english() {
        UiText.use(Locale.ENGLISH);
        Locale.setDefault(Locale.Category.FORMAT, format);
    }

    @Test
    void aFractionAboveOne() {
        InvalidInputException refused = catchThrowableOfType(() -> Require.fraction("gross margin", 1.8),
                InvalidInputException.class);
        assertThat(InvalidInputText.of("Gross margin", refused)).isEqualTo("Gross margin must be between 0 and 1, got 1.8");
        UiText.use(Locale.GERMAN);
        assertThat(InvalidInputText.of("Bruttomarge", refused)).isEqualTo("Bruttomarge muss zwischen 0 und 1 liegen, ist aber 1,8");
    }

    @Test
    void aWholeNumberOutOfItsRangeAndATooLongText() {
        UiText.use(Locale.GERMAN);
        InvalidInputException months = catchThrowableOfType(() -> Require.between("horizon", 2400, 1, 1200),
                InvalidInputException.class);
        assertThat(months).hasMessage("horizon must be between 1 and 1200, got 2400");
        assertThat(InvalidInputText.of("Horizont", months)).isEqualTo("Horizont muss zwischen 1 und 1.200 liegen, ist aber 2.400");
        InvalidInputException name = catchThrowableOfType(() -> Require.atMostChars("name", "x".repeat(201), 200),
                InvalidInputException.class);
        assertThat(InvalidInputText.of("Name", name)).isEqualTo("Name ist 201 Zeichen lang; erlaubt sind höchstens 200");
    }

    @Test
    void aRefusalWithoutARuleKeepsTheModelsWords() {
        UiText.use(Locale.GERMAN);
        InvalidInputException refused = new InvalidInputException("sources", "the plan needs at least one lead source");
        assertThat(InvalidInputText.of("Quellen", refused)).isEqualTo("The plan needs at least one lead source");
    }

    @Test
    void aPercentageIsSaidAsTheFieldShowsIt() {
        InvalidInputException refused = catchThrowableOfType(() -> Require.fraction("gross margin", 1.8),
                InvalidInputException.class);
        assertThat(InvalidInputText.of("Gross margin", InputKind.PERCENT, Locale.UK, refused))
                .isEqualTo("Gross margin must be between 0% and 100%, got 180%");
        UiText.use(Locale.GERMAN);
        assertThat(InvalidInputText.of("Bruttomarge", InputKind.PERCENT, Locale.GERMANY, refused))
                .isEqualTo("Bruttomarge muss zwischen 0 % und 100 % liegen, ist aber 180 %");
        InvalidInputException churn = catchThrowableOfType(() -> Require.fractionBelowOne("churn", 1.0),
                InvalidInputException.class);
        assertThat(InvalidInputText.of("Abwanderung", InputKind.PERCENT, Locale.GERMANY, churn))
                .isEqualTo("Abwanderung muss mindestens 0 % und kleiner als 100 % sein, ist aber 100 %");
    }

    @Test
    void theModelsOtherChecksAreSaidInGermanToo() {
        UiText.use(Locale.GERMAN);
        InvalidInputException nrr = catchThrowableOfType(() -> new RetentionRates.GrrNrr(0.9, 0.85),
                InvalidInputException.class);
        assertThat(InvalidInputText.of("NRR", InputKind.PERCENT, Locale.GERMANY, nrr))
                .isEqualTo("NRR muss mindestens GRR (90 %) sein, ist aber 85 %");
        InvalidInputException both = catchThrowableOfType(() -> new RetentionRates.Components(0.7, 0.4, 0),
                InvalidInputException.class);
        assertThat(InvalidInputText.of("Kontraktion", InputKind.PERCENT, Locale.GERMANY, both))
                .isEqualTo("Kontraktion: Abwanderung und Kontraktion zusammen dürfen höchstens 100 % sein, sind aber 110 %");
        InvalidInputException period = catchThrowableOfType(
                () -> new Period(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 1, 1)), InvalidInputException.class);
        assertThat(InvalidInputText.of("Zeitraum", period))
                .isEqualTo("Zeitraum: das Ende (01.01.2026) liegt vor dem Beginn (31.03.2026)");
        InvalidInputException range = catchThrowableOfType(() -> DriverRange.uniform(0.3, 0.2),
                InvalidInputException.class);
        assertThat(InvalidInputText.of("Churn", InputKind.NUMBER, Locale.GERMANY, range))
                .isEqualTo("Churn: das untere Ende (0,3) darf nicht über dem oberen Ende (0,2) liegen");
    }

    @Test
    void aRuleBetweenTwoInputsNamesTheOtherByItsLabel() {
        InvalidInputException nrr = catchThrowableOfType(() -> new RetentionRates.GrrNrr(0.9, 0.85),
                InvalidInputException.class);
        assertThat(InvalidInputText.of("NRR", InputKind.PERCENT, Locale.UK, nrr))
                .isEqualTo("NRR must be at least GRR (90%), got 85%");
        UiText.use(Locale.GERMAN);
        InvalidInputException target = catchThrowableOfType(
                () -> new RetentionProgramInputs(100, 20_000, 0.8, 0.14, 0.18, 50_000), InvalidInputException.class);
        assertThat(InvalidInputText.of("Churn-Ziel", InputKind.PERCENT, Locale.GERMANY, target,
                name -> name.equals("churn now") ? "Churn heute" : name))
                .isEqualTo("Churn-Ziel darf höchstens Churn heute (14 %) sein, ist aber 18 %");
    }

    @Test
    void aRangeEndKeepsItsRuleAndAHorizonRangeIsRefusedInGerman() {
        UiText.use(Locale.GERMAN);
        InvalidInputException high = catchThrowableOfType(
                () -> DriverRange.triangular(10, 12, 13).checkFor(Driver.HORIZON_MONTHS), InvalidInputException.class);
        assertThat(InvalidInputText.of("Horizont", high)).isEqualTo("Horizont kann keine Spanne sein");
        InvalidInputException acv = catchThrowableOfType(
                () -> DriverRange.uniform(-5, 10).checkFor(Driver.ACV), InvalidInputException.class);
        assertThat(acv).hasMessageStartingWith("ACV low: ");
        assertThat(InvalidInputText.of("ACV", InputKind.MONEY, Locale.GERMANY, acv))
                .isEqualTo("ACV (unteres Ende) muss größer als 0 sein, ist aber -5");
    }
}
