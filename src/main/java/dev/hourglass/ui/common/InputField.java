package dev.hourglass.ui.common;

import dev.hourglass.model.scenario.Driver;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One input of a section (a row of an input grid): how to read it from the section's value and how to make a new
 * value with it changed. The section's record validates; its message is what the user sees.
 *
 * @param optional a blank cell means "not set" (e.g. front-loaded churn off)
 * @param driver   the business driver this input is the section's value of, when it is one
 */
public record InputField<S>(String key, String label, InputKind kind, boolean optional, String help,
                            Function<S, OptionalDouble> getter, Changer<S> changer, Optional<Driver> driver) {

    /** The same input, marked as the section's value of a business driver (which it may override). */
    public InputField<S> reading(Driver value) {
        return new InputField<>(key, label, kind, optional, help, getter, changer, Optional.of(value));
    }

    /** Makes a new section value with this input set ({@code OptionalDouble.empty()} = not set). */
    @FunctionalInterface
    public interface Changer<S> {
        S with(S section, OptionalDouble value);
    }

    public static <S> InputField<S> required(String key, String label, InputKind kind, String help,
                                             Function<S, Double> getter, BiFunction<S, Double, S> setter) {
        return new InputField<>(key, label, kind, false, help, s -> OptionalDouble.of(getter.apply(s)),
                (s, v) -> setter.apply(s, v.orElseThrow()), Optional.empty());
    }

    public static <S> InputField<S> optional(String key, String label, InputKind kind, String help,
                                             Function<S, OptionalDouble> getter, Changer<S> changer) {
        return new InputField<>(key, label, kind, true, help, getter, changer, Optional.empty());
    }
}
