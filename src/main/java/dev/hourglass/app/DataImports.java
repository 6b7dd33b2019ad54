package dev.hourglass.app;

import dev.hourglass.io.BadInputException;
import dev.hourglass.io.csv.AccountsCsvReader;
import dev.hourglass.io.csv.DealsCsvReader;
import dev.hourglass.io.csv.Detection;
import dev.hourglass.io.csv.ImportKind;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.io.csv.ImportReport;
import dev.hourglass.io.csv.LedgerCsvReader;
import dev.hourglass.io.csv.LeadsCsvReader;
import dev.hourglass.io.csv.RowProblems;
import dev.hourglass.io.csv.SubscriptionsCsvReader;
import dev.hourglass.io.json.ImportMappingJson;
import dev.hourglass.io.json.ImportReportJson;
import dev.hourglass.model.actuals.Ledger;
import dev.hourglass.model.actuals.SubscriptionLedger;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.LeadStage;
import dev.hourglass.model.pipeline.StageSetup;
import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Export files into a workbook — the one import path of the desktop's wizard and of {@code import-data}: read by the
 * same readers as the analysis commands, written in one transaction (a file with no usable row imports nothing), the
 * import's report kept with the dataset, and rows left out reported, never silently dropped.
 */
public final class DataImports {
    /** The dataset written and the import's report (rows read, left out, filled, detections, warnings). */
    public record Imported(Dataset dataset, ImportReport report, int switchesCarried) {
        public RowProblems problems() {
            return report.excluded();
        }

        public long rowsRead() {
            return report.rowsRead();
        }

        /** What the user is told when a newer export of the same source kept the earlier import's forecast switches. */
        public Optional<String> switchesCarriedSentence() {
            return switchesCarried == 0 ? Optional.empty() : Optional.of("Kept the forecast switches of "
                    + String.format(Locale.ROOT, "%,d", switchesCarried) + " deals from the earlier import of "
                    + report.sourceFile());
        }
    }

    /** The report's {@code filled} keys of a deals import: amounts taken from the list price, blank amounts read as 0. */
    public static final String AMOUNT_FROM_LIST_PRICE = "amountFromListPrice";
    public static final String AMOUNT_BLANK = "amountBlank";

    /** How many customers with gaps a ledger's report names. */
    public static final int GAPS_NAMED = 10;

    private static final LongConsumer NO_PROGRESS = rows -> { };
    private static final BooleanSupplier NEVER = () -> false;

    private DataImports() {
    }

    /** The mapping of a mapping file; the defaults without one. */
    public static ImportMapping mappingOf(Path mappingFile) throws BadInputException {
        return mappingFile == null ? ImportMapping.defaults() : ImportMappingJson.read(mappingFile);
    }

    /**
     * Imports a file of any kind — what the wizard's Import button and {@code import-data} both do. {@code asOf}: for
     * deals the day the export was taken (null: the file's last-modified day), for subscriptions the day of the last
     * month counted (null for the file's own newest date); ignored for the other kinds; {@code progress} and
     * {@code cancelled} as for {@link #deals(Workbook, Path, ImportMapping, LongConsumer, BooleanSupplier)}.
     */
    public static Imported of(Workbook workbook, ImportKind kind, Path file, ImportMapping mapping, LocalDate asOf,
                              LongConsumer progress, BooleanSupplier cancelled)
            throws BadInputException, WorkbookException {
        return switch (kind) {
            case DEALS -> deals(workbook, file, mapping, asOf, progress, cancelled);
            case SUBSCRIPTIONS -> subscriptions(workbook, file, mapping, asOf).imported();
            case LEDGER -> ledger(workbook, file, mapping);
            case ACCOUNTS -> accounts(workbook, file, mapping);
            case LEADS -> leads(workbook, file, mapping);
        };
    }

    public static Imported deals(Workbook workbook, Path file, ImportMapping mapping)
            throws BadInputException, WorkbookException {
        return deals(workbook, file, mapping, null, NO_PROGRESS, NEVER);
    }

    /** Imports deals exported on {@code asOf} (null: the file's last-modified day), a snapshot of their source. */
    public static Imported deals(Workbook workbook, Path file, ImportMapping mapping, LocalDate asOf)
            throws BadInputException, WorkbookException {
        return deals(workbook, file, mapping, asOf, NO_PROGRESS, NEVER);
    }

    public static Imported deals(Workbook workbook, Path file, ImportMapping mapping, LongConsumer progress,
                                 BooleanSupplier cancelled) throws BadInputException, WorkbookException {
        return deals(workbook, file, mapping, null, progress, cancelled);
    }

