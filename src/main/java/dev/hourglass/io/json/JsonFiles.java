package dev.hourglass.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.FileProblem;
import dev.hourglass.io.FileProblem.Code;
import dev.hourglass.model.InputLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a JSON input file into a value, with errors that name the file and the line, column or field. */
public final class JsonFiles {
    /** Duplicate keys are refused: the second of two "acv" entries must not silently win. */
    static final ObjectMapper STRICT = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Turns a parsed JSON tree into a value, naming the field at fault. */
    @FunctionalInterface
    public interface FromJson<T> {
        T apply(JsonNode root) throws JsonFieldException;
    }

    private JsonFiles() {
    }

    public static <T> T read(Path file, FromJson<T> fromJson) throws BadInputException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(InputLimits.MAX_JSON_DOCUMENT_CHARS + 1);
            if (bytes.length > InputLimits.MAX_JSON_DOCUMENT_CHARS) {
                throw new BadInputException(String.format(Locale.ROOT, "%s: larger than %,d bytes, the most a scenario,"
                        + " mapping or settings file may have", name, InputLimits.MAX_JSON_DOCUMENT_CHARS),
                        FileProblem.of(Code.JSON_TOO_LARGE, name, (long) InputLimits.MAX_JSON_DOCUMENT_CHARS));
            }
            root = STRICT.readTree(bytes);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new BadInputException(name + (at == null ? "" : ", line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": not valid JSON (" + e.getOriginalMessage() + ")", e, at == null
                    ? FileProblem.of(Code.NOT_JSON, name, e.getOriginalMessage())
                    : FileProblem.of(Code.NOT_JSON_AT, name, (long) at.getLineNr(), (long) at.getColumnNr(),
                            e.getOriginalMessage()));
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + ": no such file", e, FileProblem.of(Code.NO_SUCH_FILE, name));
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot be read (" + e.getMessage() + ")", e,
                    FileProblem.of(Code.CANNOT_BE_READ, name, String.valueOf(e.getMessage())));
        }
        if (root == null || root.isMissingNode()) {
            throw new BadInputException(name + ": the file is empty, expected a JSON object",
                    FileProblem.of(Code.EMPTY_JSON, name));
        }
        try {
            return fromJson.apply(root);
        } catch (JsonFieldException e) {
            throw new BadInputException(name + ", field " + e.getMessage(), e,
                    FileProblem.of(Code.BAD_JSON_FIELD, name, e.path(), e.detail(), e.why().orElse(null), e.args()));
        }
    }
}
