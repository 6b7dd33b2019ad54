package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.io.BadInputException;
import dev.hourglass.model.leads.Lead;
import dev.hourglass.model.pipeline.LeadStage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadsCsvReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void stepColumnsOfDatesAndOfFlagsAreBothRead() throws Exception {
        Path file = write("leads.csv", """
                Lead ID,Created Date,Lead Source,Campaign,MQL Date,Is SQL,sal,Won Date,Amount
                L1,2024-01-05,Paid search,Spring,2024-01-09,yes,TRUE,2024-02-20,1200
                L2,2024-01-06,,Spring,2024-01-10,No,false,,
                L3,2024-01-07,Organic,,,0,0,,
                """);
        LeadsCsvReader.Result result = LeadsCsvReader.read(file, ImportMapping.defaults());
        assertThat(result.problems().isEmpty()).isTrue();
        assertThat(result.rowsRead()).isEqualTo(3);
        assertThat(result.data().orderedSteps()).containsExactly(LeadStage.values());
        List<Lead> leads = result.data().leads();
        Lead won = leads.get(0);
        assertThat(won.reached()).isEqualTo(LeadStage.WON);
        assertThat(won.mqlDate()).isEqualTo(LocalDate.of(2024, 1, 9));
        assertThat(won.sqlDate()).isNull();
        assertThat(won.wonDate()).isEqualTo(LocalDate.of(2024, 2, 20));
        assertThat(won.amount()).hasValue(1200);
        assertThat(won.source()).isEqualTo("Paid search");
        assertThat(leads.get(1).reached()).isEqualTo(LeadStage.MQL);
        assertThat(leads.get(1).source()).isEqualTo("(none)");
        assertThat(leads.get(1).amount()).isEmpty();
        assertThat(leads.get(2).reached()).isEqualTo(LeadStage.LEAD);
        assertThat(leads.get(2).campaign()).isEqualTo("(none)");
    }

    @Test
    void aLaterStepImpliesTheEarlierOnesAndAStepWithoutAColumnIsNotPartOfTheFunnel() throws Exception {
        Path file = write("leads.csv", """
                id,createdDate,source,isMql,wonDate
                L1,2024-01-05,ads,,2024-03-01
                L2,2024-01-06,ads,no,
                """);
        LeadsCsvReader.Result result = LeadsCsvReader.read(file, ImportMapping.defaults());
        assertThat(result.data().orderedSteps()).containsExactly(LeadStage.LEAD, LeadStage.MQL, LeadStage.WON);
        Lead first = result.data().leads().get(0);
        assertThat(first.reached()).isEqualTo(LeadStage.WON);
        assertThat(first.reached(LeadStage.MQL)).isTrue();
        assertThat(first.reached(LeadStage.SAL)).isTrue();
        assertThat(result.data().leads().get(1).reached()).isEqualTo(LeadStage.LEAD);
    }

    @Test
    void aValueOfTheOtherKindLeavesTheRowOutNamingLineColumnAndValue() throws Exception {
        Path file = write("leads.csv", """
                id,createdDate,source,mqlDate,isSql,amount
                L1,2024-01-05,ads,2024-01-09,yes,
                L2,2024-01-06,ads,yes,no,
                L3,2024-01-07,ads,,maybe,
                L4,2024-01-08,ads,,,-5
                L5,someday,ads,,,
                L6,2024-01-09,ads,,,
                """);
        LeadsCsvReader.Result result = LeadsCsvReader.read(file, ImportMapping.defaults());
        assertThat(result.data().leads()).extracting(Lead::id).containsExactly("L1", "L6");
        assertThat(result.problems().total()).isEqualTo(4);
        assertThat(result.problems().reasons()).extracting(RowProblems.Reason::reason).containsExactly(
                "mql is not a date (the column holds dates)", "sql is not yes or no (the column holds yes/no flags)",
                "amount is negative", "createdDate is not a date");
        assertThat(result.problems().reasons().get(0).examples()).containsExactly(
                "leads.csv, line 3, column 'mqlDate': mql is not a date (the column holds dates) ('yes')");
        assertThat(result.problems().reasons().get(3).examples()).containsExactly(
                "leads.csv, line 6, column 'createdDate': createdDate is not a date ('someday')");
    }

    @Test
    void aDuplicateIdIsRefusedNamingTheFirstLine() throws Exception {
        Path file = write("leads.csv", """
                id,createdDate,source
                L1,2024-01-05,ads
                L2,2024-01-06,ads
                L1,2024-01-07,seo
                """);
        LeadsCsvReader.Result result = LeadsCsvReader.read(file, ImportMapping.defaults());
        assertThat(result.data().leads()).extracting(Lead::source).containsExactly("ads", "ads");
        assertThat(result.problems().reasons().get(0).examples()).containsExactly(
                "leads.csv, line 4, column 'id': id appears twice ('L1', first on line 2)");
    }

    @Test
    void aMappingRenamesColumnsToTheStepFields() throws Exception {
        Path file = write("leads.csv", """
                Ref;Opened;Channel;Qualified
                L1;2024-01-05;ads;1
                L2;2024-01-06;ads;0
                """);
        LeadsCsvReader.Result result = LeadsCsvReader.read(file,
                ImportMapping.ofColumns(Map.of("Ref", "id", "Opened", "createdDate", "Qualified", "mql")));
        assertThat(result.data().orderedSteps()).containsExactly(LeadStage.LEAD, LeadStage.MQL);
        assertThat(result.data().leads()).extracting(Lead::reached).containsExactly(LeadStage.MQL, LeadStage.LEAD);
        assertThat(result.data().leads().get(0).source()).isEqualTo("ads");
    }

    @Test
    void aFileWithoutIdOrCreatedDateIsRefusedListingItsHeader() throws Exception {
        Path file = write("leads.csv", "name,source\nL1,ads\n");
        assertThatThrownBy(() -> LeadsCsvReader.read(file, ImportMapping.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("leads.csv, line 1: missing columns 'id', 'createdDate' (the header has: name, source)");
    }

    @Test
    void aFileWithNoUsableRowSaysWhyOfTheFirstRow() throws Exception {
        Path file = write("leads.csv", "id,createdDate\n,2024-01-01\n");
        assertThatThrownBy(() -> LeadsCsvReader.read(file, ImportMapping.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("no usable lead row in 1 row")
                .hasMessageContaining("line 2, column 'id': id is empty");
    }
}
