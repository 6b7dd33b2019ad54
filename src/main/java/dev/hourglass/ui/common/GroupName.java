package dev.hourglass.ui.common;

import dev.hourglass.model.leads.Lead;
import dev.hourglass.model.pipeline.Dimension;
import javafx.util.StringConverter;

/**
 * The name of a group of deals or leads as the desktop shows it: the model groups rows without a value under
 * {@link Dimension#NONE} / {@link Lead#NONE}, which reads "(keine)" in German.
 */
public final class GroupName {
    private GroupName() {
    }

    public static String of(String group) {
        return Dimension.NONE.equals(group) || Lead.NONE.equals(group) ? UiText.text("common.noGroup") : group;
    }

    /** For a choice box of group names: shows {@link #of(String)}, keeps the model's value as the choice. */
    public static StringConverter<String> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(String group) {
                return group == null ? null : of(group);
            }

            @Override
            public String fromString(String shown) {
                return UiText.text("common.noGroup").equals(shown) ? Dimension.NONE : shown;
            }
        };
    }
}
