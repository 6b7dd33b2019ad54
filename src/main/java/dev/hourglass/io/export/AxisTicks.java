package dev.hourglass.io.export;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.figures.Unit;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** A chart axis's tick labels as the figure formatter writes them: {@code $20M}, {@code 20 Mio. $}, {@code 25%}. */
final class AxisTicks extends NumberFormat {
    private final transient FigureFormatter format;
    private final Unit unit;

    AxisTicks(FigureFormatter format, Unit unit) {
        this.format = format;
        this.unit = unit;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(format.axisTick(unit, number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        String rest = source.substring(pos.getIndex());
        try {
            double value = format.parser().parse(unit, rest);
            pos.setIndex(source.length());
            return value;
        } catch (IllegalArgumentException notATick) {
            pos.setErrorIndex(pos.getIndex());
            return null;
        }
    }
}
