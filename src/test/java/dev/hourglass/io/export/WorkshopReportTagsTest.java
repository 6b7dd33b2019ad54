package dev.hourglass.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.SampleWorkbook;
import dev.hourglass.io.json.ScenarioJsonReader;
import dev.hourglass.model.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workshop report as a tagged PDF (PDF/UA-1), read back with PDFBox: marked, in its language, with headings,
 * tables with header cells, charts as figures with alternate text, every piece of content tagged or an artifact,
 * every font embedded; and a German report in German throughout.
 */
class WorkshopReportTagsTest {
    private static final Path SEED = Path.of("src/test/resources/scenarios/seed-checks.json");
    private static final LocalDate DATE = LocalDate.of(2026, 12, 2);

    @TempDir
    Path dir;

    private Path report(List<Scenario> scenarios, Locale locale) throws IOException {
        Path file = dir.resolve(locale.toLanguageTag() + "-" + scenarios.size() + ".pdf");
        WorkshopReport.write(scenarios, file, WorkshopReport.Options.of(locale).withWorkbookName("Client.hourglass")
                .withDate(DATE));
        return file;
    }

    @Test
    void theReportIsATaggedPdfInItsLanguageWithHeadingsTableHeadersAndFiguresWithAltText() throws Exception {
        Path file = report(List.of(ScenarioJsonReader.read(SEED)), Locale.US);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfuaid:part>1</pdfuaid:part>",
                    "<rdf:li xml:lang=\"x-default\">Hourglass workshop report: Seed checks</rdf:li>");

            Tree tree = Tree.of(pdf);
            assertThat(tree.types).contains("Document", "H1", "H2", "H3", "P", "Table", "Caption", "TR", "TH", "TD",
                    "Figure");
            assertThat(tree.count("H1")).isEqualTo(1);
            assertThat(tree.headers).isNotEmpty().allSatisfy(scope -> assertThat(scope).isIn("Column", "Row"));
            assertThat(tree.headers).contains("Column", "Row");
            // payback, ARR by year, budget, post-sale funnel: each with what it shows and its key numbers
            assertThat(tree.alts).hasSize(4);
            assertThat(tree.alts.get(0)).contains("cumulative gross profit over 60 months against a CAC of $18,000",
                    "reaches the CAC in month 12", "$67,121 by month 60");
            assertThat(tree.alts.get(1)).contains(
                    "opening and closing ARR in year 1: ARR opens at $10,000,000 and closes at $9,500,000");
            assertThat(tree.alts.get(2)).contains("budget dollars by relationship stage, $1,000,000 in all (95% "
                    + "pre-purchase, 5% post-purchase)", "Lead generation $950,000");
            assertThat(tree.alts.get(3)).contains("post-sale step", "Closed-won accounts 100 (100%)",
                    "Renewal intent by day 270 35 (35%)");

