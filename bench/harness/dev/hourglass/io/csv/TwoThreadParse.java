package dev.hourglass.io.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import dev.hourglass.model.pipeline.AmountCount;
import dev.hourglass.model.pipeline.ConversionRates;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.ForecastCategory;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.Period;
import dev.hourglass.model.pipeline.PipelineAnalysis;
import dev.hourglass.model.pipeline.PipelineResult;
import dev.hourglass.model.pipeline.PipelineSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Prototype, outside src/main: how much would reading a deals file in N byte ranges, each on its own thread with
 * its own FastCSV reader, save over one range? The file is cut at line breaks outside quotes (one byte scan
 * counts quotes and lines, so each range also knows its first line number). Each range turns rows into deals the
 * way DealsCsvReader does (same parsers, text pool, outcome cache, id table) and feeds its own
 * PipelineAnalysis.Accumulator; afterwards the ranges' id tables are merged to find duplicates across ranges, and
 * the ranges' sums are added up and printed, so they can be checked against the single-range figures.
 * Prints "step wall_ms cpu_ms" lines to stderr like PipelinePhases.
 *
 * Usage: java -cp target/bench-harness:target/hourglass.jar dev.hourglass.io.csv.TwoThreadParse THREADS DEALS.csv
 */
public final class TwoThreadParse {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final Period PERIOD = new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 3, 31));
    private static long lastWall = System.nanoTime();
    private static long lastCpu = OS.getProcessCpuTime();

    private TwoThreadParse() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        ImportMapping mapping = ImportMapping.defaults();
        List<String> header;
        Map<String, Integer> columns = new HashMap<>();
        try (CsvFile csv = CsvFile.open(file, DealsCsvReader.FIELDS, mapping)) {
            header = csv.header();
            for (String field : DealsCsvReader.FIELDS) {
                columns.put(field, csv.column(field));
            }
        }
        step("header");
        List<Range> ranges = split(file, threads);
        step("split-scan");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<RangeReader>> futures = new ArrayList<>();
        for (Range range : ranges) {
            futures.add(pool.submit(() -> new RangeReader(range, file, mapping, header, columns).read()));
        }
        List<RangeReader> done = new ArrayList<>();
        for (Future<RangeReader> f : futures) {
            done.add(f.get());
        }
        pool.shutdown();
        step("read-and-analyse-" + threads + "-threads");
        long duplicatesAcross = 0;
        IdHashes all = done.get(0).ids;
        for (int i = 1; i < done.size(); i++) {
            duplicatesAcross += all.addAll(done.get(i).ids);
        }
        step("merge-id-tables");
        long rows = 0;
        long deals = 0;
        long problems = duplicatesAcross;
        double[] sums = new double[12];
        for (RangeReader r : done) {
            rows += r.rowsRead;
            deals += r.dealsRead;
            problems += r.problems.total();
            PipelineResult result = r.analysis.result();
            ConversionRates rates = result.rates();
            add(sums, 0, rates.won());
            add(sums, 2, rates.lostCompetition());
            add(sums, 4, rates.lostNoDecision());
            add(sums, 6, rates.slipped());
            add(sums, 8, result.open(ForecastCategory.COMMIT));
            sums[10] += result.forecast();
            sums[11] += result.dealsAnalysed();
        }
        step("merge-sums");
        System.out.printf(Locale.ROOT, "rows %d deals %d problems %d duplicatesAcrossRanges %d%n", rows, deals, problems,
                duplicatesAcross);
        System.out.printf(Locale.ROOT, "won %.0f/%.0f lostCompetition %.0f/%.0f lostNoDecision %.0f/%.0f slipped %.0f/%.0f "
                + "openCommit %.0f/%.0f forecast %.0f dealsAnalysed %.0f%n", sums[0], sums[1], sums[2], sums[3], sums[4],
                sums[5], sums[6], sums[7], sums[8], sums[9], sums[10], sums[11]);
    }

    private static void add(double[] sums, int at, AmountCount value) {
        sums[at] += value.amount();
        sums[at + 1] += value.count();
    }

    private static void step(String name) {
        long wall = System.nanoTime();
        long cpu = OS.getProcessCpuTime();
        System.err.printf(Locale.ROOT, "%s %.0f %.0f%n", name, (wall - lastWall) / 1e6, (cpu - lastCpu) / 1e6);
        lastWall = wall;
        lastCpu = cpu;
    }

    /** Bytes [start, end) of the file, whose first row is on line {@code firstLine}. */
    record Range(long start, long end, long firstLine) {
    }

    /**
     * Cuts after the header and then at the first line break outside quotes after each 1/n of the file. One pass
     * over the bytes counts quotes (an even count = outside a quoted field; "" escapes toggle twice) and lines.
     */
    static List<Range> split(Path file, int n) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            List<Long> cuts = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            byte[] bytes = new byte[1 << 20];
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            long position = 0;
            long line = 1;
            boolean quoted = false;
            boolean headerDone = false;
            long nextTarget = 0;
            int next = 0;
            while (position < size && next < n) {
                buffer.clear();
                int read = channel.read(buffer, position);
                for (int i = 0; i < read; i++) {
                    byte b = bytes[i];
                    if (b == '"') {
                        quoted = !quoted;
                    } else if (b == '\n' && !quoted) {
                        line++;
                        long after = position + i + 1;
                        if (!headerDone) {
                            headerDone = true;
                            cuts.add(after);
                            lines.add(line);
                            next = 1;
                            nextTarget = size * next / n;
                        } else if (after >= nextTarget && next < n) {
                            cuts.add(after);
                            lines.add(line);
                            next++;
                            nextTarget = size * next / n;
                            if (next == n) {
                                break;
                            }
                        }
                    }
                }
                position += read;
            }
            List<Range> ranges = new ArrayList<>();
            for (int i = 0; i < cuts.size(); i++) {
                long end = i + 1 < cuts.size() ? cuts.get(i + 1) : size;
                ranges.add(new Range(cuts.get(i), end, lines.get(i)));
            }
            return ranges;
        }
    }

    /** One range's rows → deals → its own accumulator; the same steps as DealsCsvReader.RowReader. */
    static final class RangeReader {
        private final Range range;
        private final Path file;
        private final ImportMapping mapping;
        private final List<String> header;
        private final RowProblems problems;
        private final PipelineAnalysis.Accumulator analysis;
        private final IdHashes ids = new IdHashes();
        private final TextPool texts = new TextPool();
        private final Map<String, Optional<Outcome>> outcomes = new HashMap<>();
        private final Map<String, Boolean> knownStages = new HashMap<>();
        private final int id;
        private final int amount;
        private final int stage;
        private final int closeDate;
        private final int outcome;
        private final int segment;
        private final int competitor;
        private final int owner;
        private final int team;
        private final int source;
        private final int originalCloseDate;
        private final int createdDate;
        private long rowsRead;
        private long dealsRead;

        RangeReader(Range range, Path file, ImportMapping mapping, List<String> header, Map<String, Integer> columns) {
            this.range = range;
            this.file = file;
            this.mapping = mapping;
            this.header = header;
            this.problems = new RowProblems(file.getFileName().toString());
            this.analysis = new PipelineAnalysis.Accumulator(mapping.stageSetup(), PERIOD, PipelineSettings.defaults(1.5e9));
            id = columns.get("id");
            amount = columns.get("amount");
            stage = columns.get("stage");
            closeDate = columns.get("closeDate");
            outcome = columns.get("outcome");
            segment = columns.get("segment");
            competitor = columns.get("competitor");
            owner = columns.get("owner");
            team = columns.get("team");
            source = columns.get("source");
            originalCloseDate = columns.get("originalCloseDate");
            createdDate = columns.get("createdDate");
        }

        RangeReader read() throws IOException {
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                FileChannel channel = raf.getChannel().position(range.start());
                InputStream bytes = new BoundedStream(Channels.newInputStream(channel), range.end() - range.start());
                try (CsvReader<CsvRow> reader = CsvReader.builder().skipEmptyLines(true).ignoreDifferentFieldCount(true)
                        .build(new CsvRowHandler(), new InputStreamReader(bytes, StandardCharsets.UTF_8))) {
                    for (CsvRow row : reader) {
                        accept(row);
                    }
                }
            }
            return this;
        }

        private void accept(CsvRow row) {
            rowsRead++;
            long line = row.line() + range.firstLine() - 1;
            try {
                Deal deal = toDeal(row, line);
                if (ids.add(deal.id(), line) >= 0) {
                    problems.add(line, header.get(id), "duplicate id", deal.id());
                    return;
                }
                dealsRead++;
                analysis.accept(deal);
            } catch (RowRejected counted) {
                // counted in problems
            }
        }

        private Deal toDeal(CsvRow row, long line) throws RowRejected {
            if (row.fieldCount() < header.size()) {
                problems.add(line, null, "row has fewer fields than the header", null);
                throw RowRejected.INSTANCE;
            }
            String dealId = row.string(id).strip();
            if (dealId.isEmpty()) {
                throw reject(line, id, "id is empty");
            }
            Double value = row.number(amount);
            if (value == null || value < 0) {
                throw reject(line, amount, "amount is not a number ≥ 0");
            }
            String stageName = mapping.stage(row.text(stage, texts));
            if (!knownStages.computeIfAbsent(stageName, mapping.stageSetup()::contains)) {
                throw reject(line, stage, "stage is not in the stage setup");
            }
            LocalDate close = row.date(closeDate);
            if (close == null) {
                throw reject(line, closeDate, "closeDate is not a date");
            }
            Outcome result = outcomes.computeIfAbsent(row.text(outcome, texts),
                    raw -> Optional.ofNullable(mapping.outcome(raw))).orElse(null);
            if (result == null) {
                throw reject(line, outcome, "outcome is not known");
            }
            return new Deal(dealId, value, stageName, close, result, row.text(segment, texts),
                    row.text(competitor, texts), row.text(owner, texts), row.text(team, texts), row.text(source, texts),
                    optionalDate(row, originalCloseDate, line), optionalDate(row, createdDate, line), null);
        }

        private LocalDate optionalDate(CsvRow row, int column, long line) throws RowRejected {
            if (row.isBlank(column)) {
                return null;
            }
            LocalDate date = row.date(column);
            if (date == null) {
                throw reject(line, column, header.get(column) + " is not a date");
            }
            return date;
        }

        private RowRejected reject(long line, int column, String reason) {
            problems.add(line, header.get(column), reason, null);
            return RowRejected.INSTANCE;
        }
    }

    /** SeenIds' 128-bit id hashes with their lines, plus what merging two ranges' tables needs. */
    static final class IdHashes {
        private long[] first = new long[1 << 16];
        private long[] second = new long[1 << 16];
        private long[] lines = new long[1 << 16];
        private int size;

        long add(String id, long line) {
            long h1 = hash(id, 0x9E3779B97F4A7C15L);
            return add(h1 == 0 ? 1 : h1, hash(id, 0xC2B2AE3D27D4EB4FL), line);
        }

        private long add(long h1, long h2, long line) {
            int mask = first.length - 1;
            int slot = (int) (h2 ^ (h2 >>> 32)) & mask;
            while (first[slot] != 0) {
                if (first[slot] == h1 && second[slot] == h2) {
                    return lines[slot];
                }
                slot = (slot + 1) & mask;
            }
            first[slot] = h1;
            second[slot] = h2;
            lines[slot] = line;
            if (++size * 2 > first.length) {
                grow();
            }
            return -1;
        }

        /** Adds the other table's ids; returns how many were already here (duplicates across ranges). */
        long addAll(IdHashes other) {
            long duplicates = 0;
            for (int i = 0; i < other.first.length; i++) {
                if (other.first[i] != 0 && add(other.first[i], other.second[i], other.lines[i]) >= 0) {
                    duplicates++;
                }
            }
            return duplicates;
        }

        private void grow() {
            long[] oldFirst = first;
            long[] oldSecond = second;
            long[] oldLines = lines;
            first = new long[oldFirst.length * 2];
            second = new long[oldFirst.length * 2];
            lines = new long[oldFirst.length * 2];
            size = 0;
            for (int i = 0; i < oldFirst.length; i++) {
                if (oldFirst[i] != 0) {
                    add(oldFirst[i], oldSecond[i], oldLines[i]);
                }
            }
        }

        private static long hash(String s, long seed) {
            long h = seed ^ s.length();
            for (int i = 0; i < s.length(); i++) {
                h = (h ^ s.charAt(i)) * 0xFF51AFD7ED558CCDL;
                h ^= h >>> 29;
            }
            h ^= h >>> 33;
            h *= 0xC4CEB9FE1A85EC53L;
            return h ^ (h >>> 33);
        }
    }

    /** At most {@code remaining} bytes of a stream. */
    static final class BoundedStream extends InputStream {
        private final InputStream in;
        private long remaining;

        BoundedStream(InputStream in, long remaining) {
            this.in = in;
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            remaining--;
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }
    }
}
