package dev.hourglass.io.csv;

import dev.hourglass.io.BadInputException;
import dev.hourglass.model.leads.Lead;
import dev.hourglass.model.leads.LeadData;
import dev.hourglass.model.pipeline.LeadStage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads a marketing tool's leads export (imports.md §5): one row per lead with {@code id}, {@code createdDate},
 * {@code source}, {@code campaign}, one column per later step of the funnel ({@code mql}, {@code sql}, {@code sal},
 * {@code won}) and the won deal's {@code amount}. A step column holds either dates ({@code MQL Date}) or yes/no flags
 * ({@code Is MQL}): its first non-blank value decides which, and a value of the other kind leaves the row out.
 * A later step implies the earlier ones; a step without a column is not part of the funnel. A blank source or
 * campaign is "(none)". Unusable rows are counted with their line, column and reason; duplicate ids are refused.
 */
public final class LeadsCsvReader {
    /** The fields of a leads file; besides its own name, each is found by the names of {@link ColumnNames}. */
    public static final List<String> FIELDS = ColumnNames.of(ImportKind.LEADS).fields();
    private static final LeadStage[] LATER_STEPS = {LeadStage.MQL, LeadStage.SQL, LeadStage.SAL, LeadStage.WON};
    /** The leads read, in file order, with the steps the file had a column for, and the rows left out. */
    public record Result(LeadData data, RowProblems problems, long rowsRead, List<Detection> detections) {
        public Result {
            detections = List.copyOf(detections);
        }
    }

    private LeadsCsvReader() {
    }

    public static Result read(Path file, ImportMapping mapping) throws BadInputException {
        try (CsvFile csv = CsvFile.open(file, FIELDS, ImportKind.LEADS, mapping)) {
            RowReader rows = new RowReader(csv);
            csv.forEachRow(rows::accept);
            if (rows.leads.isEmpty()) {
                throw rows.problems.noUsable("lead row", rows.rowsRead);
            }
            List<Detection> detections = new ArrayList<>(csv.detections());
            detections.addAll(rows.stageDetections());
            return new Result(new LeadData(rows.leads, rows.steps), rows.problems, rows.rowsRead, detections);
        }
    }

    private static int columnOf(CsvFile csv, String field) {
        return csv.column(field);
    }

    /** What a step column holds, decided by its first non-blank value. */
    private enum StepValues { UNDECIDED, DATES, FLAGS }

    /** Why a row was left out; no stack trace, a file of bad rows must not pay for one each. */
    private static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int column;
        private final RowReason reason;

