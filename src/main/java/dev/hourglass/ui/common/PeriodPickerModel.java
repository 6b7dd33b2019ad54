package dev.hourglass.ui.common;

import dev.hourglass.model.pipeline.Period;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * What a {@link PeriodPicker} shows, kept in step without the toolkit: the period of a view as one of its listed
 * quarters and months (none when it is a custom period) and as its first and last day. Choosing from the list or
 * typing both dates changes the period; a new period shows in both.
 */
public final class PeriodPickerModel {
    private final ObservableList<PeriodChoice> choices;
    private final ObjectProperty<Period> period;
    private final ObjectProperty<PeriodChoice> choice = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private boolean showing;

    /**
     * @param choices the periods offered in the list
     * @param period the view's period, shown and set
     * @param customPeriod sets a period typed as two dates (the view says why one is refused)
     */
    public PeriodPickerModel(ObservableList<PeriodChoice> choices, ObjectProperty<Period> period,
                             BiConsumer<LocalDate, LocalDate> customPeriod) {
        this.choices = choices;
        this.period = period;
        period.addListener((obs, old, now) -> show());
        choices.addListener((ListChangeListener<PeriodChoice>) change -> show());
        choice.addListener((obs, old, now) -> {
            if (!showing && now != null && !now.period().equals(period.get())) {
                period.set(now.period());
            }
        });
        from.addListener((obs, old, now) -> typed(customPeriod));
        to.addListener((obs, old, now) -> typed(customPeriod));
        show();
    }

    private void typed(BiConsumer<LocalDate, LocalDate> customPeriod) {
        if (!showing && from.get() != null && to.get() != null) {
            customPeriod.accept(from.get(), to.get());
        }
    }

    /** Shows the period in the list (when it is one of its choices) and in the two dates. */
    private void show() {
        Period current = period.get();
        if (current == null || showing) {
            return;
        }
        showing = true;
        choice.set(choices.stream().filter(c -> c.period().equals(current)).findFirst().orElse(null));
        from.set(current.start());
        to.set(current.end());
        showing = false;
    }

    public ObservableList<PeriodChoice> choices() {
        return choices;
    }

    /** The listed period shown; null for a custom one. */
    public ObjectProperty<PeriodChoice> choiceProperty() {
        return choice;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }
}