            int pages = pdf.getNumberOfPages();
            Map<Integer, COSObjectable> parents = catalog.getStructureTreeRoot().getParentTree().getNumbers();
            Set<Integer> keys = new HashSet<>();
            for (PDPage page : pdf.getPages()) {
                int key = page.getStructParents();
                assertThat(key).isNotNegative();
                assertThat(keys.add(key)).isTrue();
                assertThat(parents.get(key).getCOSObject()).as("page " + key).isInstanceOf(COSArray.class);
                Content content = Content.of(page);
                assertThat(((COSArray) parents.get(key).getCOSObject()).size()).isEqualTo(content.mcids);
                assertThat(content.untagged).as("content outside marked content on page " + key).isEmpty();
            }
            assertThat(keys).hasSize(pages);
            assertThat(catalog.getStructureTreeRoot().getParentTreeNextKey()).isEqualTo(pages);
            assertThat(tree.references).as("every MCID of the tree").isEqualTo(
                    parents.values().stream().mapToInt(a -> ((COSArray) a.getCOSObject()).size()).sum());

            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                fonts(page.getResources(), fonts);
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).endsWith("embedded"));
        }
    }

    @Test
    void aGermanReportIsInGermanThroughout() throws Exception {
        Path file = report(SampleWorkbook.scenarios(), Locale.GERMANY);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("de");
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            int pages = pdf.getNumberOfPages();
            assertThat(text).contains("HOURGLASS-WORKSHOP-BERICHT", "Arbeitsmappe Client.hourglass",
                    "Datum 2. Dezember 2026", "Zusammenfassung", "Was sich unterscheidet", "Vergleich der Ergebnisse",
                    "Annahmen", "Ergebnisse", "Die CAC eines Kunden von", "In 60 Monaten bringt ein Kunde",
                    "ARR-Brücke", "Jahr ARR am Anfang (USD)", "Abgewanderter ARR (USD)", "ARR am Ende (USD)",
                    "Schritt Kunden Schrittquote", "Kanal CAC (USD)", "Kumulierter Rohertrag und CAC",
                    "2. Dezember 2026 · Seite 1 von " + pages, "Seite " + pages + " von " + pages);
            assertThat(text).doesNotContain("Page ", " of " + pages, "Workbook", "Assumptions", "Results",
                    "Executive summary", "What differs", "A customer's CAC", "Over 60 months", "Opening ARR",
                    "Churned", "Accounts", "Cumulative gross profit", "December");
            List<String> alts = Tree.of(pdf).alts;
            assertThat(alts).isNotEmpty().allSatisfy(alt -> assertThat(alt).containsAnyOf("Liniendiagramm",
                    "Balkendiagramm"));
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Hourglass-Workshop-Bericht: ");
        }
    }

    @Test
    void aLanguageWithoutReportTextsGivesAnEnglishReportWithTheRegionsPaper() throws Exception {
        Path file = report(List.of(ScenarioJsonReader.read(SEED)), Locale.FRANCE);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Date December 2, 2026", "Page 1 of", "LTV $67,121").doesNotContain("décembre");
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isLessThan(600);
        }
        assertThat(WorkshopReport.Options.of(Locale.GERMAN, Locale.US).locale()).isEqualTo(Locale.forLanguageTag("de-US"));
        assertThat(WorkshopReport.Options.of(Locale.GERMAN, Locale.US).paper()).isEqualTo(WorkshopReport.Paper.LETTER);
        assertThat(WorkshopReport.Options.of(Locale.JAPANESE, Locale.GERMANY).locale())
                .isEqualTo(Locale.forLanguageTag("en-DE"));
    }

    private static void fonts(PDResources resources, List<String> out) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            out.add(font.getName() + (font.isEmbedded() ? " embedded" : " not embedded"));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                fonts(form.getResources(), out);
            }
        }
    }

    /** The structure tree: element types, header scopes, figure alt texts, marked-content references. */
    private static final class Tree {
        final List<String> types = new ArrayList<>();
        final List<String> headers = new ArrayList<>();
        final List<String> alts = new ArrayList<>();
        int references;

        static Tree of(PDDocument pdf) {
            Tree tree = new Tree();
            tree.walk(pdf.getDocumentCatalog().getStructureTreeRoot());
            return tree;
        }

        long count(String type) {
            return types.stream().filter(type::equals).count();
        }

        private void walk(PDStructureNode node) {
            for (Object kid : node.getKids()) {
                if (kid instanceof PDStructureElement e) {
                    types.add(e.getStructureType());
                    if (e.getStructureType().equals("TH")) {
                        headers.add(scope(e));
                    }
                    if (e.getStructureType().equals("Figure")) {
                        assertThat(e.getAlternateDescription()).isNotBlank();
                        alts.add(e.getAlternateDescription());
                    }
                    walk(e);
                } else if (kid instanceof PDMarkedContentReference) {
                    references++;
                }
            }
        }

        private static String scope(PDStructureElement th) {
            for (int i = 0; i < th.getAttributes().size(); i++) {
                if (th.getAttributes().getObject(i) instanceof PDTableAttributeObject t) {
                    return t.getScope();
                }
            }
            return "none";
        }
    }

    /** A page's content operators: how many marked-content sequences have an MCID, what is drawn outside any. */
    private static final class Content {
        private static final Set<String> DRAWING = Set.of("Tj", "TJ", "'", "\"", "Do", "f", "F", "f*", "S", "s", "B",
                "b", "B*", "b*", "sh", "BI");
        int mcids;
        final List<String> untagged = new ArrayList<>();

        static Content of(PDPage page) throws IOException {
            Content content = new Content();
            try (InputStream ignored = page.getContents()) {
                PDFStreamParser parser = new PDFStreamParser(page);
                int depth = 0;
                List<Object> operands = new ArrayList<>();
                for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                    if (!(token instanceof Operator op)) {
                        operands.add(token);
                        continue;
                    }
                    switch (op.getName()) {
                        case "BDC" -> {
                            depth++;
                            if (operands.size() == 2 && operands.get(1) instanceof COSDictionary d
                                    && d.containsKey(COSName.MCID)) {
                                content.mcids++;
                            }
                        }
                        case "BMC" -> depth++;
                        case "EMC" -> depth--;
                        default -> {
                            if (depth == 0 && DRAWING.contains(op.getName())) {
                                content.untagged.add(op.getName());
                            }
                        }
                    }
                    operands.clear();
                }
            }
            return content;
        }
    }
}
