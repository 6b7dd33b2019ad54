package dev.hourglass.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A thin writer over Jackson's streaming generator that speaks the output contract of cli.md: numbers with
 * {@link JsonNumbers}' precision, and "no data" as JSON {@code null}, never 0 and never NaN.
 */
public final class JsonOut implements AutoCloseable {
    /** Closing the JSON leaves the caller's writer open (stdout must stay usable after it), flushed. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final int WARM_NUMBERS = 300;
    private final JsonGenerator gen;

    public JsonOut(Writer out, boolean pretty) {
        try {
            gen = FACTORY.createGenerator(out);
            if (pretty) {
                gen.useDefaultPrettyPrinter();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a small document nowhere, with every kind of value, so that loading and linking Jackson's generator and
     * this writer is done before a run's own document: a command line run calls it on a spare core while it reads.
     */
    public static void warmUp() {
        try (JsonOut json = new JsonOut(Writer.nullWriter(), true)) {
            json.beginObject().number("ratio", 0.125).number("count", 3L).number("none", OptionalDouble.empty())
                    .string("name", "a").bool("yes", true).nullValue("nothing")
                    .beginArray("values").number(1.5).string("b");
            // a report's many numbers, so that their rounding's code is compiled before the run writes its own
            // (the million-row cohorts report: 9-13 -> 6-7 ms of JSON)
            for (int i = 1; i <= WARM_NUMBERS; i++) {
                json.number(i / 7.0).number(i * 1000.0);
            }
            json.endArray().endObject();
        }
    }

    public JsonOut beginObject() {
        return run(gen::writeStartObject);
    }

    public JsonOut beginObject(String name) {
        return run(() -> gen.writeObjectFieldStart(name));
    }

    public JsonOut endObject() {
        return run(gen::writeEndObject);
    }

    public JsonOut beginArray(String name) {
        return run(() -> gen.writeArrayFieldStart(name));
    }

    public JsonOut endArray() {
        return run(gen::writeEndArray);
    }

    public JsonOut field(String name) {
        return run(() -> gen.writeFieldName(name));
    }

    public JsonOut number(String name, double value) {
        return run(() -> {
            gen.writeFieldName(name);
            gen.writeNumber(JsonNumbers.format(value));
        });
    }

    public JsonOut number(String name, OptionalDouble value) {
        return value.isPresent() ? number(name, value.getAsDouble()) : nullValue(name);
    }

    public JsonOut number(String name, OptionalInt value) {
        return value.isPresent() ? number(name, (long) value.getAsInt()) : nullValue(name);
    }

    public JsonOut number(String name, long value) {
        return run(() -> gen.writeNumberField(name, value));
    }

    /** An array element. */
    public JsonOut number(double value) {
        return run(() -> gen.writeNumber(JsonNumbers.format(value)));
    }

    /** An array element; null when there is no data. */
    public JsonOut number(OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble()) : run(gen::writeNull);
    }

    public JsonOut string(String name, String value) {
        return value == null ? nullValue(name) : run(() -> gen.writeStringField(name, value));
    }

    /** An array element. */
    public JsonOut string(String value) {
        return run(() -> gen.writeString(value));
    }

    public JsonOut bool(String name, boolean value) {
        return run(() -> gen.writeBooleanField(name, value));
    }

    public JsonOut nullValue(String name) {
        return run(() -> gen.writeNullField(name));
    }

    @Override
    public void close() {
        run(gen::close);
    }

    private JsonOut run(IoAction action) {
        try {
            action.run();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
