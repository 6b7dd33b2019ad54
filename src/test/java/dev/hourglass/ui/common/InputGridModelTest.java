package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.model.retention.RetentionProgramInputs;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The input grid's view model, without the toolkit: typing, pasting, copying, refusing. */
class InputGridModelTest {
    private UnitEconomicsInputs section = UnitEconomicsInputs.of(24_000, 0.8, 18_000, 0.18);
    private int applied;

    private InputGridModel<UnitEconomicsInputs> grid(Locale locale) {
        List<InputField<UnitEconomicsInputs>> fields = List.of(
                InputField.required("acv", "ACV", InputKind.MONEY, "", UnitEconomicsInputs::acv, UnitEconomicsInputs::withAcv),
                InputField.required("grossMargin", "Gross margin", InputKind.PERCENT, "", UnitEconomicsInputs::grossMargin,
                        UnitEconomicsInputs::withGrossMargin),
                InputField.required("cac", "CAC", InputKind.MONEY, "", UnitEconomicsInputs::cac, UnitEconomicsInputs::withCac),
                InputField.optional("firstYearLogoChurn", "First-year logo churn", InputKind.PERCENT, "",
                        UnitEconomicsInputs::firstYearLogoChurn, UnitEconomicsInputs::withFirstYearLogoChurn));
        return new InputGridModel<>(fields, () -> section, s -> {
            section = s;
            applied++;
        }, () -> "USD", locale);
    }

    @Test
    void showsValuesWithLocaleFormatsAndUnits() {
        InputGridModel<UnitEconomicsInputs> grid = grid(Locale.US);
        assertThat(grid.rows()).extracting(r -> r.textProperty().get()).containsExactly("24,000", "80%", "18,000", "");
        assertThat(grid.rows()).extracting(r -> r.unitProperty().get()).containsExactly("USD", "%", "USD", "%");
        assertThat(grid(Locale.GERMANY).rows().get(0).textProperty().get()).isEqualTo("24.000");
    }

    @Test
    void percentagesMayBeTypedWithOrWithoutTheSignOrAsAFraction() {
        InputGridModel<UnitEconomicsInputs> grid = grid(Locale.US);
        for (String typed : List.of("75%", "75 %", "75", "0.75")) {
            assertThat(grid.edit(1, typed)).as(typed).isTrue();
            assertThat(section.grossMargin()).as(typed).isEqualTo(0.75);
        }
        assertThat(grid.edit(2, "$12,500")).isTrue();
        assertThat(section.cac()).isEqualTo(12_500);
    }

    @Test
    void germanNumbersAreReadInTheGermanWay() {
        InputGridModel<UnitEconomicsInputs> grid = grid(Locale.GERMANY);
        assertThat(grid.edit(0, "30.000")).isTrue();
        assertThat(section.acv()).isEqualTo(30_000);
        assertThat(grid.edit(1, "72,5 %")).isTrue();
        assertThat(section.grossMargin()).isEqualTo(0.725);
    }

    @Test
    void aRuleBetweenTwoRowsNamesTheOtherRowByItsLabel() {
        UiText.use(Locale.GERMAN);
        try {
            RetentionProgramInputs[] programme = {new RetentionProgramInputs(100, 20_000, 0.8, 0.14, 0.1, 50_000)};
            InputGridModel<RetentionProgramInputs> grid = new InputGridModel<>(List.of(
                    InputField.required("churnNow", "Churn heute", InputKind.PERCENT, "", RetentionProgramInputs::churnNow,
                            (p, v) -> new RetentionProgramInputs(p.customers(), p.acv(), p.grossMargin(), v,
                                    p.churnTarget(), p.programCost())),
                    InputField.required("churnTarget", "Churn-Ziel", InputKind.PERCENT, "",
                            RetentionProgramInputs::churnTarget, RetentionProgramInputs::withChurnTarget)),
                    () -> programme[0], p -> programme[0] = p, () -> "EUR", Locale.GERMANY);
            assertThat(grid.edit(1, "18 %")).isFalse();
            assertThat(grid.rows().get(1).errorProperty().get())
                    .isEqualTo("Churn-Ziel darf höchstens Churn heute (14 %) sein, ist aber 18 %");
        } finally {
            UiText.use(Locale.ENGLISH);
        }
    }

    @Test
    void aRefusedValueAndAnEmptyOneAreSaidInGerman() {
        UiText.use(Locale.GERMAN);
        try {
            InputGridModel<UnitEconomicsInputs> grid = grid(Locale.GERMANY);
            assertThat(grid.edit(0, "")).isFalse();
            assertThat(grid.rows().get(0).errorProperty().get()).isEqualTo("ACV: ein Wert ist nötig");
            assertThat(grid.edit(1, "180 %")).isFalse();
            assertThat(grid.rows().get(1).errorProperty().get()).isEqualTo("Gross margin muss zwischen 0 % und 100 % liegen, ist aber 180 %");
        } finally {
            UiText.use(Locale.ENGLISH);
        }
    }

