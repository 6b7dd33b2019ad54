package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.json.ImportMappingJson;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportMappingDateFormatTest {

    @Test
    void oneDateFormatForTheFile() throws Exception {
        ImportMapping mapping = ImportMappingJson.parse("{\"dateFormat\": \"d/M/yyyy\"}");
        assertThat(mapping.dateFormat()).isEqualTo(new DateFormats("d/M/yyyy", Map.of()));
        assertThat(mapping.dateFormat().patternFor("Close Date", "closeDate")).isEqualTo("d/M/yyyy");
    }

    @Test
    void aDateFormatPerColumnByColumnNameOrField() throws Exception {
        ImportMapping mapping = ImportMappingJson.parse(
                "{\"dateFormat\": {\"Close Date\": \"d/M/yyyy\", \"createdDate\": \"M/d/yyyy\"}}");
        DateFormats formats = mapping.dateFormat();
        assertThat(formats.patternFor("close_date", "closeDate")).isEqualTo("d/M/yyyy");
        assertThat(formats.patternFor("Created On", "createdDate")).isEqualTo("M/d/yyyy");
        assertThat(formats.patternFor("Original Close", "originalCloseDate")).isNull();
    }

    @Test
    void noDateFormatIsNone() throws Exception {
        assertThat(ImportMappingJson.parse("{}").dateFormat().isEmpty()).isTrue();
        assertThat(ImportMapping.defaults().dateFormat().isEmpty()).isTrue();
    }

    @Test
    void aPatternThatIsNotADatePatternNamesItsField() {
        assertThatThrownBy(() -> ImportMappingJson.parse("{\"dateFormat\": {\"Close Date\": \"HH:mm\"}}"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("mapping, field dateFormat.Close Date: \"HH:mm\" is not a date pattern");
        assertThatThrownBy(() -> ImportMappingJson.parse("{\"dateFormat\": \"dd/bb/yyyy\"}"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("mapping, field dateFormat: \"dd/bb/yyyy\" is not a date pattern");
        assertThatThrownBy(() -> ImportMappingJson.parse("{\"dateFormat\": 12}"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("dateFormat");
    }

    @Test
    void theWorkbooksCopyOfTheMappingKeepsTheDateFormat() throws Exception {
        for (String json : new String[] {"{\"dateFormat\": \"d.M.yyyy\"}",
                "{\"dateFormat\": {\"Close Date\": \"d/M/yyyy\", \"Created\": \"yyyyMMdd\"}}", "{}"}) {
            ImportMapping mapping = ImportMappingJson.parse(json);
            assertThat(ImportMappingJson.parse(ImportMappingJson.toJson(mapping))).as(json).isEqualTo(mapping);
        }
    }
}
