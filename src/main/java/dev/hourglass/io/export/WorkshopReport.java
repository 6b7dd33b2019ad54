package dev.hourglass.io.export;

import static dev.hourglass.model.figures.Section.POST_SALE_FUNNEL;
import static dev.hourglass.model.figures.Section.RETENTION;
import static dev.hourglass.model.figures.Section.UNIT_ECONOMICS;

import dev.hourglass.io.AtomicFile;
import dev.hourglass.io.export.PdfLayout.Table;
import dev.hourglass.io.export.PdfLayout.TableRow;
import dev.hourglass.io.export.ReportFigures.Figure;
import dev.hourglass.io.export.ReportFigures.Section;
import dev.hourglass.io.json.ScenarioFigures;
import dev.hourglass.model.channels.ChannelResult;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.figures.FigureTexts;
import dev.hourglass.model.postsale.BudgetResult;
import dev.hourglass.model.postsale.PostSaleFunnelStep;
import dev.hourglass.model.retention.ArrBridgeYear;
import dev.hourglass.model.retention.RetentionResult;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioCalculator;
import dev.hourglass.model.scenario.ScenarioOverride;
import dev.hourglass.model.scenario.ScenarioResult;
import dev.hourglass.model.uniteconomics.UnitEconomicsResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Version;

/**
 * A PDF report of one scenario (or several) for a consultant's workshop: a cover, the assumptions, the headline
 * results, charts (cumulative gross profit against CAC with the payback month, ARR by year, the budget split, the
 * post-sale funnel) and the tables behind them, with "Page n of N" on every page; several scenarios also get a
 * comparison of their results side by side. The report is in one language throughout (English or German, see
 * {@link ReportText}): its words, the catalogue's figure labels, dates and numbers, money with the scenario's
 * currency code. It is a tagged PDF (PDF/UA-1): headings, paragraphs, tables with header cells, charts as figures
 * with alternate text that gives their key numbers. A scenario whose figures cannot be calculated, or with empty
 * sections, still gives a report that says so. The file is written whole or not at all.
 */
public final class WorkshopReport {

    /** The paper size. */
    public enum Paper {
        A4(PDRectangle.A4), LETTER(PDRectangle.LETTER);

        private final PDRectangle size;

        Paper(PDRectangle size) {
            this.size = size;
        }

        /** Letter where it is the office paper (the United States and Canada), A4 elsewhere. */
        public static Paper forLocale(Locale locale) {
            return Set.of("US", "CA").contains(locale.getCountry()) ? LETTER : A4;
        }
    }

    /**
     * What the cover says, in which language, and how numbers look.
     *
     * @param locale       the report's language and region: its words, dates and numbers; a language without
     *                     report texts is written in English (with the region's paper)
     * @param workbookName the workbook the scenarios come from, shown on the cover when present
     */
    public record Options(Locale locale, Optional<String> workbookName, LocalDate date, Paper paper) {
        public Options {
            Objects.requireNonNull(locale, "locale");
            Objects.requireNonNull(workbookName, "workbookName");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(paper, "paper");
            locale = ReportText.reportLocale(locale, locale);
        }

        /** Today, the locale's paper, no workbook name. */
        public static Options of(Locale locale) {
            return new Options(locale, Optional.empty(), LocalDate.now(), Paper.forLocale(locale));
        }

        /**
         * In {@code language} (English when it has no report texts) with the region of {@code formats}: a German
         * report made on a computer in the United States is printed on Letter paper.
         */
        public static Options of(Locale language, Locale formats) {
            return of(ReportText.reportLocale(language, formats));
        }

        /** Whether a report can be written in this language (else it is written in English). */
        public static boolean hasLanguage(Locale language) {
            return ReportText.LANGUAGES.contains(language.getLanguage());
        }

        /** {@code null} or blank for none. */
        public Options withWorkbookName(String name) {
            return new Options(locale, Optional.ofNullable(name).filter(n -> !n.isBlank()), date, paper);
        }

        public Options withDate(LocalDate value) {
            return new Options(locale, workbookName, value, paper);
        }

        public Options withPaper(Paper value) {
            return new Options(locale, workbookName, date, value);
        }
    }

    private WorkshopReport() {
    }

    /** The report of one scenario, dated today, on the locale's paper. */
    public static void write(Scenario scenario, Path file, Locale locale) throws IOException {
        write(List.of(scenario), file, Options.of(locale));
    }

