package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.csv.ColumnMatch.How;
import dev.hourglass.io.json.ImportMappingJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnMatchingTest {
    private static final ColumnNames DEALS = ColumnNames.of(ImportKind.DEALS);

    @TempDir
    Path dir;

    private static ColumnMatching deals(List<String> header, Map<String, String> renames) {
        return ColumnMatching.of(header, DEALS.fields(), DEALS, renames);
    }

    /** Deals in several currencies: the amount converted to the company's currency is the one that adds up. */
    @Test
    void theConvertedAmountFeedsAmountBeforeTheAmountInEachDealsCurrency() {
        ColumnMatching salesforce = deals(List.of("Opportunity ID", "Amount", "Opportunity Currency",
                "Amount (converted)", "Stage", "Close Date"), Map.of());
        assertThat(salesforce.column("amount")).isEqualTo(3);
        assertThat(Detection.english(salesforce.notes()))
                .containsExactly("'Amount' not used: 'Amount (converted)' gives amount");

        ColumnMatching renamed = deals(List.of("Opportunity ID", "Amount", "Amount (converted)"),
                Map.of("Amount", "amount"));
        assertThat(renamed.column("amount")).as("a mapping's choice stands").isEqualTo(1);
    }

    /** A file with two columns of one name: the note names them by their place, not by a name they share. */
    @Test
    void aSecondColumnOfTheSameNameIsNamedByItsPlace() {
        ColumnMatching columns = deals(List.of("Id", "Amount", "Stage", "Close Date", "Amount"), Map.of());
        assertThat(columns.column("amount")).isEqualTo(1);
        assertThat(Detection.english(columns.notes()))
                .containsExactly("column 5, a second 'Amount', not used: column 2 gives amount");
        assertThat(columns.notes().get(0).args()).containsExactly("Amount", 5L, 2L, "amount");
    }

    @Test
    void synonymsAndToolDecorationsFindTheirFields() {
        ColumnMatching columns = deals(List.of("Deal - ID", "Deal - Value", "Deal - Stage", "Deal - Status",
                "Deal - Expected close date", "Deal - Owner", "Deal - Title", "Sales Agent"), Map.of());
        assertThat(columns.column("id")).isZero();
        assertThat(columns.column("amount")).isEqualTo(1);
        assertThat(columns.column("stage")).isEqualTo(2);
        assertThat(columns.column("outcome")).isEqualTo(3);
        assertThat(columns.column("closeDate")).isEqualTo(4);
        assertThat(columns.column("owner")).isEqualTo(5);
        assertThat(columns.match("owner").orElseThrow().describe()).isEqualTo("'Deal - Owner' → owner (recognised as Deal Owner)");
        assertThat(Detection.english(columns.notes())).containsExactly("'Deal - Title' not used: 'Deal - ID' gives id",
                "'Sales Agent' not used: 'Deal - Owner' gives owner");
    }

    @Test
    void aRenameBeatsTheOwnNameWhichBeatsASynonym() {
        ColumnMatching columns = deals(List.of("Expected Revenue", "Amount", "Amount (USD)"),
                Map.of("Amount (USD)", "amount"));
        assertThat(columns.matches()).containsExactly(new ColumnMatch(2, "Amount (USD)", "amount", How.RENAMED, null));
        assertThat(Detection.english(columns.notes())).containsExactly("'Expected Revenue' not used: 'Amount (USD)' gives amount",
                "'Amount' not used: 'Amount (USD)' gives amount");
        ColumnMatching noRename = deals(List.of("Expected Revenue", "Amount"), Map.of());
        assertThat(noRename.match("amount").orElseThrow()).isEqualTo(new ColumnMatch(1, "Amount", "amount",
                How.SAME_NAME, null));
        assertThat(Detection.english(noRename.notes())).containsExactly("'Expected Revenue' not used: 'Amount' gives amount");
    }

    @Test
    void theMoreSpecificSynonymWinsWhereverItStandsAndADuplicateColumnLosesToTheFirst() {
        ColumnMatching columns = deals(List.of("Opportunity Name", "Opportunity ID", "Opportunity ID"), Map.of());
        assertThat(columns.match("id").orElseThrow()).isEqualTo(new ColumnMatch(1, "Opportunity ID", "id",
                How.RECOGNISED, "Opportunity ID"));
        assertThat(Detection.english(columns.notes())).containsExactly("'Opportunity Name' not used: 'Opportunity ID' gives id",
                "column 3, a second 'Opportunity ID', not used: column 2 gives id");
    }

    @Test
    void aRenamedColumnWinsWhereverItStands() {
        List<String> header = List.of("Amount", "Net", "Gross");
        Map<String, String> renames = Map.of("Gross", "amount");
        ColumnMatching one = deals(header, renames);
        ColumnMatching two = deals(List.of("Gross", "Net", "Amount"), renames);
        assertThat(one.match("amount").orElseThrow().header()).isEqualTo("Gross");
        assertThat(two.match("amount").orElseThrow().header()).isEqualTo("Gross");
    }

    @Test
    void renamesToUnknownFieldsAndMissingColumnsAreNoted() {
        ColumnMatching columns = deals(List.of("Stage", "Probability (%)"),
                Map.of("Probability (%)", "probability", "Opportunity Ref", "id"));
        assertThat(columns.column("stage")).isZero();
        assertThat(Detection.english(columns.notes())).containsExactly("'Probability (%)' not used: the mapping renames it to probability,"
                + " which is not a field of this kind (" + String.join(", ", DEALS.fields()) + ")",
                "the mapping's column 'Opportunity Ref' is not in the file");
    }

    @Test
    void withoutKnownNamesOnlyOwnNamesAndRenamesMatch() {
        ColumnMatching columns = ColumnMatching.of(List.of("Deal ID", "amount"), List.of("id", "amount"),
                ColumnNames.none(), Map.of());
        assertThat(columns.column("id")).isEqualTo(-1);
        assertThat(columns.column("amount")).isEqualTo(1);
    }

    @Test
    void noNameIsKnownForTwoFieldsAndEveryKindKnowsItsReadersFields() {
        assertThat(ColumnNames.of(ImportKind.DEALS).fields()).containsAll(DealsCsvReader.FIELDS);
        assertThat(ColumnNames.of(ImportKind.LEDGER).fields()).containsExactlyElementsOf(LedgerCsvReader.FIELDS);
        assertThat(ColumnNames.of(ImportKind.ACCOUNTS).fields()).containsExactlyElementsOf(AccountsCsvReader.FIELDS);
        assertThat(DEALS.namesOf("outcome")).containsExactly("outcome", "Deal Status", "Opportunity Status", "Status",
                "Result", "Won/Lost", "Win/Loss", "Status Type", "Statut");
        assertThat(ColumnNames.of(ImportKind.SUBSCRIPTIONS).recognise("Canceled At (UTC)").orElseThrow().field())
                .isEqualTo("end");
        assertThat(ColumnNames.of(ImportKind.SUBSCRIPTIONS).recognise("subscriptions.plan_quantity").orElseThrow()
                .field()).isEqualTo("quantity");
        assertThat(DEALS.recognise("Probability (%)")).isEmpty();
    }

    @Test
    void ambiguousRenamesAreRefusedWithTheColumnsAndFieldsNamed() {
        assertThat(ColumnRenames.problem(Map.of("Stage", "stage", "stage", "stage"))).contains(
                "\"Stage\" and \"stage\" name the same column twice (names match ignoring case, spaces, _ and -);"
                        + " keep one");
        assertThat(ColumnRenames.problem(Map.of("Stage", "stage", "STAGE ", "outcome"))).contains(
                "\"STAGE \" and \"Stage\" name the same column and give it to two fields, outcome and stage;"
                        + " a column feeds one field");
        assertThat(ColumnRenames.problem(Map.of("Amount", "amount", "Amount (USD)", "Amount"))).contains(
                "\"Amount\" and \"Amount (USD)\" are both given to Amount; a field takes one column, keep one");
        assertThat(ColumnRenames.problem(Map.of("Stage", "stage", "Status", "outcome"))).isEmpty();
    }

    @Test
    void anAmbiguousMappingIsRefusedWhenReadAndWhenAFileIsOpened() throws Exception {
        Path mapping = dir.resolve("mapping.json");
        Files.writeString(mapping, "{\"columns\": {\"Close Date\": \"closeDate\", \"Closing Date\": \"closeDate\"}}");
        assertThatThrownBy(() -> ImportMappingJson.read(mapping)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("columns: \"Close Date\" and \"Closing Date\" are both given to closeDate");
        Path file = dir.resolve("deals.csv");
        Files.write(file, "Stage,stage\nA,B\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CsvFile.open(file, DEALS.fields(), ImportKind.DEALS,
                ImportMapping.ofColumns(Map.of("Stage", "stage", "stage", "outcome"))))
                .isInstanceOf(BadInputException.class)
                .hasMessage("deals.csv: the mapping's columns are ambiguous: \"Stage\" and \"stage\" name the same"
                        + " column and give it to two fields, stage and outcome; a column feeds one field");
    }

    @Test
    void csvFileExposesWhatItMatched() throws Exception {
        Path file = dir.resolve("hubspot.csv");
        Files.writeString(file, "Record ID,Deal Name,Deal Stage,Amount\n1,A,closedwon,5\n");
        try (CsvFile csv = CsvFile.open(file, DealsCsvReader.FIELDS, ImportKind.DEALS, ImportMapping.defaults())) {
            assertThat(csv.columns().matches()).extracting(ColumnMatch::describe).containsExactly(
                    "'Record ID' → id (recognised as Record ID)", "'Deal Stage' → stage (recognised as Deal Stage)",
                    "'Amount' → amount (same name)");
            assertThat(Detection.english(csv.columns().notes())).containsExactly("'Deal Name' not used: 'Record ID' gives id");
        }
    }
}
