package dev.hourglass.io.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;

/**
 * A flowing page layout on PDFBox: headings, wrapped paragraphs, tables that continue on the next page with their
 * header repeated, JFreeChart charts drawn as vector graphics, and "Page n of N" footers added once every page
 * exists. Text is set in the bundled DejaVu Sans (embedded, subset), so Δ, ≥, →, × and € print; a character the
 * font lacks prints as "?". The PDF is tagged as it is drawn ({@link PdfTags}): headings, paragraphs, tables with
 * header cells and charts as figures with their alternate text; rules, fills, repeated table headers and footers
 * are artifacts.
 */
final class PdfLayout implements Closeable {
    static final float MARGIN = 54;
    private static final float FOOTER = 28;
    static final Color TEXT = new Color(0x22, 0x26, 0x2B);
    static final Color MUTED = new Color(0x6B, 0x72, 0x7C);
    static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
    private static final Color RULE = new Color(0xD8, 0xDD, 0xE3);
    private static final Color HEADER_FILL = new Color(0xEE, 0xF1, 0xF5);
    private static final Color SECTION_FILL = new Color(0xF7, 0xF8, 0xFA);

    private final PDDocument doc;
    private final PDRectangle size;
    private final PdfTags tags;
    final PDFont regular;
    final PDFont bold;
    private final PdfBoxGraphics2DFontTextDrawer chartText = new PdfBoxGraphics2DFontTextDrawer();
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream content;
    private float y;

    PdfLayout(PDDocument doc, PDRectangle size) throws IOException {
        this.doc = doc;
        this.size = size;
        this.tags = new PdfTags(doc);
        this.regular = font(doc, "DejaVuSans.ttf");
        this.bold = font(doc, "DejaVuSans-Bold.ttf");
        chartText.registerFont(ReportCharts.FONT_NAME, regular);
        chartText.registerFont(ReportCharts.BOLD_FONT_NAME, bold);
    }

    private static PDFont font(PDDocument doc, String file) throws IOException {
        try (InputStream in = fontFile(file)) {
            return PDType0Font.load(doc, in, true);
        }
    }