        Rejected(int column, RowReason reason) {
            super(reason.english(), null, false, false);
            this.column = column;
            this.reason = reason;
        }
    }

    /** Turns rows into leads; a field it cannot read rejects the row, naming the column. */
    private static final class RowReader {
        private final List<Lead> leads = new ArrayList<>();
        private final Set<LeadStage> steps = EnumSet.noneOf(LeadStage.class);
        private final RowProblems problems;
        private final SeenIds seenIds = new SeenIds();
        private final TextPool texts = new TextPool();
        private final List<String> header;
        private final int id;
        private final int created;
        private final int source;
        private final int campaign;
        private final int amount;
        private final int stage;
        private long aheadOfDates;
        private String aheadExample;
        private final int[] stepColumn = new int[LATER_STEPS.length];
        private final StepValues[] stepValues = new StepValues[LATER_STEPS.length];
        private CsvRow row;
        private long rowsRead;

        RowReader(CsvFile csv) throws BadInputException {
            problems = new RowProblems(csv.fileName());
            header = csv.header();
            id = columnOf(csv, "id");
            created = columnOf(csv, "createdDate");
            source = columnOf(csv, "source");
            campaign = columnOf(csv, "campaign");
            amount = columnOf(csv, "amount");
            stage = columnOf(csv, "stage");
            csv.requireColumns(List.of("id", "createdDate"));
            for (int s = 0; s < LATER_STEPS.length; s++) {
                stepColumn[s] = columnOf(csv, LATER_STEPS[s].name().toLowerCase(Locale.ROOT));
                stepValues[s] = StepValues.UNDECIDED;
                if (stepColumn[s] >= 0 || stage >= 0) {
                    steps.add(LATER_STEPS[s]);
                }
            }
        }

        void accept(CsvRow current) {
            rowsRead++;
            row = current;
            if (problems.leftOutIfShort(row, header.size())) {
                return;
            }
            try {
                String leadId = row.text(id, texts);
                if (leadId.isEmpty()) {
                    throw new Rejected(id, RowReason.empty("id"));
                }
                if (row.isBlank(created)) {
                    throw new Rejected(created, RowReason.empty("createdDate"));
                }
                LocalDate createdDate = row.date(created);
                if (createdDate == null) {
                    throw new Rejected(created, RowReason.of(RowReason.Code.NOT_A_DATE, "createdDate is not a date",
                            "createdDate"));
                }
                LeadStage reached = LeadStage.LEAD;
                LocalDate[] dates = new LocalDate[LATER_STEPS.length];
                for (int s = 0; s < LATER_STEPS.length; s++) {
                    if (stepColumn[s] >= 0 && reachedStep(s, dates)) {
                        reached = LATER_STEPS[s];
                    }
                }
                reached = atLeastTheStage(reached);
                Lead lead = new Lead(leadId, createdDate, text(source), text(campaign), reached, dates[0], dates[1],
                        dates[2], dates[3], amount());
                // Only a usable row takes its id: a corrected row after a refused one is not a duplicate.
                long firstLine = seenIds.addOrFirstLine(leadId, row.line());
                if (firstLine >= 0) {
                    problems.add(row.line(), header.get(id), RowReason.of(RowReason.Code.DUPLICATE_ID, "id appears twice"),
                            RowDetail.firstOnLine(leadId, firstLine));
                    return;
                }
                leads.add(lead);
            } catch (Rejected rejected) {
                problems.add(row.line(), header.get(rejected.column), rejected.reason,
                        "'" + row.string(rejected.column) + "'");
            }
        }

        /** Whether the lead reached step {@code s}; its date, when the column holds dates, goes into {@code dates}. */
        private boolean reachedStep(int s, LocalDate[] dates) {
            int column = stepColumn[s];
            if (row.isBlank(column)) {
                return false;
            }
            String field = LATER_STEPS[s].name().toLowerCase(Locale.ROOT);
            if (stepValues[s] != StepValues.FLAGS) {
                LocalDate date = row.date(column);
                if (date != null) {
                    stepValues[s] = StepValues.DATES;
                    dates[s] = date;
                    return true;
                }
                if (stepValues[s] == StepValues.DATES) {
                    throw new Rejected(column, RowReason.of(RowReason.Code.STEP_NOT_A_DATE,
                            field + " is not a date (the column holds dates)", field));
                }
            }
            Boolean flag = flag(row.string(column));
            if (flag == null) {
                throw new Rejected(column, stepValues[s] == StepValues.FLAGS
                        ? RowReason.of(RowReason.Code.STEP_NOT_YES_OR_NO,
                                field + " is not yes or no (the column holds yes/no flags)", field)
                        : RowReason.of(RowReason.Code.NEITHER_DATE_NOR_YES_OR_NO,
                                field + " is neither a date nor yes or no", field));
            }
            stepValues[s] = StepValues.FLAGS;
            return flag;
        }

        /**
         * A lead's current lifecycle stage (HubSpot's "Lifecycle Stage") says it reached at least that step, also
         * when the step's date is blank, as it is on contacts imported into the tool at that stage.
         */
        private LeadStage atLeastTheStage(LeadStage byDates) {
            if (stage < 0 || row.isBlank(stage)) {
                return byDates;
            }
            LeadStage current = LifecycleStages.step(row.string(stage));
            if (current.ordinal() <= byDates.ordinal()) {
                return byDates;
            }
            if (aheadOfDates++ == 0) {
                aheadExample = "'" + row.string(stage) + "' on line " + row.line();
            }
            return current;
        }

        /** What the lifecycle stage column added to the steps the dates say, in words; empty when nothing. */
        List<Detection> stageDetections() {
            if (aheadOfDates == 0) {
                return List.of();
            }
            return List.of(Detection.of(Detection.Code.LEADS_AHEAD_OF_DATES, "'" + header.get(stage) + "': "
                    + aheadOfDates + (aheadOfDates == 1 ? " lead is at a later stage than its step dates say"
                            : " leads are at a later stage than their step dates say")
                    + " (e.g. " + aheadExample + "); each counts at its stage", header.get(stage), aheadOfDates,
                    aheadExample));
        }

        private String text(int column) {
            return column < 0 ? "" : row.text(column, texts);
        }

        private OptionalDouble amount() {
            if (amount < 0 || row.isBlank(amount)) {
                return OptionalDouble.empty();
            }
            Double value = row.number(amount);
            if (value == null || value.isNaN() || value.isInfinite()) {
                throw new Rejected(amount, RowReason.notANumber("amount"));
            }
            if (value < 0) {
                throw new Rejected(amount, RowReason.negative("amount"));
            }
            if (NumberLimit.exceeded(value)) {
                throw new Rejected(amount, RowReason.tooLarge("amount"));
            }
            return OptionalDouble.of(value);
        }

        /** yes/no, true/false, y/n, 1/0 in any case; null for anything else. */
        private static Boolean flag(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true", "1" -> Boolean.TRUE;
                case "no", "n", "false", "0" -> Boolean.FALSE;
                default -> null;
            };
        }
    }
}