    /**
     * Imports deals; the mapping is kept in the workbook for the next file from the same source, and a newer export
     * of that source keeps the forecast switches set on the earlier one ({@link #carryOverSwitches}, {@link Imported#switchesCarriedSentence}).
     * {@code progress} hears the rows read so far; when {@code cancelled} turns true the import stops and nothing is
     * written. The import records the day the export was taken, {@code asOf} or else the file's last-modified day,
     * so earlier imports of the same source serve as snapshots (forecast.md §2).
     */
    public static Imported deals(Workbook workbook, Path file, ImportMapping mapping, LocalDate asOf,
                                 LongConsumer progress, BooleanSupplier cancelled)
            throws BadInputException, WorkbookException {
        Optional<Dataset> earlier = DatasetChoice.newestOfSource(workbook, Dataset.Kind.DEALS, nameOf(file));
        DealsCsvReader.Summary[] summary = new DealsCsvReader.Summary[1];
        long[] rows = {0};
        Dataset dataset = workbook.importDeals(nameOf(file), nameOf(file), ImportMappingJson.toJson(mapping),
                sink -> summary[0] = DealsCsvReader.read(file, mapping, deal -> {
                    if (++rows[0] % 10_000 == 0) {
                        if (cancelled.getAsBoolean()) {
                            throw new CancellationException("the import was cancelled");
                        }
                        progress.accept(rows[0]);
                    }
                    sink.accept(deal);
                }), () -> summary[0].stageSetup());
        workbook.setAsOf(dataset.id(), asOf != null ? asOf : lastModifiedDay(file));
        int carried = earlier.isPresent() ? carryOverSwitches(workbook, earlier.get(), dataset) : 0;
        return keep(workbook, dataset, reportOf(nameOf(file), summary[0]), carried);
    }

    /**
     * Imports deals made rather than read — as the export {@code sourceFile} of their source taken on {@code asOf},
     * a snapshot like an import of that file with the default mapping, every deal kept (the sample's history).
     */
    public static Imported deals(Workbook workbook, String sourceFile, List<Deal> deals, StageSetup stages,
                                 LocalDate asOf) throws WorkbookException {
        Dataset dataset = workbook.importDeals(sourceFile, sourceFile, stages,
                ImportMappingJson.toJson(ImportMapping.defaults()), sink -> deals.forEach(sink));
        workbook.setAsOf(dataset.id(), asOf);
        return keep(workbook, dataset, ImportReport.of(Dataset.Kind.DEALS.key(), sourceFile, deals.size(),
                deals.size(), new RowProblems(sourceFile)), 0);
    }

    /** What a deals import found, in the report's terms (the same for the wizard's check and the import). */
    public static ImportReport reportOf(String fileName, DealsCsvReader.Summary read) {
        Map<String, Long> filled = new LinkedHashMap<>();
        if (read.filled().amountFromListPrice() > 0) {
            filled.put(AMOUNT_FROM_LIST_PRICE, read.filled().amountFromListPrice());
        }
        if (read.filled().amountBlank() > 0) {
            filled.put(AMOUNT_BLANK, read.filled().amountBlank());
        }
        List<Detection> detections = new ArrayList<>(read.detections());
        if (read.outcomeSource() == DealsCsvReader.OutcomeSource.STAGE_COLUMN) {
            detections.add(Detection.of(Detection.Code.OUTCOME_FROM_STAGE, "No outcome column: won and lost deals are read from the stage column (Won, Closed Won"
                    + " → won; Lost, Closed Lost → lost; No Decision → no decision; a lost stage also with a reason"
                    + " after it, as in Closed Lost to Competition, and in German, as in Geschlossen und gewonnen);"
                    + " every other stage is an open deal's"));
        }
        if (!read.stagesAdded().isEmpty()) {
            String stages = String.join(", ", read.stagesAdded());
            detections.add(Detection.of(Detection.Code.STAGES_ADDED, "Stages the setup did not know, added after the"
                    + " known ones as Pipeline stages: " + stages, stages));
        }
        if (read.openWithoutCloseDate() > 0) {
            detections.add(Detection.of(Detection.Code.OPEN_WITHOUT_CLOSE_DATE, String.format(
                    "%,d open deal%s without a close date: imported, in no period", read.openWithoutCloseDate(),
                    read.openWithoutCloseDate() == 1 ? "" : "s"), read.openWithoutCloseDate()));
        }
        return ImportReport.of(Dataset.Kind.DEALS.key(), fileName, read.rowsRead(), read.dealsRead(), read.problems())
                .withFilled(filled).withDetections(detections).withWarnings(read.warnings().stream()
                        .map(ImportReport.Warning::of).toList());
    }

