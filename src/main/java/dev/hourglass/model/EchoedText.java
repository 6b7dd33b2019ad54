package dev.hourglass.model;

/** A value the user gave, shortened for a message: a 10 MB cell or name must not be printed whole. */
public final class EchoedText {
    static final int SHOWN_CHARS = 60;

    private EchoedText() {
    }

    /** The value itself when short, else its first 60 characters and "…". */
    public static String of(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() <= SHOWN_CHARS) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(SHOWN_CHARS - 1)) ? SHOWN_CHARS - 1 : SHOWN_CHARS;
        return value.substring(0, end) + "…";
    }
}