    @Test
    void aRefusedValueIsExplainedOnItsRowAndNothingChanges() {
        InputGridModel<UnitEconomicsInputs> grid = grid(Locale.US);
        assertThat(grid.edit(1, "180%")).isFalse();
        assertThat(grid.messageProperty().get())
                .isEqualTo("Gross margin must be between 0% and 100%, got 180% — the last good value is kept.");
        assertThat(grid.rows().get(1).errorProperty().get()).isEqualTo("Gross margin must be between 0% and 100%, got 180%");
        assertThat(grid.edit(2, "lots")).isFalse();
        assertThat(grid.messageProperty().get()).startsWith("CAC: \"lots\" is not a number");
        assertThat(grid.edit(0, "")).isFalse();
        assertThat(grid.messageProperty().get()).startsWith("ACV: a value is needed");
        assertThat(applied).isZero();
        assertThat(grid.edit(1, "70%")).isTrue();
        assertThat(grid.messageProperty().get()).isNull();
        assertThat(grid.rows().get(1).errorProperty().get()).isNull();
    }

    @Test
    void aRefusalIsForgottenOnceAnotherValueIsTakenOrAnotherScenarioIsShown() {
        InputGridModel<UnitEconomicsInputs> grid = grid(Locale.US);
        assertThat(grid.edit(1, "180%")).isFalse();
        assertThat(grid.edit(2, "12,000")).isTrue();
        assertThat(grid.rows().get(1).errorProperty().get()).isNull();
        assertThat(grid.messageProperty().get()).isNull();

        assertThat(grid.edit(1, "180%")).isFalse();
        section = UnitEconomicsInputs.of(30_000, 0.7, 20_000, 0.1);
        grid.refresh();
        assertThat(grid.rows().get(1).errorProperty().get()).isNull();
        assertThat(grid.messageProperty().get()).isNull();
        assertThat(grid.rows().get(1).textProperty().get()).isEqualTo("70%");
    }

    @Test
    void anOptionalInputIsClearedByABlankCell() {
        InputGridModel<UnitEconomicsInputs> grid = grid(Locale.US);
        assertThat(grid.edit(3, "30%")).isTrue();
        assertThat(section.firstYearLogoChurn()).isEqualTo(OptionalDouble.of(0.3));
        assertThat(grid.edit(3, " ")).isTrue();
        assertThat(section.firstYearLogoChurn()).isEmpty();
    }

    @Test
    void aPastedRangeOfLabelsAndValuesIsOneChange() {
        InputGridModel<UnitEconomicsInputs> grid = grid(Locale.US);
        assertThat(grid.paste(0, "CAC\t20000\r\nACV\t30,000\r\nGross margin\t0.75\r\n")).isTrue();
        assertThat(section).isEqualTo(UnitEconomicsInputs.of(30_000, 0.75, 20_000, 0.18));
        assertThat(applied).isEqualTo(1);
    }

    @Test
    void aPastedColumnOfValuesFillsDownFromTheRow() {
        InputGridModel<UnitEconomicsInputs> grid = grid(Locale.US);
        assertThat(grid.paste(1, "70%\n15000\n")).isTrue();
        assertThat(section.grossMargin()).isEqualTo(0.7);
        assertThat(section.cac()).isEqualTo(15_000);
        assertThat(grid.paste(2, "1\n2\n3\n")).isFalse();
        assertThat(grid.messageProperty().get()).contains("Nothing was pasted");
        assertThat(grid.paste(0, "30000\nnope\n")).isFalse();
        assertThat(section.acv()).isEqualTo(24_000);
        assertThat(grid.messageProperty().get()).endsWith("— nothing was pasted.");
    }

    @Test
    void copiedRowsAreTabSeparatedForASpreadsheet() {
        assertThat(grid(Locale.US).copy(List.of(0, 1))).isEqualTo("ACV\t24,000\tUSD\nGross margin\t80%\t%\n");
    }

    @Test
    void wholeNumbersAreRequiredWhereOnlyWholeNumbersMakeSense() {
        assertThatThrownBy(() -> InputKind.MONTHS.parse("12.5", Locale.US)).hasMessage("type a whole number, got 12.5");
        assertThat(InputKind.MONTHS.parse("36 months", Locale.US)).isEqualTo(36);
    }
}
