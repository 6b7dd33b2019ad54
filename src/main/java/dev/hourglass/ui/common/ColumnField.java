package dev.hourglass.ui.common;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One column of a rows grid (e.g. a channel's spend): how to show it and how to make a row with it changed. A
 * {@code null} kind is a text column. The row's record validates; its message is what the user sees.
 */
public record ColumnField<R>(String key, String label, InputKind kind, String help, Function<R, Object> getter,
                             BiFunction<R, Object, R> setter) {

    public static <R> ColumnField<R> text(String key, String label, String help, Function<R, String> getter,
                                          BiFunction<R, String, R> setter) {
        return new ColumnField<>(key, label, null, help, getter::apply, (r, v) -> setter.apply(r, (String) v));
    }

    public static <R> ColumnField<R> number(String key, String label, InputKind kind, String help,
                                            Function<R, Double> getter, BiFunction<R, Double, R> setter) {
        return new ColumnField<>(key, label, kind, help, getter::apply, (r, v) -> setter.apply(r, (Double) v));
    }
}
