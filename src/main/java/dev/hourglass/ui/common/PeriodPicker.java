package dev.hourglass.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** One control for a period: a quarter or month from a list, or any first and last day typed ("Custom"). */
public final class PeriodPicker extends HBox {
    /** Wide enough for a full date in any locale's short form. */
    private static final int DATE_COLUMNS = 8;
    private final ComboBox<PeriodChoice> list = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    public PeriodPicker() {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("period-picker");
        list.setId("periodChoice");
        list.setPromptText(UiText.text("common.custom"));
        list.setPrefWidth(120);
        from.setId("periodFrom");
        from.setPromptText(UiText.text("common.period.from"));
        to.setId("periodTo");
        to.setPromptText(UiText.text("common.period.to"));
        for (DatePicker day : new DatePicker[] {from, to}) {
            // in columns of the type, not pixels: a full date ("10/31/2025") stays whole in workshop mode's large type
            day.getEditor().setPrefColumnCount(DATE_COLUMNS);
            day.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(list, from, to);
    }

    /** Shows and edits the model's period; call once. */
    public void bind(PeriodPickerModel model) {
        list.setItems(model.choices());
        list.valueProperty().bindBidirectional(model.choiceProperty());
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());
    }
}
