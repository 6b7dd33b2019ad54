package dev.hourglass.io.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The structure of a tagged PDF (PDF/UA-1) as it is drawn: structure elements under one Document element, each
 * piece of real content a marked-content sequence with its MCID referenced from its element, everything else an
 * Artifact; at the end the parent tree, the mark info, the language, the title shown and the XMP metadata.
 */
final class PdfTags {
    private static final COSName ARTIFACT = COSName.getPDFName("Artifact");

    private final PDDocument doc;
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final Map<Integer, COSArray> parentTree = new LinkedHashMap<>();
    private PDPage page;
    private COSArray pageParents;

    PdfTags(PDDocument doc) {
        this.doc = doc;
        doc.getDocumentCatalog().setStructureTreeRoot(root);
        document = new PDStructureElement("Document", root);
        root.appendKid(document);
    }

    PDStructureElement document() {
        return document;
    }

    /** A new element of the standard type (H1, P, Table, TR, TH, TD, Figure, Caption) as the last child of parent. */
    PDStructureElement add(String type, PDStructureElement parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        element.setPage(page);
        parent.appendKid(element);
        return element;
    }

    /** A header cell for its column or its row, spanning {@code columns} columns. */
    PDStructureElement header(PDStructureElement row, String scope, int columns) {
        PDStructureElement cell = add("TH", row);
        PDTableAttributeObject table = new PDTableAttributeObject();
        table.setScope(scope);
        if (columns > 1) {
            table.setColSpan(columns);
        }
        cell.addAttribute(table);
        return cell;
    }

    /** A figure with its alternate text and where it is drawn on the page. */
    PDStructureElement figure(PDStructureElement parent, String alt, PDRectangle box) {
        PDStructureElement figure = add("Figure", parent);
        figure.setAlternateDescription(alt);
        PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
        layout.setBBox(box);
        figure.addAttribute(layout);
        return figure;
    }

    /** Content from now on goes on this page; its marked content is numbered from 0. */
    void page(PDPage next) {
        page = next;
        pageParents = new COSArray();
        int key = parentTree.size();
        next.setStructParents(key);
        next.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        parentTree.put(key, pageParents);
    }

    /** Opens the marked content of {@code element} on the current page; close it with {@code endMarkedContent}. */
    void begin(PDPageContentStream content, PDStructureElement element) throws IOException {
        int mcid = pageParents.size();
        content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setPage(page);
        reference.setMCID(mcid);
        element.appendKid(reference);
        pageParents.add(element);
    }

    /** Opens an artifact: rules, fills, repeated table headers, page headers and footers. */
    static void beginArtifact(PDPageContentStream content) throws IOException {
        content.beginMarkedContent(ARTIFACT);
    }

    /** Completes the document: parent tree, marked, in {@code language}, the title shown, PDF/UA metadata. */
    void finish(String language, String title, String producer) throws IOException {
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(parentTree);
        root.setParentTree(tree);
        root.setParentTreeNextKey(parentTree.size());
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        catalog.setLanguage(language);
        document.setLanguage(language);
        PDViewerPreferences viewer = new PDViewerPreferences(new COSDictionary());
        viewer.setDisplayDocTitle(true);
        catalog.setViewerPreferences(viewer);
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp(language, title, producer).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
        doc.setVersion(1.7f);
    }

    private static String xmp(String language, String title, String producer) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                + "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                + "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "   <pdfuaid:part>1</pdfuaid:part>\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "   <dc:language><rdf:Bag><rdf:li>" + xml(language) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "   <dc:format>application/pdf</dc:format>\n"
                + "   <pdf:Producer>" + xml(producer) + "</pdf:Producer>\n"
                + "   <xmp:CreatorTool>Hourglass</xmp:CreatorTool>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
    }

    /** Text as XML character data; characters XML 1.0 forbids are left out. */
    private static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r') {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