    /**
     * A newer export of the same CRM keeps the forecast switches the user set on the earlier one, deal by deal (by
     * id); the earlier import stays in the workbook as a snapshot to compare with. Returns how many were carried.
     */
    public static int carryOverSwitches(Workbook workbook, Dataset earlier, Dataset later) throws WorkbookException {
        Map<String, Boolean> switches = new HashMap<>();
        workbook.readDeals(earlier.id(), deal -> {
            if (deal.include() != null) {
                switches.put(deal.id(), deal.include());
            }
        });
        if (switches.isEmpty()) {
            return 0;
        }
        List<Long> rows = new ArrayList<>();
        List<Boolean> values = new ArrayList<>();
        long[] index = {0};
        workbook.readDeals(later.id(), deal -> {
            Boolean include = switches.get(deal.id());
            if (include != null) {
                rows.add(index[0]);
                values.add(include);
            }
            index[0]++;
        });
        for (int i = 0; i < rows.size(); i++) {
            workbook.setDealInclude(later.id(), rows.get(i), values.get(i));
        }
        return rows.size();
    }

    public static Imported ledger(Workbook workbook, Path file, ImportMapping mapping)
            throws BadInputException, WorkbookException {
        LedgerCsvReader.Result read = LedgerCsvReader.read(file, mapping);
        Dataset dataset = workbook.importLedger(nameOf(file), nameOf(file), read.ledger());
        return keep(workbook, dataset, reportOf(nameOf(file), read), 0);
    }

    /** Subscriptions expanded into a ledger dataset, and over which months (the expansion's as-of date). */
    public record ImportedSubscriptions(Imported imported, SubscriptionLedger.Expanded expanded) {
    }

    /**
     * Imports a billing system's subscriptions as the monthly ledger they expand into (imports.md §4), so the
     * Actuals view and Calibrate read it like any ledger. {@code asOf} null: the file's latest date.
     */
    public static ImportedSubscriptions subscriptions(Workbook workbook, Path file, ImportMapping mapping, LocalDate asOf)
            throws BadInputException, WorkbookException {
        SubscriptionsCsvReader.Result read = SubscriptionsCsvReader.read(file, mapping);
        SubscriptionLedger.Expanded expanded = read.expand(asOf);
        Dataset dataset = workbook.importLedger(nameOf(file), nameOf(file), expanded.ledger());
        return new ImportedSubscriptions(keep(workbook, dataset, reportOf(nameOf(file), read, expanded), 0), expanded);
    }

    /**
     * What a subscriptions import found: how the file was read and how many subscriptions became how many
     * customer-months of the ledger (the same for the analysis of the file and the import).
     */
    public static ImportReport reportOf(String fileName, SubscriptionsCsvReader.Result read,
                                        SubscriptionLedger.Expanded expanded) {
        List<Detection> detections = new ArrayList<>(read.detections());
        detections.add(Detection.of(Detection.Code.SUBSCRIPTIONS_EXPANDED, expansionSentence(expanded),
                expanded.subscriptions(), expanded.ledger().rowCount(), String.valueOf(expanded.lastMonth()),
                String.valueOf(expanded.asOf())));
        for (Ledger.NegativeMonth month : expanded.negativeMonths()) {
            detections.add(negativeMonthDetection(fileName, month, read.lines()));
        }
        return ImportReport.of(ImportKind.SUBSCRIPTIONS.key(), fileName, read.rowsRead(),
                read.rowsRead() - read.problems().total(), read.problems()).withDetections(detections);
    }

    /** A customer-month the subscriptions' credits took below 0, with the lines of its subscriptions. */
    private static Detection negativeMonthDetection(String fileName, Ledger.NegativeMonth month, List<Long> lines) {
        List<String> named = month.rows().stream().map(i -> String.valueOf(lines.get(i))).toList();
        String total = new BigDecimal(month.total()).round(new MathContext(12)).stripTrailingZeros().toPlainString();
        return Detection.of(Detection.Code.SUBSCRIPTION_MONTH_BELOW_ZERO, String.format(Locale.ROOT,
                "%s, line%s %s: customer '%s', %s adds up to an MRR of %s (credits exceed charges); the month is left"
                        + " out (0 MRR)", fileName, named.size() == 1 ? "" : "s", String.join(", ", named),
                month.customer(), month.month(), total), fileName, String.join(", ", named), month.customer(),
                String.valueOf(month.month()), total);
    }

