package dev.hourglass.app;

import dev.hourglass.app.SampleWords.SampleScenario;
import dev.hourglass.io.AtomicFile;
import dev.hourglass.io.BadInputException;
import dev.hourglass.io.csv.ImportMapping;
import dev.hourglass.io.sample.AccountsGenerator;
import dev.hourglass.io.sample.DealsGenerator;
import dev.hourglass.io.sample.LedgerGenerator;
import dev.hourglass.model.channels.ChannelInputs;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.EarlierExport;
import dev.hourglass.model.pipeline.StageSetup;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The workbook a new user starts from: the seeds' scenarios (base case, NRR 110 %, retention programme), a scenario
 * whose channels are the generated accounts' sources and campaigns, and a generated CRM export, subscription ledger
 * and customer accounts, so every view has numbers to show. The CRM export comes with its history — the exports of
 * the same CRM taken at the end of each of the {@value #HISTORY_QUARTERS} quarters before it — so the backtest of
 * the odds has periods to test. Deterministic.
 */
public final class SampleWorkbook {
    public static final String FILE_NAME = "Sample" + Workbook.EXTENSION;
    public static final int DEALS = 20_000;
    public static final int LEDGER_ROWS = 30_000;
    public static final int ACCOUNTS = 5_000;
    /** How many quarters before the latest deals export have an export of their own. */
    public static final int HISTORY_QUARTERS = 8;
    private static final long SEED = 42;
    private static final String DEALS_FILE = "crm-export.csv";

    private SampleWorkbook() {
    }

    /** Where the app keeps the sample when no file is given: {@code ~/Hourglass/Sample.hourglass}. */
    public static Path defaultLocation() {
        return Path.of(System.getProperty("user.home"), "Hourglass", FILE_NAME);
    }

    /** What building the sample is doing, for a progress display: step {@code done} of {@code total}. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total, doing) -> { };

        void step(int done, int total, Step doing);
    }

    /** The steps of building the sample, each with the rows it generates (0 when it generates none). */
    public enum Step {
        ADD_SCENARIOS(0),
        GENERATE_DEALS(DEALS),
        IMPORT_DEAL_HISTORY(0),
        IMPORT_DEALS(0),
        GENERATE_LEDGER(LEDGER_ROWS),
        IMPORT_LEDGER(0),
        GENERATE_ACCOUNTS(ACCOUNTS),
        IMPORT_ACCOUNTS(0),
        OPEN(0);

        private final int rows;

        Step(int rows) {
            this.rows = rows;
        }

        public int rows() {
            return rows;
        }
    }

    private static final int STEPS = 8;

    /** Opens the sample at its location, building it first when it is not there yet. */
    public static Workbook openOrCreate(Path file) throws WorkbookException {
        return openOrCreate(file, Progress.NONE);
    }

    /** Opens the sample at its location, building it first (telling {@code progress}) when it is not there yet. */
    public static Workbook openOrCreate(Path file, Progress progress) throws WorkbookException {
        return openOrCreate(file, progress, SampleWords.ENGLISH);
    }

    /** Opens the sample at its location, building it first in {@code words}' language when it is not there yet. */
    public static Workbook openOrCreate(Path file, Progress progress, SampleWords words) throws WorkbookException {
        if (!Files.exists(file)) {
            create(file, progress, words);
        }
        return Workbook.open(file, JsonScenarioCodec.INSTANCE);
    }

    /** Builds the sample workbook; the file must not exist. */
    public static void create(Path file) throws WorkbookException {
        create(file, Progress.NONE);
    }

    /** Builds the sample workbook, telling {@code progress} each step; the file must not exist. */
    public static void create(Path file, Progress progress) throws WorkbookException {
        create(file, progress, SampleWords.ENGLISH);
    }

    /** Builds the sample workbook, its scenarios named and described in {@code words}' language. */
    public static void create(Path file, Progress progress, SampleWords words) throws WorkbookException {
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new WorkbookException(WorkbookException.Reason.WRITE_FAILED, "Could not create the folder " + folder
                    + " for the sample workbook (" + e.getMessage() + ")", e);
        }
        Path scratch;
        try {
            scratch = Files.createTempDirectory("hourglass-sample");
        } catch (IOException e) {
            throw new WorkbookException(WorkbookException.Reason.WRITE_FAILED, "Could not make a temporary folder for "
                    + "the sample data (" + e.getMessage() + ")", e);
        }
        Path deals = scratch.resolve(DEALS_FILE);
        Path ledger = scratch.resolve("billing-ledger.csv");
        Path accounts = scratch.resolve("customer-accounts.csv");
        boolean created = false;
        boolean complete = false;
        try (Workbook workbook = Workbook.create(file, Scenario.DEFAULT_CURRENCY, Locale.getDefault().toLanguageTag(),
                JsonScenarioCodec.INSTANCE)) {
            created = true;
            progress.step(0, STEPS, Step.ADD_SCENARIOS);
            for (Scenario scenario : scenarios(words)) {
                workbook.addScenario(scenario);
            }
            progress.step(1, STEPS, Step.GENERATE_DEALS);
            List<Deal> latest = new DealsGenerator(SEED).deals(DEALS);
            progress.step(2, STEPS, Step.IMPORT_DEAL_HISTORY);
            EarlierExport history = new EarlierExport(StageSetup.defaults(), DealsGenerator.EXPORTED_ON);
            for (LocalDate day : historyDays()) {
                // made in memory: through a file, the eight imports would add seconds to the first start
                DataImports.deals(workbook, DEALS_FILE, history.on(day, latest), StageSetup.defaults(), day);
            }
            progress.step(3, STEPS, Step.IMPORT_DEALS);
            write(deals, out -> DealsGenerator.write(out, latest));
            DataImports.deals(workbook, deals, ImportMapping.defaults(), DealsGenerator.EXPORTED_ON);
            progress.step(4, STEPS, Step.GENERATE_LEDGER);
            write(ledger, out -> new LedgerGenerator(SEED).write(out, LEDGER_ROWS));
            progress.step(5, STEPS, Step.IMPORT_LEDGER);
            DataImports.ledger(workbook, ledger, ImportMapping.defaults());
            progress.step(6, STEPS, Step.GENERATE_ACCOUNTS);
            write(accounts, out -> new AccountsGenerator(SEED).write(out, ACCOUNTS));
            progress.step(7, STEPS, Step.IMPORT_ACCOUNTS);
            DataImports.accounts(workbook, accounts, ImportMapping.defaults());
            progress.step(STEPS, STEPS, Step.OPEN);
            complete = true;
        } catch (BadInputException e) {
            throw new IllegalStateException("the generated sample data could not be read: " + e.getMessage(), e);
        } finally {
            deleteQuietly(deals);
            deleteQuietly(ledger);
            deleteQuietly(accounts);
            deleteQuietly(scratch);
            if (created && !complete) {
                // a sample without its data is debris: the file was new, made here
                deleteQuietly(file);
            }
        }
    }

    /**
     * The days the earlier deals exports were taken, oldest first: the last day of each of the
     * {@value #HISTORY_QUARTERS} quarters before the one the latest export was taken in.
     */
    public static List<LocalDate> historyDays() {
        YearMonth quarterStart = YearMonth.from(DealsGenerator.EXPORTED_ON.with(IsoFields.DAY_OF_QUARTER, 1));
        List<LocalDate> days = new ArrayList<>();
        for (int back = HISTORY_QUARTERS; back >= 1; back--) {
            days.add(quarterStart.minusMonths(3L * (back - 1) + 1).atEndOfMonth());
        }
        return List.copyOf(days);
    }

    /** The sample's scenarios, in order: the seeds' three, then {@link #acquisitionChannels()}. */
    public static List<Scenario> scenarios() {
        return scenarios(SampleWords.ENGLISH);
    }

    /** The sample's scenarios named and described in {@code words}' language; their figures are the same. */
    public static List<Scenario> scenarios(SampleWords words) {
        List<Scenario> english = new ArrayList<>(SeedScenarios.all());
        english.add(acquisitionChannels());
        List<Scenario> all = new ArrayList<>();
        for (SampleScenario which : SampleScenario.values()) {
            Scenario scenario = english.get(which.ordinal());
            all.add(scenario.withName(words.name(which, scenario.name()))
                    .withDescription(words.description(which, scenario.description())));
        }
        return List.copyOf(all);
    }

    /**
     * The base case with one channel per source and per campaign of the generated accounts, named exactly like
     * them, so Acquisition value has a CAC for each: the spend that brought the {@value #ACCOUNTS} accounts of
     * 2023–2025 (new and activated customers are the generated counts; none churns before its first renewal, so all
     * are retained at 90 days). Campaign A's customers cost less ($18.6M for 1,241, about $15K each) than Campaign
     * B's ($12.3M for 587, about $21K), as in seed 004. Churn, expansion and ACV are still the plan's (the base
     * case's 18 %, 5 %, $24K): Acquisition value → "Use measured retention in the channels…" replaces them with
     * what each group's customers did. A source's spend is the sum of its campaigns'.
     */
    public static Scenario acquisitionChannels() {
        return SeedScenarios.baseCase().withName("Acquisition channels")
                .withDescription("The base case with channels named like the sample accounts' sources and campaigns "
                        + "and the spend that won them, 2023–2025. Campaign A's customers are cheaper; see Acquisition "
                        + "value for what they were worth.")
                .withChannels(List.of(
                        planned("Campaign A (cheaper leads)", 18_600_000, 1_241, 766),
                        planned("Campaign B (better customers)", 12_300_000, 587, 508),
                        planned("Content and SEO", 9_200_000, 1_023, 824),
                        planned("Partner referrals", 11_400_000, 715, 575),
                        planned("Industry events", 14_200_000, 569, 415),
                        planned("SDR outbound", 20_800_000, 865, 599),
                        planned("Paid search", 30_900_000, 1_828, 1_274),
                        planned("Organic", 9_200_000, 1_023, 824),
                        planned("Partner", 11_400_000, 715, 575),
                        planned("Events", 14_200_000, 569, 415),
                        planned("Outbound", 20_800_000, 865, 599)));
    }

    private static ChannelInputs planned(String name, double spend, long customers, long activated) {
        return new ChannelInputs(name, spend, customers, activated, customers, 0.18, 0.05, 24_000, 0.80);
    }

    private static void write(Path file, AtomicFile.Text generator) throws WorkbookException {
        try {
            AtomicFile.writeText(file, generator);
        } catch (IOException e) {
            throw new WorkbookException(WorkbookException.Reason.WRITE_FAILED, "Could not write the sample data "
                    + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover in the temporary folder is harmless
        }
    }
}
