package dev.hourglass.io.export;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.figures.Unit;
import dev.hourglass.model.postsale.BudgetResult;
import dev.hourglass.model.postsale.PostSaleFunnelStep;
import dev.hourglass.model.postsale.RelationshipStage;
import dev.hourglass.model.retention.ArrBridgeYear;
import dev.hourglass.model.uniteconomics.UnitEconomicsResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The report's charts (JFreeChart), in one calm style: white ground, light grid, two accent colours; titles and
 * series in the report's language, each with an alternate text that says what it shows and its key numbers.
 */
final class ReportCharts {
    static final String FONT_NAME = "DejaVu Sans";
    static final String BOLD_FONT_NAME = "DejaVu Sans Bold";
    static final Color BLUE = new Color(0x2E, 0x6F, 0xAC);
    static final Color ORANGE = new Color(0xD9, 0x82, 0x2B);
    static final Color GREEN = new Color(0x3C, 0x8D, 0x5A);
    private static final Color GRID = new Color(0xE3, 0xE6, 0xEA);
    /** Years of the ARR bridge shown as bars; a longer bridge is drawn as a line. */
    private static final int MOST_BARS = 12;

    private final FigureFormatter format;
    private final ReportText words;
    private final StandardChartTheme theme;

    /** A chart and its alternate text for readers who cannot see it. */
    record Chart(JFreeChart chart, String alt) {
    }

    ReportCharts(FigureFormatter format, ReportText words) {
        this.format = format;
        this.words = words;
        this.theme = theme();
    }