    /** How subscriptions became the monthly ledger: counts, the months covered and the rule, in one sentence. */
    public static String expansionSentence(SubscriptionLedger.Expanded expanded) {
        return String.format(Locale.ROOT, "%,d subscription%s became %,d customer-months up to %s (the last complete"
                        + " month on %s): %s.", expanded.subscriptions(), expanded.subscriptions() == 1 ? "" : "s",
                expanded.ledger().rowCount(), expanded.lastMonth(), expanded.asOf(), SubscriptionLedger.RULE);
    }

    /** Imports customer accounts (metrics.md §7); the mapping renames the file's columns to the field names. */
    public static Imported accounts(Workbook workbook, Path file, ImportMapping mapping)
            throws BadInputException, WorkbookException {
        AccountsCsvReader.Result read = AccountsCsvReader.read(file, mapping);
        Dataset dataset = workbook.importAccounts(nameOf(file), nameOf(file), read.accounts());
        return keep(workbook, dataset, reportOf(nameOf(file), read), 0);
    }

    /**
     * How many values were left empty and why: the count, the English reason and first example, then the first
     * place (line, column, value in English; 0, "", "" when none), the number of the place's detail arguments, the
     * detail's code and those arguments, then the reason's code and its arguments.
     */
    private static Object[] leftEmptyArgs(RowProblems.Reason note, String first) {
        RowProblems.Place place = note.places().isEmpty() ? new RowProblems.Place(0, "", "") : note.places().get(0);
        return Stream.of(Stream.of(note.count(), note.reason(), first, place.line(),
                        place.column() == null ? "" : place.column(), place.detail() == null ? "" : place.detail(),
                        (long) place.coded().args().size(), place.coded().code().name()),
                place.coded().args().stream(), Stream.of(note.coded().code().name()), note.coded().args().stream())
                .flatMap(args -> args).toArray();
    }

    /** What an accounts import found: how the file was read, values left empty, indicators missing. */
    public static ImportReport reportOf(String fileName, AccountsCsvReader.Result read) {
        List<Detection> notes = new ArrayList<>(read.detections());
        for (RowProblems.Reason note : read.notes().reasons()) {
            String first = note.examples().isEmpty() ? "" : note.examples().get(0);
            notes.add(Detection.of(Detection.Code.VALUES_LEFT_EMPTY, String.format("%,d value%s left empty: %s",
                    note.count(), note.count() == 1 ? "" : "s", note.reason()) + (first.isEmpty() ? "" : " (first: "
                    + first + ")"), leftEmptyArgs(note, first)));
        }
        return ImportReport.of(Dataset.Kind.ACCOUNTS.key(), fileName, read.rowsRead(),
                read.accounts().size(), read.problems()).withDetections(notes)
                .withWarnings(read.warnings().stream().map(w -> new ImportReport.Warning("INDICATOR_MISSING", w)).toList());
    }

    /** Imports a marketing tool's leads (imports.md §5) with the funnel steps the file has a column for. */
    public static Imported leads(Workbook workbook, Path file, ImportMapping mapping)
            throws BadInputException, WorkbookException {
        LeadsCsvReader.Result read = LeadsCsvReader.read(file, mapping);
        Dataset dataset = workbook.importLeads(nameOf(file), nameOf(file), read.data());
        return keep(workbook, dataset, reportOf(nameOf(file), read), 0);
    }

    /** What a leads import found (the same for the analysis of the file and the import). */
    public static ImportReport reportOf(String fileName, LeadsCsvReader.Result read) {
        List<LeadStage> steps = read.data().orderedSteps();
        String named = String.join(" → ", steps.stream().map(LeadStage::label).toList());
        Detection funnel = steps.size() == 1
                ? Detection.of(Detection.Code.FUNNEL_LEADS_ONLY,
                        "No column for a later step (mql, sql, sal, won): the funnel counts leads only")
                : Detection.of(Detection.Code.FUNNEL_STEPS, "The funnel's steps: " + named
                        + " (a step without a column in the file is left out)", named);
        return ImportReport.of(Dataset.Kind.LEADS.key(), fileName, read.rowsRead(),
                read.rowsRead() - read.problems().total(), read.problems())
                .withDetections(Stream.concat(read.detections().stream(), Stream.of(funnel)).toList());
    }

