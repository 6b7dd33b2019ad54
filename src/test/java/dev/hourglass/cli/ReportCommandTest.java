package dev.hourglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report and export --xlsx/--pdf: the files they write, and clear errors. */
class ReportCommandTest {
    private static final Path SEED = Path.of("src/test/resources/scenarios/seed-checks.json");

    @TempDir
    Path dir;

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aScenarioFileBecomesAReportAndASpreadsheet() throws Exception {
        Path pdf = dir.resolve("seed.pdf");
        Path xlsx = dir.resolve("seed.xlsx");
        CliRunner run = CliRunner.run("report", SEED.toString(), "--pdf", pdf.toString(), "--xlsx", xlsx.toString(),
                "--locale", "de-DE", "--paper", "LETTER");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote " + xlsx, "Wrote " + pdf);
        assertThat(text(pdf)).contains("Seed checks", "LTV 67.121\u00a0$", "CAC-Amortisation 12\u00a0Monate", "Seite 1 von")
                .doesNotContain("Page 1 of");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(book.getSheet("Ergebnisse")).as("the spreadsheet in the report's language").isNotNull();
        }

        Path both = dir.resolve("both.pdf");
        CliRunner two = CliRunner.run("report", SEED.toString(), SEED.toString(), "--pdf", both.toString());
        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(text(both)).contains("Comparison of results");
    }

    @Test
    void exportWritesAWorkbooksScenarioAsSpreadsheetAndReportInsteadOfJson() throws Exception {
        Path workbook = dir.resolve("client.hourglass");
        assertThat(CliRunner.run("import", workbook.toString(), SEED.toString()).exitCode()).isZero();
        Path pdf = dir.resolve("client.pdf");
        Path xlsx = dir.resolve("client.xlsx");
        CliRunner run = CliRunner.run("export", workbook.toString(), "--scenario", "Seed checks", "--xlsx",
                xlsx.toString(), "--pdf", pdf.toString(), "--locale", "en-US");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("hourglass-scenario").contains("Wrote " + pdf);
        assertThat(text(pdf)).contains("Workbook client.hourglass", "LTV $67,121");
        assertThat(Files.exists(xlsx)).isTrue();

        CliRunner fromWorkbook = CliRunner.run("report", workbook + "#Seed checks", "--pdf", pdf.toString());
        assertThat(fromWorkbook.exitCode()).as(fromWorkbook.err()).isZero();
    }

    @Test
    void langChoosesTheReportsLanguageAndLocaleItsRegion() throws Exception {
        Path german = dir.resolve("german.pdf");
        CliRunner de = CliRunner.run("report", SEED.toString(), "--pdf", german.toString(), "--lang", "de",
                "--locale", "en-US");
        assertThat(de.exitCode()).as(de.err()).isZero();
        assertThat(text(german)).contains("Annahmen", "Ergebnisse", "LTV 67.121\u00a0$", "Seite 1 von",
                "Datum " + LocalDate.now().getDayOfMonth() + ". ").doesNotContain("Assumptions", "Page 1 of");
        try (PDDocument doc = Loader.loadPDF(german.toFile())) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("de");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).as("Letter, for the US").isEqualTo(612);
        }

        Path english = dir.resolve("english.pdf");
        CliRunner en = CliRunner.run("export", "--help");
        assertThat(en.out()).contains("--lang=en|de");
        en = CliRunner.run("report", SEED.toString(), "--pdf", english.toString(), "--lang", "en", "--locale", "de-DE");
        assertThat(en.exitCode()).as(en.err()).isZero();
        assertThat(text(english)).contains("Assumptions", "Date " + LocalDate.now().getDayOfMonth() + " ", "Page 1 of").doesNotContain("Seite", "Annahmen");
        try (PDDocument doc = Loader.loadPDF(english.toFile())) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).as("A4, for Germany").isLessThan(600);
        }

        CliRunner french = CliRunner.run("report", SEED.toString(), "--pdf", dir.resolve("f.pdf").toString(),
                "--lang", "fr");
        assertThat(french.exitCode()).isEqualTo(HourglassCli.BAD_USAGE);
        assertThat(french.err()).contains("--lang: 'fr' is not a language of the report; say en or de");
        assertThat(dir.resolve("f.pdf")).doesNotExist();
    }

    @Test
    void anUnwritablePathOrAMissingChoiceIsAClearError() throws Exception {
        Path nowhere = dir.resolve("no such folder").resolve("seed.pdf");
        CliRunner run = CliRunner.run("report", SEED.toString(), "--pdf", nowhere.toString());
        assertThat(run.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(run.err()).isEqualTo("hourglass report: cannot write " + nowhere + " (no such folder)"
                + System.lineSeparator());

        Path workbook = dir.resolve("w.hourglass");
        CliRunner.run("import", workbook.toString(), SEED.toString());
        CliRunner export = CliRunner.run("export", workbook.toString(), "--scenario", "Seed checks", "--xlsx",
                dir.resolve("missing").resolve("x.xlsx").toString());
        assertThat(export.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(export.err()).contains("cannot write ", "x.xlsx (no such folder)");

        assertThat(CliRunner.run("report", SEED.toString()).exitCode()).isEqualTo(HourglassCli.BAD_USAGE);
        assertThat(CliRunner.run("report", SEED.toString(), SEED.toString(), "--xlsx", "x.xlsx").exitCode())
                .isEqualTo(HourglassCli.BAD_USAGE);
        assertThat(CliRunner.run("report", SEED.toString(), "--pdf", "x.pdf", "--locale", "!!").exitCode())
                .isEqualTo(HourglassCli.BAD_USAGE);
        CliRunner bad = CliRunner.run("report", "absent.json", "--pdf", dir.resolve("a.pdf").toString());
        assertThat(bad.exitCode()).isEqualTo(HourglassCli.BAD_INPUT);
        assertThat(bad.err()).startsWith("hourglass report: absent.json");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("w.hourglass");
    }
}