    private static StandardChartTheme theme() {
        Font regular = Fonts.REGULAR;
        Font bold = Fonts.BOLD;
        StandardChartTheme theme = new StandardChartTheme("Hourglass");
        theme.setExtraLargeFont(bold.deriveFont(11f));
        theme.setLargeFont(bold.deriveFont(9f));
        theme.setRegularFont(regular.deriveFont(8.5f));
        theme.setSmallFont(regular.deriveFont(7.5f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(PdfLayout.TEXT);
        theme.setTickLabelPaint(PdfLayout.MUTED);
        theme.setTitlePaint(PdfLayout.TEXT);
        theme.setLegendItemPaint(PdfLayout.TEXT);
        theme.setItemLabelPaint(PdfLayout.TEXT);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }

    /** The theme, and no heavy frame around the plot. */
    private JFreeChart styled(JFreeChart chart) {
        theme.apply(chart);
        chart.getPlot().setOutlineVisible(false);
        return chart;
    }

    /** Cumulative gross profit of one customer against CAC, the payback month marked. */
    Chart payback(UnitEconomicsResult u, double cac) {
        XYSeries cumulative = new XYSeries(words.text("chart.payback.cumulative"));
        XYSeries cost = new XYSeries(words.text("chart.payback.cac"));
        List<Double> curve = u.cumulativeGrossProfit();
        for (int m = 1; m <= curve.size(); m++) {
            cumulative.add(m, curve.get(m - 1));
            cost.add(m, cac);
        }
        XYSeriesCollection data = new XYSeriesCollection(cumulative);
        data.addSeries(cost);
        JFreeChart chart = ChartFactory.createXYLineChart(words.text("chart.payback.title"),
                words.text("chart.payback.month"), format.currency(), data, PlotOrientation.VERTICAL, true, false, false);
        styled(chart);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, BLUE);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesPaint(1, ORANGE);
        renderer.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {5, 4}, 0));
        plot.setRenderer(renderer);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(new AxisTicks(format, Unit.MONEY));
        NumberAxis months = (NumberAxis) plot.getDomainAxis();
        months.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        months.setRange(0.5, curve.size() + 0.5);
        if (u.paybackMonth().isPresent()) {
            ValueMarker marker = new ValueMarker(u.paybackMonth().getAsInt(), GREEN, new BasicStroke(1.2f));
            marker.setLabel(words.text("chart.payback.marker", u.paybackMonth().getAsInt()));
            marker.setLabelFont(Fonts.BOLD.deriveFont(8.5f));
            marker.setLabelPaint(GREEN);
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            plot.addDomainMarker(marker);
        }
        String end = curve.isEmpty() ? format.noData() : format.money(curve.get(curve.size() - 1));
        String alt = u.paybackMonth().isPresent()
                ? words.text("chart.payback.altPaidBack", curve.size(), format.money(cac), u.paybackMonth().getAsInt(), end)
                : words.text("chart.payback.altNotPaidBack", curve.size(), format.money(cac), "", end);
        return new Chart(chart, alt);
    }

    /** Opening and closing ARR of each year of the bridge. */
    Chart arrBridge(List<ArrBridgeYear> bridge) {
        ArrBridgeYear first = bridge.get(0);
        ArrBridgeYear last = bridge.get(bridge.size() - 1);
        if (bridge.size() > MOST_BARS) {
            return new Chart(closingArrLine(bridge), words.text("chart.arr.altLine", last.year(),
                    format.money(first.closing()), format.money(last.closing())));
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ArrBridgeYear y : bridge) {
            String year = words.text("chart.arr.year", y.year());
            data.addValue(y.opening(), words.text("chart.arr.opening"), year);
            data.addValue(y.closing(), words.text("chart.arr.closing"), year);
        }
        JFreeChart chart = ChartFactory.createBarChart(words.text("chart.arr.title"), null, format.currency(), data,
                PlotOrientation.VERTICAL, true, false, false);
        styled(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(new AxisTicks(format, Unit.MONEY));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, new Color(0xA9, 0xC4, 0xE0));
        renderer.setSeriesPaint(1, BLUE);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.12);
        return new Chart(chart, words.text(bridge.size() == 1 ? "chart.arr.altOne" : "chart.arr.alt", last.year(),
                format.money(first.opening()), format.money(last.closing())));
    }

    /** Closing ARR by year as a line, for a bridge too long for bars. */
    private JFreeChart closingArrLine(List<ArrBridgeYear> bridge) {
        XYSeries closing = new XYSeries(words.text("chart.arr.closing"));
        for (ArrBridgeYear y : bridge) {
            closing.add(y.year(), y.closing());
        }
        JFreeChart chart = ChartFactory.createXYLineChart(words.text("chart.arr.closingTitle"),
                words.text("chart.arr.axisYear"), format.currency(),
                new XYSeriesCollection(closing), PlotOrientation.VERTICAL, false, false, false);
        styled(chart);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, BLUE);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        plot.setRenderer(renderer);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(new AxisTicks(format, Unit.MONEY));
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart;
    }

    /** Dollars by relationship stage, pre-purchase and post-purchase in two colours. */
    Chart budget(BudgetResult b) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> stages = new ArrayList<>();
        for (RelationshipStage stage : RelationshipStage.values()) {
            double dollars = b.dollarsByStage().getOrDefault(stage, 0.0);
            data.addValue(stage.prePurchase() ? dollars : 0, words.text("chart.budget.pre"), format.texts().value(stage));
            data.addValue(stage.prePurchase() ? 0 : dollars, words.text("chart.budget.post"), format.texts().value(stage));
            stages.add(words.text("chart.item", format.texts().value(stage), format.money(dollars)));
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(words.text("chart.budget.title"), null,
                format.currency(), data, PlotOrientation.HORIZONTAL, true, false, false);
        styled(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(new AxisTicks(format, Unit.MONEY));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, BLUE);
        renderer.setSeriesPaint(1, ORANGE);
        renderer.setMaximumBarWidth(0.08);
        return new Chart(chart, words.text("chart.budget.alt", format.money(b.totalDollars()),
                format.percent(b.preDollarsShare()), format.percent(b.postDollarsShare()),
                String.join(words.text("chart.separator"), stages)));
    }

    /** Accounts reaching each post-sale milestone, labelled with the cumulative conversion. */
    Chart funnel(List<PostSaleFunnelStep> steps) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String accounts = words.text("chart.funnel.accounts");
        List<String> reached = new ArrayList<>();
        for (PostSaleFunnelStep s : steps) {
            data.addValue(s.count(), accounts, format.texts().value(s.step()));
            String step = format.texts().value(s.step());
            String count = format.number(s.count(), 0);
            reached.add(s.cumulativeConversion().isPresent()
                    ? words.text("chart.itemShare", step, count, format.percent(s.cumulativeConversion().getAsDouble()))
                    : words.text("chart.item", step, count));
        }
        JFreeChart chart = ChartFactory.createBarChart(words.text("chart.funnel.title"), null, accounts, data,
                PlotOrientation.HORIZONTAL, false, false, false);
        styled(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryAxis axis = plot.getDomainAxis();
        axis.setMaximumCategoryLabelWidthRatio(0.45f);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(new AxisTicks(format, Unit.COUNT));
        plot.getRangeAxis().setUpperMargin(0.25);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, BLUE);
        renderer.setMaximumBarWidth(0.1);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                PostSaleFunnelStep s = steps.get(column);
                return s.cumulativeConversion().isPresent()
                        ? format.number(s.count(), 0) + "  (" + format.percent(s.cumulativeConversion().getAsDouble()) + ")"
                        : format.number(s.count(), 0);
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(Fonts.REGULAR.deriveFont(8f));
        return new Chart(chart, words.text("chart.funnel.alt", String.join(words.text("chart.separator"), reached)));
    }

    /** The bundled DejaVu Sans for Java2D, so charts look the same on every machine, with or without fonts. */
    static final class Fonts {
        static final Font REGULAR = load("DejaVuSans.ttf");
        static final Font BOLD = load("DejaVuSans-Bold.ttf");

        private Fonts() {
        }

        private static Font load(String file) {
            try (InputStream in = PdfLayout.fontFile(file)) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("the report font " + file + " cannot be read", e);
            }
        }
    }
}
