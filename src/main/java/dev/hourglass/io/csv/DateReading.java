package dev.hourglass.io.csv;

import java.time.LocalDate;

/**
 * One way a column writes its dates, such as {@code M/D/YYYY}. A reading ignores surrounding white space and
 * accepts a time after the date (the date is kept as written, whatever the time zone).
 */
public interface DateReading {

    /** The date the text stands for in this reading, or null when the text is not a date written this way. */
    LocalDate read(CharSequence text);

    /** How the reading is named to the user: "M/D/YYYY". */
    String label();

    /** A date written this way, for messages: "3/31/2017". */
    String example();
}