    /** The report of one or more scenarios; several get a comparison page after the cover. */
    public static void write(List<Scenario> scenarios, Path file, Options options) throws IOException {
        write(scenarios, file, options, ScenarioCalculator::calculate);
    }

    /** With the calculation given, so a test can make it refuse. */
    static void write(List<Scenario> scenarios, Path file, Options options,
                      Function<Scenario, ScenarioResult> calculator) throws IOException {
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one scenario");
        }
        AtomicFile.write(file, out -> new Composer(scenarios, options, calculator).write(out));
    }

    /** One report being composed. */
    private static final class Composer {
        private final List<Scenario> scenarios;
        private final Options options;
        private final Function<Scenario, ScenarioResult> calculator;
        private final ReportText words;
        private PdfLayout page;

        Composer(List<Scenario> scenarios, Options options, Function<Scenario, ScenarioResult> calculator) {
            this.scenarios = scenarios;
            this.options = options;
            this.calculator = calculator;
            this.words = ReportText.of(options.locale());
        }

        void write(OutputStream out) throws IOException {
            List<Calculated> calculated = new ArrayList<>();
            for (Scenario s : scenarios) {
                calculated.add(Calculated.of(s, calculator, options.locale()));
            }
            try (PDDocument doc = new PDDocument()) {
                metadata(doc);
                try (PdfLayout layout = new PdfLayout(doc, options.paper().size)) {
                    page = layout;
                    cover(calculated);
                    if (calculated.size() > 1) {
                        executiveSummary(calculated);
                        comparison(calculated);
                    }
                    for (Calculated c : calculated) {
                        scenario(c);
                    }
                    page.footers(words.text("title"), calculated.size() == 1 ? scenarios.get(0).name() : "",
                            (n, count) -> words.text("footer.page", date(), n, count));
                    page.finish(options.locale().getLanguage(), title(), producer());
                }
                doc.save(out);
            }
        }

        private String title() {
            return words.text("title") + ": " + String.join(", ", scenarios.stream().map(Scenario::name).toList());
        }

        private static String producer() {
            return "Hourglass (Apache PDFBox " + Version.getVersion() + ")";
        }

        private void metadata(PDDocument doc) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title());
            info.setSubject(words.text(scenarios.size() > 1 ? "subject.many" : "subject.one"));
            info.setCreator("Hourglass");
            info.setProducer(producer());
            Calendar now = GregorianCalendar.from(options.date().atStartOfDay(ZoneId.systemDefault()));
            info.setCreationDate(now);
            info.setModificationDate(now);
        }

        private String date() {
            return options.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(options.locale()));
        }

        private String titled(String heading, Calculated c) {
            return scenarios.size() == 1 ? heading : heading + " · " + c.scenario().name();
        }

        // --- cover

        private void cover(List<Calculated> calculated) throws IOException {
            page.newPage();
            page.moveTo(180);
            page.lines("P", words.text("title").toUpperCase(options.locale()), page.bold, 10, PdfLayout.MUTED);
            page.gap(14);
            String names = String.join(" · ", scenarios.stream().map(Scenario::name).toList());
            page.lines("H1", names, page.bold, 26, PdfLayout.ACCENT);
            page.gap(10);
            if (scenarios.size() == 1 && !scenarios.get(0).description().isEmpty()) {
                page.gap(4);
                page.paragraph(scenarios.get(0).description(), 11, PdfLayout.TEXT);
            }
            page.gap(24);
            List<TableRow> rows = new ArrayList<>();
            options.workbookName().ifPresent(w -> rows.add(TableRow.of(List.of(words.text("cover.workbook"), w))));
            rows.add(TableRow.of(List.of(words.text("cover.date"), date())));
            rows.add(TableRow.of(List.of(words.text("cover.currency"), String.join(", ",
                    scenarios.stream().map(Scenario::currency).distinct().toList()))));
            if (scenarios.size() > 1) {
                rows.add(TableRow.of(List.of(words.text("cover.scenarios"), String.valueOf(scenarios.size()))));
            }
            page.table(new Table(new float[] {1, 3}, new boolean[] {false, false}, List.of(words.text("cover.report"), ""),
                    rows));
            if (calculated.size() == 1) {
                atAGlance(calculated.get(0));
            }
        }

        /** The few figures a workshop starts from. */
        private void atAGlance(Calculated c) throws IOException {
            Set<String> keys = Set.of("unitEconomics.paybackMonth", "unitEconomics.ltv", "unitEconomics.ltvToCac",
                    "retention.nrr", "retentionProgram.roi", "smbForecast.forecast");
            List<TableRow> rows = new ArrayList<>();
            for (Section s : c.results()) {
                for (Figure f : s.figures()) {
                    if (keys.contains(f.key()) || f.key().startsWith("retention.bridge[")) {
                        rows.add(TableRow.of(List.of(f.label(c.format().texts()), f.formatted(c.format()))));
                    }
                }
            }
            if (!rows.isEmpty()) {
                page.table(new Table(new float[] {3, 2}, new boolean[] {false, true}, List.of(words.text("cover.atAGlance"), ""),
                        rows));
            }
        }

        // --- executive summary

        private static final Set<String> HEADLINES = Set.of("unitEconomics.paybackMonth", "unitEconomics.ltv",
                "unitEconomics.ltvToCac", "retention.nrr", "retentionProgram.roi", "smbForecast.forecast");

        /**
         * One page: the headline figures of every scenario side by side, then the inputs that differ, as many as fit
         * on the page (the rest are counted; each scenario's Assumptions list them).
         */
        private void executiveSummary(List<Calculated> calculated) throws IOException {
            page.newPage();
            page.heading(2, words.text("summary.title"));
            List<String> header = new ArrayList<>(List.of(words.text("summary.headline")));
            calculated.forEach(c -> header.add(c.scenario().name()));
            Map<String, String> headlines = new LinkedHashMap<>();
            for (Calculated c : calculated) {
                for (Section s : c.results()) {
                    for (Figure f : s.figures()) {
                        if (HEADLINES.contains(f.key()) || f.key().startsWith("retention.bridge[")) {
                            headlines.putIfAbsent(f.key(), f.label(c.format().texts()));
                        }
                    }
                }
            }
            List<TableRow> rows = new ArrayList<>();
            headlines.forEach((key, label) -> {
                List<String> cells = new ArrayList<>(List.of(label));
                calculated.forEach(c -> cells.add(c.formatted(key)));
                rows.add(TableRow.of(cells));
            });
            if (!rows.isEmpty()) {
                page.table(sideBySide(header, rows));
            }
            List<TableRow> differences = differences(calculated);
            header.set(0, words.text("summary.differs"));
            if (differences.isEmpty()) {
                page.paragraph(words.text("summary.sameInputs"), 10, PdfLayout.MUTED);
            } else {
                int shown = differences.size();
                while (shown > 1 && page.height(sideBySide(header, differences.subList(0, shown))) > page.room() - 40) {
                    shown--;
                }
                page.table(sideBySide(header, differences.subList(0, shown)));
                if (differences.size() > shown) {
                    page.paragraph(words.text("summary.moreDiffer", differences.size() - shown), 9, PdfLayout.MUTED);
                }
            }
        }

        /** Each input whose value is not the same in every scenario ("—" where a scenario lacks it). */
        private List<TableRow> differences(List<Calculated> calculated) {
            Map<String, String> labels = new LinkedHashMap<>();
            List<Map<String, String>> values = new ArrayList<>();
            for (Calculated c : calculated) {
                Map<String, String> shown = new LinkedHashMap<>();
                for (Section s : ReportFigures.inputs(c.scenario())) {
                    for (Figure f : s.figures()) {
                        labels.putIfAbsent(f.key(), s.title(c.format().texts()) + ": " + f.label(c.format().texts()));
                        shown.put(f.key(), f.formatted(c.format()));
                    }
                }
                values.add(shown);
            }
            List<TableRow> rows = new ArrayList<>();
            labels.forEach((key, label) -> {
                List<String> cells = new ArrayList<>(List.of(label));
                values.forEach(v -> cells.add(v.getOrDefault(key, "—")));
                if (cells.stream().skip(1).distinct().count() > 1) {
                    rows.add(TableRow.of(cells));
                }
            });
            return rows;
        }

        private static Table sideBySide(List<String> header, List<TableRow> rows) {
            float[] widths = new float[header.size()];
            boolean[] numeric = new boolean[widths.length];
            widths[0] = 2.4f;
            for (int i = 1; i < widths.length; i++) {
                widths[i] = 1.4f;
                numeric[i] = true;
            }
            return new Table(widths, numeric, List.copyOf(header), rows);
        }

        // --- comparison

        private void comparison(List<Calculated> calculated) throws IOException {
            page.newPage();
            page.heading(2, words.text("comparison.title"));
            Map<String, Map<String, String>> labels = new LinkedHashMap<>();
            for (Calculated c : calculated) {
                for (Section s : c.results()) {
                    FigureTexts texts = c.format().texts();
                    Map<String, String> section = labels.computeIfAbsent(s.title(texts), t -> new LinkedHashMap<>());
                    s.figures().forEach(f -> section.putIfAbsent(f.key(), f.label(texts)));
                }
            }
            List<TableRow> rows = new ArrayList<>();
            for (Map.Entry<String, Map<String, String>> section : labels.entrySet()) {
                rows.add(TableRow.section(section.getKey()));
                for (Map.Entry<String, String> figure : section.getValue().entrySet()) {
                    List<String> cells = new ArrayList<>(List.of(figure.getValue()));
                    for (Calculated c : calculated) {
                        cells.add(c.formatted(figure.getKey()));
                    }
                    rows.add(TableRow.of(cells));
                }
            }
            if (rows.isEmpty()) {
                page.paragraph(words.text("comparison.none"), 10, PdfLayout.MUTED);
                return;
            }
            float[] widths = new float[calculated.size() + 1];
            boolean[] numeric = new boolean[widths.length];
            widths[0] = 2.2f;
            List<String> header = new ArrayList<>(List.of(words.text("table.output")));
            for (int i = 1; i < widths.length; i++) {
                widths[i] = 1.4f;
                numeric[i] = true;
                header.add(calculated.get(i - 1).scenario().name());
            }
            page.table(new Table(widths, numeric, header, rows));
        }

        // --- one scenario

        private void scenario(Calculated c) throws IOException {
            page.newPage();
            page.heading(2, titled(words.text("scenario.assumptions"), c));
            List<Section> inputs = ReportFigures.inputs(c.scenario());
            if (inputs.isEmpty()) {
                page.paragraph(words.text("scenario.noInputs"), 10, PdfLayout.MUTED);
            } else {
                Map<String, ScenarioOverride> overrides = ScenarioFigures.overriddenInputs(c.scenario());
                if (!overrides.isEmpty()) {
                    page.paragraph(words.text("scenario.overrides"), 10, PdfLayout.MUTED);
                }
                for (Section section : inputs) {
                    page.table(figures(words.text("table.input"), List.of(section), c.format(), overrides));
                }
            }
            page.newPage();
            page.heading(2, titled(words.text("scenario.results"), c));
            if (c.error().isPresent()) {
                page.paragraph(words.text("scenario.notCalculated", c.error().get()), 10, PdfLayout.TEXT);
                return;
            }
            if (c.results().isEmpty()) {
                page.paragraph(words.text("scenario.noResults"), 10, PdfLayout.MUTED);
                return;
            }
            sectionTables(words.text("table.output"), c.results(), c.format());
            ScenarioResult r = c.result().orElseThrow();
            ReportCharts charts = new ReportCharts(c.format(), words);
            if (r.unitEconomics().isPresent()) {
                unitEconomics(c, charts, r.unitEconomics().get());
            }
            if (r.retention().isPresent()) {
                retention(c, charts, r.retention().get());
            }
            if (r.budget().isPresent() || r.postSaleFunnel().isPresent()) {
                page.keep(340);
                page.heading(3, titled(words.text("budgetPostSale.title"), c));
                r.budget().ifPresent(b -> budget(c, charts, b));
                if (r.postSaleFunnel().isPresent()) {
                    funnel(c, charts, r.postSaleFunnel().get());
                }
            }
            if (r.channels().isPresent() && !r.channels().get().isEmpty()) {
                channels(c, r.channels().get());
            }
        }

        /** One table per section, so that each is kept whole on a page where it fits. */
        private void sectionTables(String what, List<Section> sections, FigureFormatter format) throws IOException {
            for (Section section : sections) {
                page.table(figures(what, List.of(section), format));
            }
        }

        private Table figures(String what, List<Section> sections, FigureFormatter format) {
            return figures(what, sections, format, Map.of());
        }

        private Table figures(String what, List<Section> sections, FigureFormatter format,
                              Map<String, ScenarioOverride> overrides) {
            List<TableRow> rows = new ArrayList<>();
            for (Section s : sections) {
                rows.add(TableRow.section(s.title(format.texts())));
                for (Figure f : s.figures()) {
                    ScenarioOverride o = overrides.get(f.key());
                    String label = f.label(format.texts());
                    rows.add(TableRow.of(List.of(o == null ? label : overridden(label, f.key(), o, format),
                            f.formatted(format))));
                }
                if (s.figures().isEmpty()) {
                    rows.add(TableRow.of(List.of(words.text("table.none"), "")));
                }
            }
            return new Table(new float[] {3, 2}, new boolean[] {false, true}, List.of(what, words.text("table.value")),
                    rows);
        }

        /** An input's label with the scenario's own value of the driver it overrides, in the input's format. */
        private String overridden(String label, String key, ScenarioOverride o, FigureFormatter format) {
            return o.scenarioValue().isPresent()
                    ? words.text("scenario.override", label, format.format(key, o.scenarioValue().getAsDouble()))
                    : words.text("scenario.overrideAlone", label);
        }

        private void unitEconomics(Calculated c, ReportCharts charts, UnitEconomicsResult u) throws IOException {
            FigureFormatter f = c.format();
            var in = c.scenario().unitEconomics().orElseThrow();
            page.keep(380);
            page.heading(3, titled(f.texts().section(UNIT_ECONOMICS), c));
            String payback = u.paybackMonth().isPresent()
                    ? words.text("unitEconomics.paidBack", f.money(in.cac()), u.paybackMonth().getAsInt())
                    : words.text("unitEconomics.notPaidBack", f.money(in.cac()), in.horizonMonths());
            String ltv = u.ltvToCac().isPresent()
                    ? words.text("unitEconomics.ltvToCac", in.horizonMonths(), f.money(u.ltv()),
                            f.multiple(u.ltvToCac().getAsDouble()))
                    : words.text("unitEconomics.ltv", in.horizonMonths(), f.money(u.ltv()));
            page.paragraph(payback + " " + ltv, 10, PdfLayout.TEXT);
            ReportCharts.Chart chart = charts.payback(u, in.cac());
            page.chart(chart.chart(), chart.alt(), 270);
        }

        private void retention(Calculated c, ReportCharts charts, RetentionResult r) throws IOException {
            FigureFormatter f = c.format();
            page.keep(330);
            page.heading(3, titled(f.texts().section(RETENTION), c));
            ArrBridgeYear last = r.bridge().get(r.bridge().size() - 1);
            page.paragraph(words.text("retention.summary", f.percent(r.grr()), f.percent(r.nrr()),
                    f.money(r.bridge().get(0).opening()), f.money(last.closing()), last.year()), 10, PdfLayout.TEXT);
            ReportCharts.Chart chart = charts.arrBridge(r.bridge());
            page.chart(chart.chart(), chart.alt(), 220);
            List<TableRow> rows = new ArrayList<>();
            for (ArrBridgeYear y : r.bridge()) {
                rows.add(TableRow.of(List.of(String.valueOf(y.year()), f.amount(y.opening()), f.amount(-y.churned()),
                        f.amount(-y.contracted()), f.amount(y.expanded()), f.amount(y.newArr()), f.amount(y.closing()))));
            }
            page.table(words.text("retention.bridge"), new Table(new float[] {0.6f, 1.55f, 1.7f, 1.4f, 1.5f, 1.35f, 1.4f},
                    new boolean[] {false, true, true, true, true, true, true},
                    inCurrency(f, words.text("table.year"), "retention.bridge[].", "opening", "churned", "contracted",
                            "expanded", "newArr", "closing"),
                    rows));
        }

        private void budget(Calculated c, ReportCharts charts, BudgetResult b) {
            FigureFormatter f = c.format();
            try {
                page.paragraph(words.text("budget.summary", share(f, b.preDollarsShare()), share(f, b.postDollarsShare()),
                        f.money(b.totalDollars()), share(f, b.preHoursShare()), share(f, b.postHoursShare()),
                        f.format("budget.totalHours", b.totalHours())), 10, PdfLayout.TEXT);
                if (b.totalDollars() > 0) {
                    ReportCharts.Chart chart = charts.budget(b);
                    page.chart(chart.chart(), chart.alt(), 250);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String share(FigureFormatter f, OptionalDouble share) {
            return share.isPresent() ? f.percent(share.getAsDouble()) : f.noData();
        }

        private void funnel(Calculated c, ReportCharts charts, List<PostSaleFunnelStep> steps) throws IOException {
            FigureFormatter f = c.format();
            if (steps.stream().anyMatch(s -> s.count() > 0)) {
                ReportCharts.Chart chart = charts.funnel(steps);
                page.chart(chart.chart(), chart.alt(), 220);
            }
            List<TableRow> rows = new ArrayList<>();
            for (PostSaleFunnelStep s : steps) {
                rows.add(TableRow.of(List.of(f.texts().value(s.step()), f.number(s.count(), 0), share(f, s.stepConversion()),
                        share(f, s.cumulativeConversion()))));
            }
            page.table(f.texts().section(POST_SALE_FUNNEL),
                    new Table(new float[] {3, 1, 1.3f, 1.5f}, new boolean[] {false, true, true, true},
                            List.of(words.text("table.step"),
                                    ExportLabels.column(f.texts(), "postSaleFunnel.steps[].count"),
                                    ExportLabels.column(f.texts(), "postSaleFunnel.steps[].stepConversion"),
                                    ExportLabels.column(f.texts(), "postSaleFunnel.steps[].cumulativeConversion")),
                            rows));
        }

        private void channels(Calculated c, List<ChannelResult> channels) throws IOException {
            FigureFormatter f = c.format();
            page.keep(160);
            page.heading(3, titled(words.text("channels.title"), c));
            List<TableRow> rows = new ArrayList<>();
            for (ChannelResult ch : channels) {
                rows.add(TableRow.of(List.of(ch.name(), amount(f, ch.cac()), amount(f, ch.costPerActivated()),
                        amount(f, ch.costPerRetained()), f.amount(ch.ltv()),
                        ch.ltvToCac().isPresent() ? f.multiple(ch.ltvToCac().getAsDouble())
                                : f.noData())));
            }
            page.table(new Table(new float[] {2.2f, 1.2f, 1.3f, 1.3f, 1.2f, 0.9f},
                    new boolean[] {false, true, true, true, true, true},
                    channelTitles(f, words.text("table.channel")), rows));
        }

        private static String amount(FigureFormatter f, OptionalDouble value) {
            return value.isPresent() ? f.amount(value.getAsDouble()) : f.noData();
        }

        /** Column titles in the catalogue's words, the money ones (all but the first) followed by the currency code. */
        private static List<String> inCurrency(FigureFormatter f, String first, String listKey, String... money) {
            List<String> titles = new ArrayList<>(List.of(first));
            for (String figure : money) {
                titles.add(ExportLabels.column(f.texts(), listKey + figure) + " (" + f.currency() + ")");
            }
            return titles;
        }

        /** The channel table's titles in the catalogue's words, the money ones followed by the currency code. */
        private static List<String> channelTitles(FigureFormatter f, String first) {
            List<String> titles = new ArrayList<>(List.of(first));
            for (String figure : List.of("cac", "costPerActivated", "costPerRetained", "ltv")) {
                titles.add(ExportLabels.column(f.texts(), "channels[]." + figure) + " (" + f.currency() + ")");
            }
            titles.add(ExportLabels.column(f.texts(), "channels[].ltvToCac"));
            return titles;
        }

        /** A scenario with its results, or why it has none. */
        private record Calculated(Scenario scenario, Optional<ScenarioResult> result, Optional<String> error,
                                  List<Section> results, FigureFormatter format) {
            static Calculated of(Scenario s, Function<Scenario, ScenarioResult> calculator, Locale locale) {
                FigureFormatter format = new FigureFormatter(locale, s.currency());
                try {
                    ScenarioResult r = calculator.apply(s);
                    return new Calculated(s, Optional.of(r), Optional.empty(), ReportFigures.results(s, r), format);
                } catch (RuntimeException e) {
                    return new Calculated(s, Optional.empty(), Optional.of(String.valueOf(e.getMessage())), List.of(),
                            format);
                }
            }

            String formatted(String key) {
                for (Section s : results) {
                    for (Figure f : s.figures()) {
                        if (f.key().equals(key)) {
                            return f.formatted(format);
                        }
                    }
                }
                return "—";
            }
        }
    }
}
