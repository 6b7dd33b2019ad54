package dev.hourglass.ui.common;

import dev.hourglass.app.DatasetChoice;
import dev.hourglass.store.Dataset;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;

/** The chooser of an imported dataset that the data views put above their figures. */
public final class DatasetChooser {
    private DatasetChooser() {
    }

    /** Shows each import by {@code label}, in the list and on the button, with its import's report as tooltip. */
    public static void label(ComboBox<Dataset> box, Function<Dataset, String> label) {
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Dataset d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : label.apply(d));
                setTooltip(empty || d == null ? null : new Tooltip(ImportReportText.of(d)));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
    }

    /** Lists {@code datasets}, hands a chosen one to {@code load}, and chooses each new import as it arrives. */
    public static void follow(ComboBox<Dataset> box, ObservableList<Dataset> datasets, Function<Dataset, String> label,
                              Consumer<Dataset> load) {
        box.setItems(datasets);
        label(box, label);
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                load.accept(now);
            }
        });
        datasets.addListener((ListChangeListener<Dataset>) change -> {
            while (change.next()) {
                if (change.wasAdded()) {
                    DatasetChoice.newest(datasets).ifPresent(box::setValue); // the new import
                }
            }
        });
    }
}
