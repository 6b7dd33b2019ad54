package dev.hourglass.ui.common;

import dev.hourglass.model.figures.FigureCatalogue;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.figures.Unit;
import java.util.OptionalDouble;

/**
 * Headline cards of catalogue figures: the catalogue's label as the title, the value in the figure's unit — an
 * amount of a million or more shortened ({@code $19.41M}, {@code 19,41 Mio. $}), so cards side by side read alike —
 * and the catalogue's formula text followed by the scenario's numbers as the tooltip.
 */
public final class FigureCards {
    private static final double SHORTENED_FROM = 1_000_000;

    private final FigureFormatter format;

    /** @param format in the scenario's currency */
    public FigureCards(FigureFormatter format) {
        this.format = format;
    }

    /**
     * @param id      the card's id, for tests and styles
     * @param path    the figure's key, with a list element where it has one ({@code retention.bridge[year 5].closing})
     * @param numbers the formula with the scenario's numbers ("$24,000 × 80%"); empty for none
     */
    public Headline card(String id, String path, double value, String numbers) {
        return new Headline(id, format.texts().label(path), value(path, value), formula(path, numbers));
    }

    /** A card whose figure may have no value; then it shows {@code whenEmpty}. */
    public Headline card(String id, String path, OptionalDouble value, String whenEmpty, String numbers) {
        return new Headline(id, format.texts().label(path),
                value.isPresent() ? value(path, value.getAsDouble()) : whenEmpty, formula(path, numbers));
    }

    public Headline card(String id, String path, OptionalDouble value, String numbers) {
        return card(id, path, value, format.noData(), numbers);
    }

    /** A card whose tooltip adds what the figure depends on ("CAC $18,000; annual billing …") to its formula. */
    public Headline cardWithDetail(String id, String path, OptionalDouble value, String whenEmpty, String detail) {
        return new Headline(id, format.texts().label(path),
                value.isPresent() ? value(path, value.getAsDouble()) : whenEmpty,
                format.texts().formula(path) + "; " + detail);
    }

    /** A figure's value as a card shows it. */
    public String value(String path, double value) {
        if (FigureCatalogue.of(path).unit() == Unit.MONEY && Math.abs(value) >= SHORTENED_FROM) {
            return format.moneyCompact(value);
        }
        return format.format(path, value);
    }

    private String formula(String path, String numbers) {
        String formula = format.texts().formula(path);
        return numbers.isEmpty() ? formula : formula + " = " + numbers;
    }
}
