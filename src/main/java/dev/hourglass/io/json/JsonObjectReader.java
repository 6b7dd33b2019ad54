package dev.hourglass.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hourglass.io.json.JsonFieldException.Found;
import dev.hourglass.io.json.JsonFieldException.Why;
import dev.hourglass.model.EchoedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one JSON object field by field, knowing its path in the document ("retention.nrrImprovement"), so
 * every error names the field at fault. Unknown keys are refused: a typo must not silently become a default.
 */
public final class JsonObjectReader {
    private final ObjectNode node;
    private final String path;

    public JsonObjectReader(JsonNode node, String path) throws JsonFieldException {
        if (node == null || !node.isObject()) {
            throw wrongType(path, "an object", Why.EXPECTED_OBJECT, node);
        }
        this.node = (ObjectNode) node;
        this.path = path;
    }

    public String path() {
        return path;
    }

    public String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public boolean has(String key) {
        JsonNode value = node.get(key);
        return value != null && !value.isNull();
    }

    public void allowOnly(String... keys) throws JsonFieldException {
        Set<String> allowed = Set.of(keys);
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                String expected = String.join(", ", new TreeSet<>(allowed));
                throw new JsonFieldException(pathOf(EchoedText.of(name)),
                        "unknown field (expected one of: " + expected + ")", Why.UNKNOWN_FIELD, expected);
            }
        }
    }

    public double number(String key) throws JsonFieldException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw new JsonFieldException(pathOf(key), "is required", Why.REQUIRED);
        }
        return numberValue(value, pathOf(key));
    }

    public double number(String key, double defaultValue) throws JsonFieldException {
        return has(key) ? number(key) : defaultValue;
    }

    /** An optional number: absent or {@code null} is empty. */
    public OptionalDouble optionalNumber(String key) throws JsonFieldException {
        return has(key) ? OptionalDouble.of(number(key)) : OptionalDouble.empty();
    }

    public long count(String key) throws JsonFieldException {
        double value = number(key);
        if (value != Math.rint(value) || Math.abs(value) > 1e15) {
            throw new JsonFieldException(pathOf(key), "expected a whole number, got " + node.get(key),
                    Why.EXPECTED_WHOLE_NUMBER, node.get(key).toString());
        }
        return (long) value;
    }

    public int integer(String key, int defaultValue) throws JsonFieldException {
        if (!has(key)) {
            return defaultValue;
        }
        long value = count(key);
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw new JsonFieldException(pathOf(key), "is out of range: " + value, Why.OUT_OF_RANGE, value);
        }
        return (int) value;
    }

    public String string(String key) throws JsonFieldException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw new JsonFieldException(pathOf(key), "is required", Why.REQUIRED);
        }
        if (!value.isTextual()) {
            throw wrongType(pathOf(key), "text", Why.EXPECTED_TEXT, value);
        }
        return value.asText();
    }

    public String string(String key, String defaultValue) throws JsonFieldException {
        return has(key) ? string(key) : defaultValue;
    }

    public <E extends Enum<E>> E enumValue(String key, Class<E> type, E defaultValue) throws JsonFieldException {
        if (!has(key)) {
            return defaultValue;
        }
        String text = string(key);
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String expected = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            throw new JsonFieldException(pathOf(key), "unknown value \"" + EchoedText.of(text) + "\" (expected one of: "
                    + expected + ")", Why.UNKNOWN_VALUE, EchoedText.of(text), expected);
        }
    }

    /** True when the field holds an object (a range, say) rather than a plain value. */
    public boolean isObject(String key) {
        JsonNode value = node.get(key);
        return value != null && value.isObject();
    }

    public Optional<JsonObjectReader> object(String key) throws JsonFieldException {
        return has(key) ? Optional.of(new JsonObjectReader(node.get(key), pathOf(key))) : Optional.empty();
    }

    /** The elements of an array field, each with its path ("channels[2]"). */
    public List<JsonElement> array(String key) throws JsonFieldException {
        JsonNode value = node.get(key);
        if (!value.isArray()) {
            throw wrongType(pathOf(key), "a list", Why.EXPECTED_LIST, value);
        }
        List<JsonElement> elements = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            elements.add(new JsonElement(value.get(i), pathOf(key) + "[" + i + "]"));
        }
        return elements;
    }

    /** Every field of this object, each of which must be text. */
    public Map<String, String> stringMap() throws JsonFieldException {
        Map<String, String> map = new LinkedHashMap<>();
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            map.put(name, string(name));
        }
        return map;
    }

    /** A number, or a list of numbers, as a list. */
    public List<Double> numbers(String key) throws JsonFieldException {
        JsonNode value = node.get(key);
        List<Double> numbers = new ArrayList<>();
        if (value == null || value.isNull()) {
            return numbers;
        }
        if (value.isArray()) {
            for (JsonElement element : array(key)) {
                numbers.add(element.number());
            }
        } else {
            numbers.add(numberValue(value, pathOf(key)));
        }
        return numbers;
    }

    static double numberValue(JsonNode value, String path) throws JsonFieldException {
        if (!value.isNumber()) {
            throw wrongType(path, "a number", Why.EXPECTED_NUMBER, value);
        }
        double d = value.asDouble();
        if (!Double.isFinite(d)) {
            throw new JsonFieldException(path, "is too large: " + value, Why.TOO_LARGE, value.toString());
        }
        return d;
    }

    private static JsonFieldException wrongType(String path, String expected, Why why, JsonNode found) {
        return new JsonFieldException(path, "expected " + expected + ", got " + describe(found), why, found(found),
                found != null && found.isTextual() ? EchoedText.of(found.asText()) : String.valueOf(found));
    }

    private static Found found(JsonNode node) {
        if (node == null || node.isNull()) {
            return Found.NOTHING;
        }
        if (node.isTextual()) {
            return Found.TEXT;
        }
        if (node.isArray()) {
            return Found.LIST;
        }
        return node.isObject() ? Found.OBJECT : Found.VALUE;
    }

    static String describe(JsonNode node) {
        return switch (found(node)) {
            case NOTHING -> "nothing";
            case TEXT -> "text \"" + EchoedText.of(node.asText()) + "\"";
            case LIST -> "a list";
            case OBJECT -> "an object";
            case VALUE -> node.toString();
        };
    }

    /** One element of a JSON array. */
    public record JsonElement(JsonNode node, String path) {
        public JsonObjectReader object() throws JsonFieldException {
            return new JsonObjectReader(node, path);
        }

        public double number() throws JsonFieldException {
            return numberValue(node, path);
        }
    }
}
