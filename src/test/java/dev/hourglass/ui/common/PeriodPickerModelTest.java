package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.pipeline.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The period picker's list and two dates follow the period, and each sets it, without the toolkit. */
class PeriodPickerModelTest {
    private static final Period Q1 = new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 3, 31));
    private static final Period FEBRUARY = new Period(LocalDate.of(2017, 2, 1), LocalDate.of(2017, 2, 28));
    private static final PeriodChoice Q1_CHOICE = new PeriodChoice("2017 Q1", Q1);
    private static final PeriodChoice FEBRUARY_CHOICE = new PeriodChoice("2017-02", FEBRUARY);

    private final ObservableList<PeriodChoice> choices = FXCollections.observableArrayList(Q1_CHOICE, FEBRUARY_CHOICE);
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final List<String> typed = new ArrayList<>();
    private final PeriodPickerModel picker = new PeriodPickerModel(choices, period, (from, to) -> {
        typed.add(from + ".." + to);
        if (!to.isBefore(from)) {
            period.set(new Period(from, to));
        }
    });

    @Test
    void aListedPeriodShowsAsItsChoiceAndItsDays() {
        period.set(Q1);

        assertThat(picker.choiceProperty().get()).isEqualTo(Q1_CHOICE);
        assertThat(picker.fromProperty().get()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(picker.toProperty().get()).isEqualTo(LocalDate.of(2017, 3, 31));
        assertThat(typed).as("showing a period is not typing one").isEmpty();
    }

    @Test
    void choosingFromTheListSetsThePeriodAndItsDays() {
        period.set(Q1);

        picker.choiceProperty().set(FEBRUARY_CHOICE);

        assertThat(period.get()).isEqualTo(FEBRUARY);
        assertThat(picker.fromProperty().get()).isEqualTo(LocalDate.of(2017, 2, 1));
        assertThat(picker.toProperty().get()).isEqualTo(LocalDate.of(2017, 2, 28));
    }

    @Test
    void typedDaysSetACustomPeriodThatNoChoiceShowsAndListedDaysFindTheirChoice() {
        period.set(Q1);

        picker.toProperty().set(LocalDate.of(2017, 2, 15));
        assertThat(period.get()).isEqualTo(new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 2, 15)));
        assertThat(picker.choiceProperty().get()).isNull();

        picker.fromProperty().set(LocalDate.of(2017, 2, 1));
        picker.toProperty().set(LocalDate.of(2017, 2, 28));
        assertThat(period.get()).isEqualTo(FEBRUARY);
        assertThat(picker.choiceProperty().get()).isEqualTo(FEBRUARY_CHOICE);
    }

    @Test
    void aRefusedPeriodLeavesThePeriodAsItWasAndNewChoicesFindTheShownPeriod() {
        period.set(FEBRUARY);
        picker.fromProperty().set(LocalDate.of(2017, 3, 1));
        assertThat(typed).containsExactly("2017-03-01..2017-02-28");
        assertThat(period.get()).isEqualTo(FEBRUARY);

        choices.setAll(Q1_CHOICE);
        period.set(Q1);
        choices.setAll(FEBRUARY_CHOICE);
        assertThat(picker.choiceProperty().get()).isNull();
        choices.add(Q1_CHOICE);
        assertThat(picker.choiceProperty().get()).isEqualTo(Q1_CHOICE);
    }
}