    static InputStream fontFile(String file) throws IOException {
        InputStream in = PdfLayout.class.getResourceAsStream("fonts/" + file);
        if (in == null) {
            throw new IOException("the report font " + file + " is missing from the application");
        }
        return in;
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    float left() {
        return MARGIN;
    }

    /** Room left on the page above the footer. */
    float room() {
        return y - MARGIN - FOOTER;
    }

    void newPage() throws IOException {
        closeContent();
        PDPage page = new PDPage(size);
        doc.addPage(page);
        tags.page(page);
        content = new PDPageContentStream(doc, page);
        y = size.getHeight() - MARGIN;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void keep(float height) throws IOException {
        if (content == null || room() < height) {
            newPage();
        }
    }

    void gap(float height) {
        y -= height;
    }

    void moveTo(float fromTop) {
        y = size.getHeight() - fromTop;
    }

    // --- text

    /** The text with line breaks as spaces and characters the font cannot print as "?". */
    String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (printable.computeIfAbsent(cp, c -> canEncode(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean canEncode(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    float textWidth(String text, PDFont font, float fontSize) {
        try {
            return font.getStringWidth(printable(font, text)) / 1000 * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text as the content of {@code element}, or as an artifact when element is null. */
    private void text(String text, PDFont font, float fontSize, Color color, float x, float baseline,
                      PDStructureElement element) throws IOException {
        if (element == null) {
            PdfTags.beginArtifact(content);
        } else {
            tags.begin(content, element);
        }
        content.beginText();
        content.setFont(font, fontSize);
        content.setNonStrokingColor(color);
        content.newLineAtOffset(x, baseline);
        content.showText(printable(font, text));
        content.endText();
        content.endMarkedContent();
    }

    /** Splits text into lines no wider than {@code width}; a word longer than a line is cut. */
    List<String> wrap(String text, PDFont font, float fontSize, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(font, text).trim().split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (textWidth(candidate, font, fontSize) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (textWidth(rest, font, fontSize) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && textWidth(rest.substring(0, cut), font, fontSize) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Text at the left margin, below the last line, wrapped: a paragraph, or a heading of {@code type} H1…H6. */
    void lines(String type, String text, PDFont font, float fontSize, Color color) throws IOException {
        PDStructureElement element = tags.add(type, tags.document());
        for (String line : wrap(text, font, fontSize, width())) {
            y -= fontSize * 1.3f;
            text(line, font, fontSize, color, MARGIN, y, element);
        }
    }

    /** A heading of {@code level} (1 for the report's title, 2 for a page's, 3 for a part of it). */
    void heading(int level, String text) throws IOException {
        keep(80);
        PDStructureElement element = tags.add("H" + level, tags.document());
        List<String> lines = wrap(text, bold, 16, width());
        for (String line : lines) {
            y -= 20;
            text(line, bold, 16, ACCENT, MARGIN, y, element);
        }
        y -= 8;
        rule(MARGIN, y, MARGIN + width(), ACCENT, 0.8f);
        y -= 14;
    }

    void paragraph(String text, float fontSize, Color color) throws IOException {
        float leading = fontSize * 1.4f;
        PDStructureElement element = tags.add("P", tags.document());
        for (String line : wrap(text, regular, fontSize, width())) {
            keep(leading);
            y -= leading;
            text(line, regular, fontSize, color, MARGIN, y, element);
        }
        y -= fontSize * 0.6f;
    }

    private void rule(float x1, float atY, float x2, Color color, float lineWidth) throws IOException {
        PdfTags.beginArtifact(content);
        content.setStrokingColor(color);
        content.setLineWidth(lineWidth);
        content.moveTo(x1, atY);
        content.lineTo(x2, atY);
        content.stroke();
        content.endMarkedContent();
    }

    private void fill(float x, float bottom, float w, float h, Color color) throws IOException {
        PdfTags.beginArtifact(content);
        content.setNonStrokingColor(color);
        content.addRect(x, bottom, w, h);
        content.fill();
        content.endMarkedContent();
    }

    // --- tables

    /**
     * A table: relative column widths, which columns are numbers (right-aligned), a header and rows. The header's
     * cells head their columns; each row's first cell heads its row.
     */
    record Table(float[] widths, boolean[] numeric, List<String> header, List<TableRow> rows) {
    }

    /** A row; a section row is one bold label across the table, kept with the row after it. */
    record TableRow(List<String> cells, boolean section) {
        static TableRow of(List<String> cells) {
            return new TableRow(cells, false);
        }

        static TableRow section(String title) {
            return new TableRow(List.of(title), true);
        }
    }

    private static final float CELL_FONT = 9;
    private static final float CELL_LEADING = 11.5f;
    private static final float CELL_PAD = 4;

    void table(Table table) throws IOException {
        table(null, table);
    }

    /** How tall the table is when drawn whole. */
    float height(Table table) {
        float[] x = columns(table.widths());
        float whole = rowHeight(table, table.header(), bold, x);
        for (TableRow row : table.rows()) {
            whole += row.section() ? CELL_LEADING + 2 * CELL_PAD + 4
                    : rowHeight(table, row.cells(), regular, x);
        }
        return whole;
    }

    /** A table under a small title that stays with it. */
    void table(String title, Table table) throws IOException {
        float titleHeight = title == null ? 0 : 21;
        float[] x = columns(table.widths());
        float headerHeight = rowHeight(table, table.header(), bold, x);
        float whole = headerHeight;
        for (TableRow row : table.rows()) {
            whole += rowHeight(table, row.cells(), row.section() ? bold : regular, x);
        }
        float fullPage = size.getHeight() - 2 * MARGIN - FOOTER;
        // a table that fits on a page is never split; a longer one starts with its header and two rows
        keep(titleHeight + (titleHeight + whole <= fullPage ? whole : headerHeight + 2 * (CELL_LEADING + 2 * CELL_PAD)));
        PDStructureElement tagged = tags.add("Table", tags.document());
        if (title != null) {
            y -= 13;
            text(title, bold, 11, TEXT, MARGIN, y, tags.add("Caption", tagged));
            y -= 8;
        }
        header(table, x, headerHeight, tagged);
        for (int i = 0; i < table.rows().size(); i++) {
            TableRow row = table.rows().get(i);
            float height = row.section() ? CELL_LEADING + 2 * CELL_PAD + 4
                    : rowHeight(table, row.cells(), regular, x);
            float keepWith = row.section() && i + 1 < table.rows().size()
                    ? rowHeight(table, table.rows().get(i + 1).cells(), regular, x) : 0;
            if (room() < height + keepWith || lastRowsWouldBeAlone(table, x, i)) {
                newPage();
                header(table, x, headerHeight, null);
            }
            PDStructureElement tr = tags.add("TR", tagged);
            if (row.section()) {
                fill(MARGIN, y - height, width(), height, SECTION_FILL);
                text(row.cells().get(0), bold, CELL_FONT, TEXT, MARGIN + CELL_PAD, y - height + CELL_PAD + 3,
                        tags.header(tr, PDTableAttributeObject.SCOPE_ROW, table.widths().length));
            } else {
                cells(table, row.cells(), regular, x, height, TEXT, tr, PDTableAttributeObject.SCOPE_ROW);
            }
            y -= height;
            rule(MARGIN, y, MARGIN + width(), RULE, 0.4f);
        }
        y -= 14;
    }

    /** True when row i fits here but the one or two rows after it would be left alone on the next page. */
    private boolean lastRowsWouldBeAlone(Table table, float[] x, int i) {
        int left = table.rows().size() - i;
        if (i == 0 || left > 3) {
            return false;
        }
        float rest = 0;
        for (int r = i; r < table.rows().size(); r++) {
            rest += rowHeight(table, table.rows().get(r).cells(), regular, x);
        }
        float first = rowHeight(table, table.rows().get(i).cells(), regular, x);
        return rest > room() && first <= room() && table.rows().size() > 4;
    }

    /** The header row: tagged under {@code tagged}, or, repeated on a later page (tagged null), an artifact. */
    private void header(Table table, float[] x, float height, PDStructureElement tagged) throws IOException {
        fill(MARGIN, y - height, width(), height, HEADER_FILL);
        cells(table, table.header(), bold, x, height, TEXT, tagged == null ? null : tags.add("TR", tagged),
                PDTableAttributeObject.SCOPE_COLUMN);
        y -= height;
        rule(MARGIN, y, MARGIN + width(), MUTED, 0.6f);
    }

    private float[] columns(float[] widths) {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        float[] x = new float[widths.length + 1];
        x[0] = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            x[i + 1] = x[i] + widths[i] / total * width();
        }
        return x;
    }

    private float rowHeight(Table table, List<String> cells, PDFont font, float[] x) {
        int lines = 1;
        for (int c = 0; c < cells.size() && c < table.widths().length; c++) {
            lines = Math.max(lines, wrap(cells.get(c), font, CELL_FONT, x[c + 1] - x[c] - 2 * CELL_PAD).size());
        }
        return lines * CELL_LEADING + 2 * CELL_PAD;
    }

    /**
     * A row's cells, tagged under {@code row} (an artifact when null): a header row's cells are TH for their column,
     * a body row's first cell is TH for its row and the others TD.
     */
    private void cells(Table table, List<String> cells, PDFont font, float[] x, float height, Color color,
                       PDStructureElement row, String scope) throws IOException {
        for (int c = 0; c < cells.size() && c < table.widths().length; c++) {
            PDStructureElement cell = row == null ? null
                    : scope.equals(PDTableAttributeObject.SCOPE_COLUMN) || c == 0 ? tags.header(row, scope, 1)
                    : tags.add("TD", row);
            float inner = x[c + 1] - x[c] - 2 * CELL_PAD;
            float baseline = y - CELL_PAD - CELL_FONT;
            for (String line : wrap(cells.get(c), font, CELL_FONT, inner)) {
                float lineX = table.numeric()[c] ? x[c + 1] - CELL_PAD - textWidth(line, font, CELL_FONT)
                        : x[c] + CELL_PAD;
                if (!line.isEmpty()) {
                    text(line, font, CELL_FONT, color, lineX, baseline, cell);
                }
                baseline -= CELL_LEADING;
            }
        }
    }

    // --- charts

    /** Draws the chart as vector graphics, full width, {@code height} points high, tagged as a figure with its alt text. */
    void chart(JFreeChart chart, String alt, float height) throws IOException {
        keep(height + 10);
        float w = width();
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, height);
        g.setFontTextDrawer(chartText);
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, w, height));
        } finally {
            g.dispose();
        }
        y -= height;
        tags.begin(content, tags.figure(tags.document(), alt, new PDRectangle(MARGIN, y, w, height)));
        content.saveGraphicsState();
        content.transform(Matrix.getTranslateInstance(MARGIN, y));
        content.drawForm(g.getXFormObject());
        content.restoreGraphicsState();
        content.endMarkedContent();
        y -= 12;
    }

    // --- footers

    /**
     * Adds "{@code title} · {@code name}" and {@code pageOf.apply(n, N)} ("date · Page n of N") to the foot of every
     * page, as artifacts.
     */
    void footers(String title, String name, BiFunction<Integer, Integer, String> pageOf) throws IOException {
        closeContent();
        int count = doc.getNumberOfPages();
        for (int n = 1; n <= count; n++) {
            PDPage page = doc.getPage(n - 1);
            try (PDPageContentStream foot = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                content = foot;
                float base = MARGIN - 20;
                rule(MARGIN, base + 12, MARGIN + width(), RULE, 0.5f);
                String right = pageOf.apply(n, count);
                float rightWidth = textWidth(right, regular, 8);
                text(right, regular, 8, MUTED, MARGIN + width() - rightWidth, base, null);
                String shown = name;
                while (!shown.isEmpty() && textWidth(title + " · " + shown, regular, 8) > width() - rightWidth - 24) {
                    shown = shown.length() > 2 ? shown.substring(0, shown.length() - 2) + "…" : "";
                }
                text(shown.isEmpty() ? title : title + " · " + shown, regular, 8, MUTED, MARGIN, base, null);
            }
        }
        content = null;
    }

    /** Completes the tagged PDF: its language, the title a viewer shows, PDF/UA metadata. */
    void finish(String language, String title, String producer) throws IOException {
        closeContent();
        tags.finish(language, title, producer);
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            closeContent();
        } finally {
            chartText.close();
        }
    }
}
