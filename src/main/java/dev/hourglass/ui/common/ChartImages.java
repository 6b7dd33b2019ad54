package dev.hourglass.ui.common;

import dev.hourglass.io.AtomicFile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.Chart;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.transform.Scale;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;

/**
 * Charts as pictures: a context menu on every chart to copy it to the clipboard (to paste into slides or mail) or
 * save it as a PNG, drawn at twice the screen resolution so it stays sharp on a slide.
 */
public final class ChartImages {
    /** The style class of charts Hourglass draws itself (tornado, heat grid), found beside JavaFX's ".chart". */
    public static final String CHART_CLASS = "hourglass-chart";
    private static final String INSTALLED = "hourglass.chartImages";
    private static final double SCALE = 2;

    private ChartImages() {
    }

    /** Gives every chart under {@code view} the menu, once each. */
    public static void installAll(Node view) {
        if (view == null) {
            return;
        }
        for (String selector : new String[] {".chart", "." + CHART_CLASS}) {
            view.lookupAll(selector).forEach(ChartImages::install);
        }
    }

    public static void install(Node chart) {
        if (chart.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        MenuItem copy = new MenuItem(UiText.text("common.copyChartAsImage"));
        copy.setOnAction(e -> copy(chart));
        MenuItem save = new MenuItem(UiText.text("common.saveChartAsPng"));
        save.setOnAction(e -> save(chart));
        ContextMenu menu = new ContextMenu(copy, save);
        chart.setOnContextMenuRequested(e -> {
            menu.show(chart, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    public static WritableImage snapshot(Node chart) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(new Scale(SCALE, SCALE));
        return chart.snapshot(parameters, null);
    }

    public static void copy(Node chart) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(snapshot(chart));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Writes the picture as PNG, whole or not at all. */
    public static void writePng(WritableImage image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        picture.setRGB(0, 0, width, height, pixels, 0, width);
        AtomicFile.write(file, out -> {
            if (!ImageIO.write(picture, "png", out)) {
                throw new IOException("no PNG writer in this Java");
            }
        });
    }

    private static void save(Node chart) {
        WritableImage picture = snapshot(chart);
        ExportFiles.save(chart.getScene().getWindow(), UiText.text("common.saveTheChartAs"), title(chart),
                new FileChooser.ExtensionFilter(UiText.text("common.pngImage"), "*.png"), null, file -> writePng(picture, file), file -> { });
    }

    private static String title(Node chart) {
        return chart instanceof Chart c && c.getTitle() != null && !c.getTitle().isBlank()
                ? c.getTitle() : "chart";
    }
}
