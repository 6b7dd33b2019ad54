package dev.hourglass.ui.compare;

import dev.hourglass.model.figures.Figure;
import dev.hourglass.model.figures.FigureCatalogue;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.figures.Unit;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The words and numbers of the comparison table, from the figure catalogue: a figure's section and label, each
 * value in its unit, a difference with its sign — a rate's in points (NRR 105 % → 110 % is +5.0 pts, not 5 %).
 * A figure the catalogue does not know is shown by its scenario-file key, as a plain number.
 */
public final class ComparisonText {
    private final FigureFormatter format;

    /** @param format in the currency of the base scenario, in which the amounts are shown */
    public ComparisonText(FigureFormatter format) {
        this.format = format;
    }

    /** "Unit economics · CAC". */
    public String label(String key) {
        return FigureCatalogue.find(key)
                .map(f -> format.texts().section(f.section()) + " · " + format.texts().label(key)).orElse(key);
    }

    public String value(String key, OptionalDouble value) {
        if (value.isEmpty()) {
            return format.noData();
        }
        Optional<Figure> figure = FigureCatalogue.find(key).filter(f -> f.unit() != Unit.CHOICE);
        return figure.isPresent() ? format.format(figure.get(), value.getAsDouble()) : plain(value.getAsDouble());
    }

    /** This scenario − the base, with its sign. */
    public String delta(String key, OptionalDouble difference) {
        if (difference.isEmpty()) {
            return format.noData();
        }
        Optional<Figure> figure = FigureCatalogue.find(key).filter(f -> f.unit() != Unit.CHOICE);
        return figure.isPresent() ? format.difference(figure.get(), difference.getAsDouble())
                : plain(difference.getAsDouble());
    }

    /**
     * This scenario's difference from the base, as it reads under the value: {@code +$2,400 (+10%)}; empty where the
     * two are equal or either has no value.
     */
    public String change(String key, OptionalDouble difference, OptionalDouble share) {
        if (difference.isEmpty() || difference.getAsDouble() == 0) {
            return "";
        }
        String percent = share.isEmpty() ? ""
                : " (" + (share.getAsDouble() > 0 ? "+" : "") + deltaPercent(share) + ")";
        return delta(key, difference) + percent;
    }

    /** Δ ÷ |base|. */
    public String deltaPercent(OptionalDouble share) {
        return format.percent(share);
    }

    private String plain(double v) {
        return format.number(v, Math.abs(v) < 10 && v != Math.rint(v) ? 4 : 0);
    }
}
