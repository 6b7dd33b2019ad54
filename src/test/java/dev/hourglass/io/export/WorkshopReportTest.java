package dev.hourglass.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.SampleWorkbook;
import dev.hourglass.io.json.ScenarioJsonReader;
import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.postsale.BudgetInputs;
import dev.hourglass.model.postsale.PostSaleFunnelInputs;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioCalculator;
import dev.hourglass.model.scenario.SeedScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workshop report read back with PDFBox: pages, footers, cover, formatted figures, metadata. */
class WorkshopReportTest {
    private static final Path SEED = Path.of("src/test/resources/scenarios/seed-checks.json");
    private static final WorkshopReport.Options OPTIONS = WorkshopReport.Options.of(Locale.US)
            .withWorkbookName("Client plan.hourglass").withDate(LocalDate.of(2026, 3, 14));

    @TempDir
    Path dir;

    /** The text of each page. */
    private static List<String> pages(PDDocument pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pages.add(stripper.getText(pdf));
        }
        return pages;
    }

    @Test
    void theSeedReportHasACoverFiguresAsFormattedAndPageNumbersOnEveryPage() throws Exception {
        Scenario seed = ScenarioJsonReader.read(SEED);
        Path file = dir.resolve("report.pdf");
        WorkshopReport.write(List.of(seed), file, OPTIONS);
        assertThat(dir.toFile().list()).containsExactly("report.pdf");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            int count = pdf.getNumberOfPages();
            assertThat(count).isGreaterThan(1);
            List<String> pages = pages(pdf);
            for (int p = 1; p <= count; p++) {
                assertThat(pages.get(p - 1)).as("page " + p).contains("Page " + p + " of " + count);
            }
            assertThat(pages.get(0)).contains("HOURGLASS WORKSHOP REPORT", "Seed checks", "Client plan.hourglass",
                    "March 14, 2026", "USD");
            String all = String.join(" ", pages).replaceAll("\\s+", " ");
            // the catalogue's labels and formats, as on screen and on the command line (LTV:CAC with one decimal)
            assertThat(all).contains("CAC payback 12\u00a0months", "LTV $67,121", "LTV:CAC 3.7×",
                    "Gross margin 80%", "Customers kept 12", "Cumulative gross profit vs CAC", "CAC payback: month 12",
                    "ARR bridge", "Closing ARR", "Post-sale funnel", "Cumulative conversion", "Paid search",
                    "Cost per activated customer (USD)", "LTV:CAC");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Hourglass workshop report: Seed checks");
            assertThat(pdf.getDocumentInformation().getCreator()).isEqualTo("Hourglass");
            assertThat(pdf.getDocumentInformation().getProducer()).startsWith("Hourglass (Apache PDFBox 3.");
        }
    }

    @Test
    void severalScenariosAreComparedSideBySideAndLongTablesContinueOnTheNextPage() throws Exception {
        List<Double> manyYears = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            manyYears.add(1_000_000.0 + 10_000 * i);
        }
        Scenario longBridge = SeedScenarios.baseCase().withName("Fifty years €")
                .withCurrency("EUR")
                .withRetention(SeedScenarios.baseCase().retention().orElseThrow().withYears(50).withNewArrPerYear(manyYears));
        Path file = dir.resolve("two.pdf");
        WorkshopReport.write(List.of(SeedScenarios.baseCase(), longBridge), file, OPTIONS);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            List<String> pages = pages(pdf);
            assertThat(pages.get(1)).contains("Executive summary");
            assertThat(pages.get(2)).contains("Comparison of results", "Seed base case", "Fifty years €", "$19,200",
                    "€19,200");
            long bridgePages = pages.stream().filter(p -> p.contains("Opening ARR")).count();
            assertThat(bridgePages).as("the 50-year bridge continues with its header").isGreaterThanOrEqualTo(2);
            String all = String.join("\n", pages);
            assertThat(all).contains("\n50 ", "Page " + pages.size() + " of " + pages.size());
        }
    }

    @Test
    void aScenarioThatRefusesCalculationOrHasEmptySectionsStillGivesAValidReport() throws Exception {
        Path refused = dir.resolve("refused.pdf");
        WorkshopReport.write(List.of(SeedScenarios.baseCase()), refused, OPTIONS, s -> {
            throw new InvalidInputException("horizon", "horizon (months) must be between 1 and 600, got 0");
        });
        try (PDDocument pdf = Loader.loadPDF(refused.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(
                    "could not be calculated: horizon (months) must be between 1 and 600, got 0", "Assumptions");
        }
        Scenario hollow = Scenario.empty("=Empty \u0007 plan 計")
                .withBudget(new BudgetInputs(List.of()))
                .withPostSaleFunnel(new PostSaleFunnelInputs(0, 0, 0, 0, 0, 0))
                .withChannels(List.of());
        ScenarioCalculator.calculate(hollow);
        Path empty = dir.resolve("empty.pdf");
        WorkshopReport.write(List.of(Scenario.empty("Nothing yet"), hollow), empty,
                OPTIONS.withWorkbookName(null).withPaper(WorkshopReport.Paper.LETTER));
        try (PDDocument pdf = Loader.loadPDF(empty.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Nothing yet", "This scenario has no inputs yet", "no data", "=Empty plan ?");
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(612);
            assertThat(Optional.ofNullable(pdf.getDocumentInformation().getTitle())).isPresent();
        }
    }

    @Test
    void thePaperIsLetterInTheUnitedStatesAndCanadaAndA4Elsewhere() throws Exception {
        Locale[] locales = {Locale.US, Locale.CANADA_FRENCH, Locale.GERMANY, Locale.UK, Locale.forLanguageTag("de")};
        float[] widths = {612, 612, 595.27563f, 595.27563f, 595.27563f};
        for (int i = 0; i < locales.length; i++) {
            Path file = dir.resolve("paper-" + i + ".pdf");
            WorkshopReport.write(SeedScenarios.baseCase(), file, locales[i]);
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                assertThat(pdf.getPage(0).getMediaBox().getWidth()).as(locales[i].toString())
                        .isCloseTo(widths[i], Offset.offset(0.01f));
            }
        }
    }

    @Test
    void everyResultsTableIsKeptWholeOnAPage() throws Exception {
        Path file = dir.resolve("sample.pdf");
        WorkshopReport.write(SampleWorkbook.scenarios(), file,
                OPTIONS.withPaper(WorkshopReport.Paper.A4));
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            int tables = 0;
            for (String page : pages(pdf)) {
                // a scenario's own tables head "Output Value"; the comparison, one long table, continues on the next page
                if (page.contains("Year-one gross profit") && page.contains("Output Value")) {
                    tables++;
                    assertThat(page).contains("Average lifetime");
                }
                if (page.contains("Dollars pre-purchase") && page.contains("Output Value")) {
                    tables++;
                    assertThat(page).contains("Total hours");
                }
            }
            assertThat(tables).as("two tables of each of the four scenarios").isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void severalScenariosOpenWithAOnePageExecutiveSummaryOfHeadlinesAndWhatDiffers() throws Exception {
        Path file = dir.resolve("summary.pdf");
        WorkshopReport.write(SampleWorkbook.scenarios(), file, OPTIONS);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            List<String> pages = pages(pdf);
            String summary = pages.get(1);
            assertThat(summary).contains("Executive summary", "Seed base case", "NRR 110 %", "Retention\nprogramme",
                    "Acquisition\nchannels", "CAC payback", "LTV:CAC", "What differs");
            // the catalogue's formats: rates as whole percentages, the headline closing ARR labelled by its year
            assertThat(summary).contains("Retention & NRR: NRR 105% 110% 105% 105%",
                    "Year 3: closing ARR $19,406,250 $21,480,000", "LTV:CAC 3.7× 3.7× 4.0× 3.7×");
            assertThat(summary).contains("Unit economics: Annual logo", "18% 18% 14% 18%");
            assertThat(summary).contains("more inputs differ");
            assertThat(pages.get(2)).doesNotContain("Executive summary").contains("Comparison of results");
        }
    }
}
