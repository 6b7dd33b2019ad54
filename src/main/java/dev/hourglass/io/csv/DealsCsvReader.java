package dev.hourglass.io.csv;

import dev.hourglass.io.BadInputException;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.ForecastCategory;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.Phase;
import dev.hourglass.model.pipeline.PipelineWarning;
import dev.hourglass.model.pipeline.PipelineWarnings;
import dev.hourglass.model.pipeline.Stage;
import dev.hourglass.model.pipeline.StageSetup;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a CRM deal export (cli.md "Deals", imports.md §3) as it comes. A row that cannot be used is left out and
 * counted with its line, column and reason; nothing is dropped silently. A file with no usable row is an error.
 *
 * <p>Without an outcome column the stage column says how a deal closed ({@link ImportMapping#outcomeOfStage}); a
 * deal closed that way is put at the last stage of the setup, since it went through every stage. Stages the setup
 * does not know are added after the known ones as Pipeline stages. An open deal may have no close date; a blank
 * amount is 0, and an amount of 0 takes the deal's list price when it has one.
 */
public final class DealsCsvReader {
    public static final List<String> FIELDS = List.of("id", "amount", "stage", "closeDate", "outcome", "segment",
            "competitor", "owner", "team", "source", "originalCloseDate", "createdDate", "include", "listPrice",
            "amountPeriod", "closedDate", "wonDate", "lostDate");
    public static final List<String> REQUIRED = List.of("id", "amount", "stage", "closeDate");
    /** The names of a column giving each deal's currency (Pipedrive, Salesforce, HubSpot, Close, generic). */
    private static final List<String> CURRENCY_COLUMNS = List.of("Currency", "Deal - Currency",
            "Deal - Currency of value", "Deal currency code", "Opportunity Currency", "Amount Currency",
            "Currency Code", "Currency ISO Code", "value_currency", "Affaire - Devise");
    /**
     * The deals of a piece of the second part: the first part's reader takes each on once it is done with its own,
     * while the other thread reads on, so that work is off the end of the read but for the last piece.
     */
    private static final int DEALS_A_PIECE = 8192;

    /** Where the deals' outcomes came from. */
    public enum OutcomeSource {
        OUTCOME_COLUMN("outcome column"), STAGE_COLUMN("from the stage column");

        private final String label;

        OutcomeSource(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Values the import supplied where the file had none.
     *
     * @param amountFromListPrice deals whose amount was blank or 0 and took their list price
     * @param amountBlank         deals whose amount was blank, with no list price either: their amount is 0
     */
    public record Filled(long amountFromListPrice, long amountBlank) {
    }

    /** The deals read, and the rows left out. */
    public record Result(List<Deal> deals, RowProblems problems, long rowsRead, Summary summary) {
    }

    /**
     * What a read saw, for the import's report.
     *
     * @param stagesAdded          stages the setup did not know, in the order first met, added as Pipeline stages
     * @param stageSetup           the mapping's stage setup with {@code stagesAdded} after its stages
     * @param openWithoutCloseDate open deals read without a close date (they belong to no period)
     * @param warnings             what the whole file cannot support (lost deals without amounts …), before any
     *                             period is chosen; an analysis warns of its own period
     */
    public record Summary(RowProblems problems, long rowsRead, long dealsRead, List<String> stagesAdded,
                          StageSetup stageSetup, OutcomeSource outcomeSource, Filled filled,
                          long openWithoutCloseDate, List<Detection> detections, List<PipelineWarning> warnings) {
        public Summary {
            stagesAdded = List.copyOf(stagesAdded);
            detections = List.copyOf(detections);
            warnings = List.copyOf(warnings);
        }
    }

    private DealsCsvReader() {
    }

    /** Reads every deal into memory. */
    public static Result read(Path file, ImportMapping mapping) throws BadInputException {
        List<Deal> deals = new ArrayList<>();
        Summary summary = read(file, mapping, deals::add);
        return new Result(deals, summary.problems(), summary.rowsRead(), summary);
    }

    /** Hands each usable deal to {@code sink} as it is read, holding none of them. */
    public static Summary read(Path file, ImportMapping mapping, Consumer<Deal> sink) throws BadInputException {
        return read(file, mapping, sink, DEALS_A_PIECE);
    }

    /** {@link #read(Path, ImportMapping, Consumer)} with the rows a piece of the second part holds. */
    static Summary read(Path file, ImportMapping mapping, Consumer<Deal> sink, int rowsAPiece)
            throws BadInputException {
        try (CsvFile csv = CsvFile.open(file, FIELDS, ImportKind.DEALS, mapping)) {
            csv.requireColumns(REQUIRED);
            RowReader rows = new RowReader(csv, mapping, sink);
            csv.forEachRow(rows::accept, new SecondPartReading(csv, mapping, rows, rowsAPiece));
            if (rows.dealsRead == 0) {
                throw rows.problems.noUsable("deal", rows.rowsRead);
            }
            return rows.summary(csv.detections());
        }
    }

    /** What a stage value means: the deal's stage, and its outcome when the stage column decides it. */
    private record StageValue(String stage, Outcome outcome, boolean added) {
    }

    /** A row of the second part left out: where it was among the part's deals, and why. */
    private record Rejection(int dealsBefore, long line, String column, RowReason reason, RowDetail detail) {
    }

    /**
     * A piece of a file's second part, read on another thread ({@link CsvFile#forEachRow(Consumer,
     * PartReading)}): its deals with their line numbers counted from 1 at the part's first line, the rows it left
     * out, in row order, and what its rows counted.
     */
    private static final class DealPart {
        private final List<Deal> deals;
        private long[] lines;
        private boolean[] newStage;
        /**
         * Where the ids come from an id column, the part's own duplicate check, made on its thread and shared by
         * its pieces: each deal's id hash, and the line in the part where its id came first (-1 for a deal whose id
         * is new in the part). The first part's reader then only looks each id up among its own. Null where names
         * give the ids: a repeated name is told apart by its line, in file order, by the first part's reader.
         */
        private final SeenIds seenInPart;
        private int[] idHashes;
        private long[] firstInPart;
        private final List<Rejection> rejections = new ArrayList<>();
        /** What the piece's rows counted, once it has all of them ({@link RowReader#endPiece}). */
        private long rowsRead;
        private long amountFromListPrice;
        private long amountBlank;
        private AmountPeriods periods;
        private CurrencyCounts currencies;
        /** The lines of the file before the part, once the piece is taken on. */
        private long linesBefore;

        DealPart(SeenIds seenInPart, int rows) {
            this.seenInPart = seenInPart;
            int capacity = Math.min(rows, 1 << 16) + 1;
            deals = new ArrayList<>(capacity);
            lines = new long[capacity];
            newStage = new boolean[capacity];
            idHashes = new int[capacity];
            firstInPart = new long[capacity];
        }

        void add(Deal deal, long line, boolean addsStage) {
            int i = deals.size();
            if (i == lines.length) {
                lines = Arrays.copyOf(lines, i * 2);
                newStage = Arrays.copyOf(newStage, i * 2);
                idHashes = Arrays.copyOf(idHashes, i * 2);
                firstInPart = Arrays.copyOf(firstInPart, i * 2);
            }
            deals.add(deal);
            lines[i] = line;
            newStage[i] = addsStage;
            if (seenInPart != null) {
                int hash = SeenIds.hash(deal.id());
                idHashes[i] = hash;
                firstInPart[i] = seenInPart.addOrFirstLine(deal.id(), hash, line);
            }
        }
    }

    /**
     * Reads the second part into {@link DealPart}s with a reader of its own; the first part's reader takes them on
     * in file order.
     */
    private static final class SecondPartReading implements PartReading<DealPart> {
        private final CsvFile csv;
        private final ImportMapping mapping;
        private final RowReader first;
        private final int rowsAPiece;
        /** The part's reader and duplicate check, made and used on the other thread only. */
        private RowReader reader;
        private SeenIds seenInPart;

        SecondPartReading(CsvFile csv, ImportMapping mapping, RowReader first, int rowsAPiece) {
            this.csv = csv;
            this.mapping = mapping;
            this.first = first;
            this.rowsAPiece = rowsAPiece;
        }

        @Override
        public DealPart newPiece() {
            if (reader == null) {
                reader = new RowReader(csv, mapping, null);
                seenInPart = reader.idFromName ? null : new SeenIds((long) (csv.estimatedRows() * 0.6));
            }
            DealPart piece = new DealPart(seenInPart, rowsAPiece);
            reader.piece = piece;
            return piece;
        }

        @Override
        public void read(DealPart piece, CsvRow row) {
            reader.readInto(piece, row);
        }

        @Override
        public void endPiece(DealPart piece) {
            reader.endPiece(piece);
        }

        @Override
        public int rowsAPiece() {
            return rowsAPiece;
        }

        @Override
        public void handOn(DealPart piece, long linesBefore) {
            first.takeOn(piece, linesBefore);
        }
    }

    /** Turns rows into deals, remembering what it could not use. */
    private static final class RowReader {
        private final ImportMapping mapping;
        private final RowProblems problems;
        private final Consumer<Deal> sink;
        /** The piece of the second part this reader reads into for another, or null when it keeps its deals itself. */
        private DealPart piece;
        /**
         * Pieces taken on whose ids were looked up, not added: if this reader reads rows again after them (the
         * second part could not be read to its end on the other thread), their ids are added first.
         */
        private final List<DealPart> idsLookedUpOnly = new ArrayList<>();
        private long dealsRead;
        private long won;
        private long wonWithoutAmount;
        private long lost;
        private long lostWithoutAmount;
        private boolean anyOriginalCloseDate;
        /**
         * The ids seen, made at the first use: once the file is split in two, sized for the first part's rows (the
         * table is zeroed as it is made: a table for the whole file was 16 MB more to clear, before the second part
         * started).
         */
        private SeenIds seenIds;
        private final CsvFile csv;
        private final TextPool texts = new TextPool();
        private final Map<String, Optional<Outcome>> outcomes = new HashMap<>();
        private final Map<String, StageValue> stageValues = new HashMap<>();
        private final Set<String> stagesAdded = new LinkedHashSet<>();
        private final String lastStage;
        private final int id;
        private final int amount;
        private final int stage;
        private final int closeDate;
        /** The day a won or lost deal closed, a won one's, a lost one's (-1: no such column). */
        private final int closedDate;
        private final int wonDate;
        private final int lostDate;
        /** Whether any of those three columns is there: without, a row reads no more than its close date. */
        private final boolean dayClosedColumns;
        /** Whether the close date column is one of those, as the file has no expected close date. */
        private final boolean noExpectedCloseDate;
        private final int outcome;
        private final int segment;
        private final int competitor;
        private final int owner;
        private final int team;
        private final int source;
        private final int originalCloseDate;
        private final int createdDate;
        private final int include;
        private final int listPrice;
        /** Each amount's period (Close's value_period), when the file gives it. */
        private AmountPeriods periods;
        private final List<String> header;
        private long rowsRead;
        private long amountFromListPrice;
        private long amountBlank;
        private long openWithoutCloseDate;
        /** Whether the ids are deal names (the file has no id column): a repeated name is another deal. */
        private final boolean idFromName;
        private long repeatedNames;
        private String firstRepeatedName;
        /** The column of each deal's currency where the amounts are in the deal's own currency, else -1. */
        private final int currency;
        private CurrencyCounts currencies = new CurrencyCounts();
        /** Whether the row being read has a stage the setup does not know (added once its deal is read). */
        private boolean rowHasNewStage;

        /** @param sink where its deals go; null for the reader of the second part, which keeps them in pieces */
        RowReader(CsvFile csv, ImportMapping mapping, Consumer<Deal> sink) {
            this.mapping = mapping;
            this.sink = sink;
            this.csv = csv;
            this.problems = new RowProblems(csv.fileName());
            this.header = csv.header();
            List<Stage> known = mapping.stageSetup().stages();
            this.lastStage = known.get(known.size() - 1).name();
            id = csv.column("id");
            idFromName = csv.columns().match("id").filter(m -> m.how() == ColumnMatch.How.RECOGNISED
                    && ColumnNames.isDealName(m.recognisedAs())).isPresent();
            amount = csv.column("amount");
            stage = csv.column("stage");
            closeDate = csv.column("closeDate");
            closedDate = csv.column("closedDate");
            wonDate = csv.column("wonDate");
            lostDate = csv.column("lostDate");
            dayClosedColumns = closedDate >= 0 || wonDate >= 0 || lostDate >= 0;
            noExpectedCloseDate = closeDate >= 0 && ColumnNames.of(ImportKind.DEALS).hasOnlyDayClosed(header,
                    header.get(closeDate));
            outcome = csv.column("outcome");
            segment = csv.column("segment");
            competitor = csv.column("competitor");
            owner = csv.column("owner");
            team = csv.column("team");
            source = csv.column("source");
            originalCloseDate = csv.column("originalCloseDate");
            createdDate = csv.column("createdDate");
            include = csv.column("include");
            listPrice = csv.column("listPrice");
            currency = csv.columns().match("amount").filter(m -> m.how() == ColumnMatch.How.RECOGNISED
                    && ColumnNames.isConvertedAmount(m.recognisedAs())).isPresent() ? -1
                    : csv.headerColumn(CURRENCY_COLUMNS);
            periods = new AmountPeriods(header, amount, csv.column("amountPeriod"));
        }

        void accept(CsvRow row) {
            if (!idsLookedUpOnly.isEmpty()) {
                addIdsLookedUpOnly();
            }
            rowsRead++;
            try {
                accept(toDeal(row), row.line(), rowHasNewStage);
            } catch (RowRejected counted) {
                // already counted in problems
            }
        }

        private void accept(Deal read, long line, boolean addsStage) {
            Deal deal = read;
            long firstLine = seenIds().addOrFirstLine(deal.id(), line);
            if (firstLine >= 0 && idFromName) {
                // a name, not an id, tells deals apart here: two deals may share one; the line tells them apart
                deal = read.withId(read.id() + " (line " + line + ")");
                firstLine = seenIds().addOrFirstLine(deal.id(), line);
                if (firstLine < 0 && repeatedNames++ == 0) {
                    firstRepeatedName = deal.id();
                }
            }
            use(deal, line, firstLine, addsStage);
        }

        /** Counts a deal whose id came first on {@code firstLine} as a duplicate, else takes it (-1: a new id). */
        private void use(Deal deal, long line, long firstLine, boolean addsStage) {
            if (firstLine >= 0) {
                problems.add(line, header.get(id), RowReason.of(RowReason.Code.DUPLICATE_ID, "duplicate id"),
                        RowDetail.firstOnLine(deal.id(), firstLine));
                return;
            }
            dealsRead++;
            if (addsStage) {
                stagesAdded.add(deal.stage());
            }
            if (deal.closeDate() == null) {
                openWithoutCloseDate++;
            }
            countAmountGaps(deal);
            sink.accept(deal);
        }

        private SeenIds seenIds() {
            if (seenIds == null) {
                seenIds = new SeenIds(csv.estimatedRowsReadHere());
            }
            return seenIds;
        }

        /** Reads a row of the second part for the first part's reader ({@link #takeOn}). */
        void readInto(DealPart into, CsvRow row) {
            rowsRead++;
            try {
                into.add(toDeal(row), row.line(), rowHasNewStage);
            } catch (RowRejected counted) {
                // recorded in the part
            }
        }

        /** The piece has all its rows: what they counted moves to it, and the next piece counts afresh. */
        void endPiece(DealPart done) {
            done.rowsRead = rowsRead;
            done.amountFromListPrice = amountFromListPrice;
            done.amountBlank = amountBlank;
            done.periods = periods;
            done.currencies = currencies;
            rowsRead = 0;
            amountFromListPrice = 0;
            amountBlank = 0;
            periods = periods.fresh();
            currencies = new CurrencyCounts();
        }

        /** Takes on a piece of the second part after the rows before it, as if this reader had read them itself. */
        void takeOn(DealPart second, long linesBefore) {
            second.linesBefore = linesBefore;
            if (second.seenInPart != null) {
                idsLookedUpOnly.add(second);
            }
            List<Rejection> rejected = second.rejections;
            int next = 0;
            for (int d = 0; d <= second.deals.size(); d++) {
                for (; next < rejected.size() && rejected.get(next).dealsBefore() == d; next++) {
                    Rejection r = rejected.get(next);
                    problems.add(r.line() + linesBefore, r.column(), r.reason(), r.detail());
                }
                if (d < second.deals.size()) {
                    takeOn(second, d, linesBefore);
                }
            }
            rowsRead += second.rowsRead;
            amountFromListPrice += second.amountFromListPrice;
            amountBlank += second.amountBlank;
            periods.add(second.periods);
            currencies.addAll(second.currencies);
        }

        /** Adds the ids of the pieces taken on by look-up alone, so that rows read after them find them. */
        private void addIdsLookedUpOnly() {
            for (DealPart taken : idsLookedUpOnly) {
                for (int d = 0; d < taken.deals.size(); d++) {
                    seenIds().addOrFirstLine(taken.deals.get(d).id(), taken.idHashes[d],
                            taken.lines[d] + taken.linesBefore);
                }
            }
            idsLookedUpOnly.clear();
        }

        /**
         * Takes on the part's deal {@code d}: a duplicate of a deal of the first part, or of one before it in the
         * part (found on the part's thread), or a new one — as {@link #accept(Deal, long, boolean)} would find.
         */
        private void takeOn(DealPart second, int d, long linesBefore) {
            Deal deal = second.deals.get(d);
            long line = second.lines[d] + linesBefore;
            if (second.seenInPart == null) {
                accept(deal, line, second.newStage[d]);
                return;
            }
            long firstLine = seenIds().firstLine(deal.id(), second.idHashes[d]);
            if (firstLine < 0 && second.firstInPart[d] >= 0) {
                firstLine = second.firstInPart[d] + linesBefore;
            }
            use(deal, line, firstLine, second.newStage[d]);
        }

        private void countAmountGaps(Deal deal) {
            anyOriginalCloseDate |= deal.originalCloseDate() != null;
            if (deal.outcome() == Outcome.WON) {
                won++;
                wonWithoutAmount += deal.amount() == 0 ? 1 : 0;
            } else if (deal.outcome().isClosed()) {
                lost++;
                lostWithoutAmount += deal.amount() == 0 ? 1 : 0;
            }
        }

        /** How repeated deal names were told apart, for the import report; empty when none repeated. */
        private List<Detection> withNameDetections(List<Detection> detections) {
            if (repeatedNames == 0) {
                return detections;
            }
            List<Detection> all = new ArrayList<>(detections);
            all.add(Detection.of(Detection.Code.DEAL_NAMES_REPEATED, String.format("'%s' gives the deal ids, as the file has no ID column: %,d deal%s share%s a name"
                    + " with an earlier one, so the line is added to tell %s apart (e.g. '%s'); add the ID column to"
                    + " the export to follow deals from one export to the next", header.get(id), repeatedNames,
                    repeatedNames == 1 ? "" : "s", repeatedNames == 1 ? "s" : "", repeatedNames == 1 ? "it" : "them",
                    firstRepeatedName), header.get(id), repeatedNames, firstRepeatedName));
            return all;
        }

        Summary summary(List<Detection> read) {
            List<Detection> detections = new ArrayList<>(withNameDetections(read));
            detections.addAll(periods.detections());
            if (dayClosedColumns || noExpectedCloseDate) {
                detections.add(closedDealsDated());
            }
            Detection mixed = currency < 0 ? null : currencies.detection(header.get(amount), header.get(currency));
            if (mixed != null) {
                detections.add(mixed);
            }
            List<Stage> stages = new ArrayList<>(mapping.stageSetup().stages());
            stagesAdded.forEach(name -> stages.add(new Stage(name, Phase.of(ForecastCategory.PIPELINE))));
            return new Summary(problems, rowsRead, dealsRead, List.copyOf(stagesAdded),
                    new StageSetup(stages, mapping.stageSetup().salStage()),
                    outcome >= 0 ? OutcomeSource.OUTCOME_COLUMN : OutcomeSource.STAGE_COLUMN,
                    new Filled(amountFromListPrice, amountBlank), openWithoutCloseDate, detections,
                    PipelineWarnings.of(PipelineWarning.Scope.FILE, won, wonWithoutAmount, lost, lostWithoutAmount,
                            anyOriginalCloseDate));
        }

        /** Which columns date the closed deals and which the open ones, for the import report. */
        private Detection closedDealsDated() {
            String open = header.get(closeDate);
            String won = header.get(wonDate >= 0 ? wonDate : closedDate >= 0 ? closedDate : closeDate);
            String lost = header.get(lostDate >= 0 ? lostDate : closedDate >= 0 ? closedDate : closeDate);
            if (noExpectedCloseDate) {
                String noneOpen = "; the file has no expected close date, so open deals have none";
                return won.equals(lost)
                        ? Detection.of(Detection.Code.CLOSED_DEALS_DATED_ONLY, String.format("closed deals are dated"
                                + " by '%s' (the day they closed)" + noneOpen, won), won)
                        : Detection.of(Detection.Code.WON_AND_LOST_DEALS_DATED_ONLY, String.format("won deals are"
                                + " dated by '%s' and lost ones by '%s' (the day they closed)" + noneOpen, won, lost),
                                won, lost);
            }
            if (won.equals(lost)) {
                return Detection.of(Detection.Code.CLOSED_DEALS_DATED, String.format("closed deals are dated by '%s'"
                        + " (the day they closed; where it is blank, by '%s'), open ones by '%s'", won, open, open),
                        won, open);
            }
            return Detection.of(Detection.Code.WON_AND_LOST_DEALS_DATED, String.format("won deals are dated by '%s'"
                    + " and lost ones by '%s' (the day they closed; where it is blank, by '%s'), open ones by '%s'",
                    won, lost, open, open), won, lost, open);
        }

        private Deal toDeal(CsvRow row) throws RowRejected {
            if (row.fieldCount() < header.size()) {
                throw record(row.line(), null, RowProblems.SHORT_ROW, RowProblems.shortRowDetail(row, header.size()));
            }
            String dealId = row.string(id).strip();
            if (dealId.isEmpty()) {
                throw reject(row, id, RowReason.empty("id"), null);
            }
            StageValue stageValue = stageValue(row);
            rowHasNewStage = stageValue.added();
            Outcome result = stageValue.outcome() != null ? stageValue.outcome() : outcomeColumn(row);
            LocalDate close = closeDate(row, result);
            double value = amount(row);
            if (periods.column() >= 0 && value != 0) {
                value = periods.forAYear(value, row.text(periods.column(), texts));
            }
            Deal deal = new Deal(dealId, value, stageValue.stage(), close, result, text(row, segment),
                    text(row, competitor), text(row, owner), text(row, team), text(row, source),
                    optionalDate(row, originalCloseDate, "originalCloseDate"),
                    optionalDate(row, createdDate, "createdDate"), optionalInclude(row));
            if (currency >= 0) {
                currencies.count(row.text(currency, texts));
            }
            return deal;
        }

        /** The deal's stage and, without an outcome column, its outcome; remembered per raw value. */
        private StageValue stageValue(CsvRow row) throws RowRejected {
            String raw = row.text(stage, texts);
            StageValue known = stageValues.get(raw);
            if (known != null) {
                return known;
            }
            if (raw.isEmpty()) {
                throw reject(row, stage, RowReason.empty("stage"), null);
            }
            StageValue value;
            Outcome fromStage = outcome >= 0 ? null : mapping.outcomeOfStage(raw);
            if (fromStage != null && fromStage.isClosed()) {
                value = new StageValue(lastStage, fromStage, false);
            } else {
                String name = mapping.stage(raw).strip();
                if (name.isEmpty()) {
                    throw reject(row, stage, RowReason.empty("stage"), quote(raw));
                }
                value = new StageValue(name, fromStage, !mapping.stageSetup().contains(name));
            }
            stageValues.put(raw, value);
            return value;
        }

        private Outcome outcomeColumn(CsvRow row) throws RowRejected {
            // get before computeIfAbsent: its lambda, capturing the mapping, would be a new object every row
            String raw = row.text(outcome, texts);
            Optional<Outcome> known = outcomes.get(raw);
            if (known == null) {
                known = Optional.ofNullable(mapping.outcome(raw));
                outcomes.put(raw, known);
            }
            Outcome result = known.orElse(null);
            if (result == null) {
                throw reject(row, outcome, RowReason.of(RowReason.Code.OUTCOME_UNKNOWN, "outcome is not OPEN, WON,"
                        + " LOST_COMPETITION or LOST_NO_DECISION (map it in the mapping file)"),
                        quote(row.string(outcome)));
            }
            return result;
        }

        /**
         * The close date: a won deal's is the day it was won, else the day it closed, else its close date column; a
         * lost one's the day it was lost, else the day it closed, else its close date column (metrics.md §4). An open
         * deal may have none, a closed one must.
         */
        private LocalDate closeDate(CsvRow row, Outcome result) throws RowRejected {
            if (dayClosedColumns && result.isClosed()) {
                LocalDate day = result == Outcome.WON ? optionalDate(row, wonDate, "wonDate")
                        : optionalDate(row, lostDate, "lostDate");
                if (day == null) {
                    day = optionalDate(row, closedDate, "closedDate");
                }
                if (day != null) {
                    return day;
                }
            }
            LocalDate date = row.date(closeDate);
            if (date != null) {
                return date;
            }
            if (!row.isBlank(closeDate)) {
                throw reject(row, closeDate, RowReason.notADate("closeDate", row.dateExpected(closeDate)),
                        quote(row.string(closeDate)));
            }
            if (result.isClosed()) {
                throw reject(row, closeDate, RowReason.of(RowReason.Code.CLOSE_DATE_MISSING,
                        "closeDate is missing for a closed deal"), result.name());
            }
            return null;
        }

        /** The amount; blank is 0, and 0 takes the list price when the deal has one. */
        private double amount(CsvRow row) throws RowRejected {
            double number = row.numberOrNaN(amount); // not boxed: a Double a row was 8 MB a million rows
            boolean read = !Double.isNaN(number);
            boolean blank = !read && row.isBlank(amount);
            if (!read && !blank) {
                throw reject(row, amount, RowReason.notANumber("amount"), quote(row.string(amount)));
            }
            if (read && number < 0) {
                throw reject(row, amount, RowReason.negative("amount"), quote(row.string(amount)));
            }
            if (read && NumberLimit.exceeded(number)) {
                throw reject(row, amount, RowReason.tooLarge("amount"), quote(row.string(amount)));
            }
            if (read && number != 0) {
                return number;
            }
            if (listPrice >= 0 && !row.isBlank(listPrice)) {
                Double price = row.number(listPrice);
                if (price == null || price < 0) {
                    throw reject(row, listPrice, RowReason.of(RowReason.Code.LIST_PRICE_UNUSABLE,
                            "listPrice is not a number of 0 or more (the amount needs it)"),
                            quote(row.string(listPrice)));
                }
                if (NumberLimit.exceeded(price)) {
                    throw reject(row, listPrice, RowReason.tooLarge("listPrice"), quote(row.string(listPrice)));
                }
                if (price > 0) {
                    amountFromListPrice++;
                    return price;
                }
            }
            if (blank) {
                amountBlank++;
            }
            return 0;
        }

        private LocalDate requiredDate(CsvRow row, int column, String field) throws RowRejected {
            LocalDate date = row.date(column);
            if (date == null) {
                throw reject(row, column, RowReason.notADate(field, row.dateExpected(column)),
                        quote(row.string(column)));
            }
            return date;
        }

        private LocalDate optionalDate(CsvRow row, int column, String field) throws RowRejected {
            return column < 0 || row.isBlank(column) ? null : requiredDate(row, column, field);
        }

        private Boolean optionalInclude(CsvRow row) throws RowRejected {
            if (include < 0 || row.isBlank(include)) {
                return null;
            }
            switch (row.string(include).strip().toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true", "1", "include", "included":
                    return Boolean.TRUE;
                case "no", "n", "false", "0", "exclude", "excluded":
                    return Boolean.FALSE;
                default:
                    throw reject(row, include, RowReason.of(RowReason.Code.NOT_YES_OR_NO, "include is not yes or no", "include"),
                            quote(row.string(include)));
            }
        }

        private RowRejected reject(CsvRow row, int column, RowReason reason, String detail) {
            return record(row.line(), header.get(column), reason, RowDetail.value(detail));
        }

        /** Counts a row left out, or keeps it in the part for the first part's reader to count in order. */
        private RowRejected record(long line, String column, RowReason reason, RowDetail detail) {
            if (piece != null) {
                piece.rejections.add(new Rejection(piece.deals.size(), line, column, reason, detail));
            } else {
                problems.add(line, column, reason, detail);
            }
            return RowRejected.INSTANCE;
        }

        private String text(CsvRow row, int column) {
            if (column < 0) {
                return "";
            }
            return row.text(column, texts);
        }

        private static String quote(String value) {
            return "'" + value + "'";
        }
    }
}
