package dev.hourglass.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableCsvTest {
    @TempDir
    Path dir;

    @Test
    void formulasAreEscapedAndNumbersKeptAsTheyAre() throws Exception {
        Path file = dir.resolve("t.csv");
        TableCsv.write(List.of("Channel", "CAC"), List.of(
                List.of("=cmd|' /C calc'!A0", "-1,250"),
                List.of("@SUM(A1:A9)", "12.5 %"),
                List.of("+Paid search", "15,000"),
                List.of("Events, \"live\"", "no data")), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFChannel,CAC");
        assertThat(text).contains("'=cmd|' /C calc'!A0,\"-1,250\"", "'@SUM(A1:A9),12.5 %", "'+Paid search,\"15,000\"",
                "\"Events, \"\"live\"\"\",no data");
        assertThat(dir.toFile().list()).containsExactly("t.csv");
    }

    @Test
    void cellsStartingWithATabOrALineBreakAreEscapedToo() throws Exception {
        Path file = dir.resolve("t.csv");
        TableCsv.write(List.of("Channel", "CAC"), List.of(
                List.of("\t=1+1", "-1,250"),
                List.of("\r=1+1", "-12.5 %"),
                List.of("\n=1+1", "+3")), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("'\t=1+1,\"-1,250\"", "\"'\r=1+1\",-12.5 %", "\"'\n=1+1\",+3");
    }

    @Test
    void aSymlinkPlantedWhereTheTemporaryFileGoesIsNotWrittenThrough() throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Files.createSymbolicLink(dir.resolve(".t.csv.writing"), victim);

        TableCsv.write(List.of("Channel"), List.of(List.of("Events")), dir.resolve("t.csv"));

        assertThat(Files.readString(victim)).isEqualTo("precious");
        assertThat(Files.readString(dir.resolve("t.csv"), StandardCharsets.UTF_8)).isEqualTo("\uFEFFChannel\r\nEvents\r\n");
    }
}