    /** What a ledger import found (the same for the analysis of the file and the import). */
    public static ImportReport reportOf(String fileName, LedgerCsvReader.Result read) {
        List<Detection> detections = new ArrayList<>(read.detections());
        List<Ledger.Gap> gaps = read.ledger().gaps(GAPS_NAMED);
        if (!gaps.isEmpty()) {
            List<String> named = gaps.stream().map(g -> g.customer() + " (" + g.monthsMissing()
                    + (g.monthsMissing() == 1 ? " month" : " months") + ", first " + g.firstMissing() + ")").toList();
            List<Object> args = new ArrayList<>(List.of(gaps.size() == GAPS_NAMED ? GAPS_NAMED : 0));
            gaps.forEach(g -> args.addAll(List.of(g.customer(), g.monthsMissing(), String.valueOf(g.firstMissing()))));
            detections.add(Detection.of(Detection.Code.LEDGER_GAPS, (gaps.size() == GAPS_NAMED ? "The first "
                    + GAPS_NAMED + " customers" : "Customers") + " with months without MRR inside their life, read as"
                    + " churned then reactivated: " + String.join(", ", named), args.toArray()));
        }
        return ImportReport.of(Dataset.Kind.LEDGER.key(), fileName, read.rowsRead(),
                read.rowsRead() - read.problems().total(), read.problems()).withDetections(detections);
    }

    /**
     * What importing {@code file} as {@code kind} would find, without writing anything: the same readers and the
     * same report as the import, with how the file was read (encoding or sheet, date readings, columns not used,
     * lookups matched).
     */
    public static ImportReport check(ImportKind kind, Path file, ImportMapping mapping) throws BadInputException {
        String name = nameOf(file);
        return switch (kind) {
            case DEALS -> reportOf(name, DealsCsvReader.read(file, mapping, deal -> { }));
            case LEDGER -> reportOf(name, LedgerCsvReader.read(file, mapping));
            case ACCOUNTS -> reportOf(name, AccountsCsvReader.read(file, mapping));
            case SUBSCRIPTIONS -> {
                SubscriptionsCsvReader.Result read = SubscriptionsCsvReader.read(file, mapping);
                yield reportOf(name, read, read.expand(null));
            }
            case LEADS -> reportOf(name, LeadsCsvReader.read(file, mapping));
        };
    }

    /**
     * The import's report with how the file was recognised (e.g. "Recognised as a Salesforce opportunity report")
     * first, kept with its dataset; itself when the file was read with the user's mapping or the defaults.
     */
    public static Imported withRecognition(Workbook workbook, Imported imported, ExportRecognition.Reading reading)
            throws WorkbookException {
        if (reading.detections().isEmpty()) {
            return imported;
        }
        return keep(workbook, imported.dataset(), ExportRecognition.withDetections(imported.report(), reading),
                imported.switchesCarried());
    }

    /**
     * The report to show for a dataset: the kept one, or — when it cannot be read — what the dataset itself says, with
     * the reason as a detection, so the data stays usable and the damage is said.
     */
    public static ImportReport shownReportOf(Dataset dataset) {
        try {
            return reportOf(dataset);
        } catch (BadInputException e) {
            return ImportReport.of(dataset.kind().key(), dataset.sourceFile(), dataset.rowCount(), dataset.rowCount(),
                    new RowProblems(dataset.sourceFile())).withDetections(List.of(Detection.of(
                    Detection.Code.REPORT_UNREADABLE, "import report: " + e.getMessage(), e.getMessage())));
        }
    }

    /** The report kept with a dataset; for an import made before reports were kept, what the dataset itself says. */
    public static ImportReport reportOf(Dataset dataset) throws BadInputException {
        if (dataset.report().isPresent()) {
            return ImportReportJson.parse(dataset.report().get());
        }
        return ImportReport.of(dataset.kind().key(), dataset.sourceFile(), dataset.rowCount(), dataset.rowCount(),
                new RowProblems(dataset.sourceFile()));
    }

    private static Imported keep(Workbook workbook, Dataset dataset, ImportReport report, int carried)
            throws WorkbookException {
        String json = ImportReportJson.toJson(report);
        workbook.setImportReport(dataset.id(), json);
        return new Imported(workbook.dataset(dataset.id()), report, carried);
    }

    /** The day a file was last written, on this computer's calendar: when an export was taken, unless told. */
    public static LocalDate lastModifiedDay(Path file) {
        try {
            return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
        } catch (IOException e) {
            // The file was just read; a file system that cannot say when it was written leaves today.
            return LocalDate.now();
        }
    }

    private static String nameOf(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
