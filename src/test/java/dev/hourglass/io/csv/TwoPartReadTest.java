package dev.hourglass.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.actuals.Ledger;
import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file large enough to be read in two parts on two threads gives what one part would: the deals and ledger rows
 * in file order, and rows left out with their own lines, also after quoted line breaks and across the parts.
 */
class TwoPartReadTest {
    private static final int ROWS = 110_000;

    @TempDir
    Path dir;

    /** Two parts whatever the load of the machine running the tests (see {@link SpareCore}). */
    @BeforeEach
    void readInTwoParts() {
        System.setProperty("hourglass.csv.parts", "2");
    }

    @AfterEach
    void chooseByLoadAgain() {
        System.clearProperty("hourglass.csv.parts");
    }

    private Path write(String name, StringBuilder content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(Files.size(file)).as("read in two parts").isGreaterThan(Utf8CsvRows.SPLIT_FROM);
        return file;
    }

    @Test
    void dealsOfBothPartsComeInFileOrderAndBadRowsKeepTheirLines() throws Exception {
        StringBuilder csv = new StringBuilder("id,amount,stage,closeDate,outcome,segment,competitor,owner,team,source,"
                + "originalCloseDate,createdDate\n");
        List<String> expectedIds = new ArrayList<>();
        for (int row = 1; row <= ROWS; row++) {
            if (row == 105_000) {
                csv.append("D105000,5\n");
                continue;
            }
            String id = row == 100_000 ? "D20" : "D" + row; // a duplicate of a first-part id in the second part
            String amount = row == 90_000 ? "12x" : String.valueOf(row * 10);
            String owner = row == 10 || row == 80_000 ? "\"Zoë\nMüller\"" : "Rep " + row % 50;
            csv.append(id).append(',').append(amount).append(",Discovery,2017-02-03,OPEN,SMB,Acme,").append(owner)
                    .append(",East,Inbound,,2016-11-02\n");
            if (row != 90_000 && row != 100_000) {
                expectedIds.add(id);
            }
        }
        DealsCsvReader.Result result = DealsCsvReader.read(write("deals.csv", csv), ImportMapping.defaults());

        // row r is on line r + 1, one more after row 10's quoted line break and one more after row 80,000's
        assertThat(result.problems().reasons().stream().flatMap(r -> r.examples().stream())).containsExactly(
                "deals.csv, line 90003, column 'amount': amount is not a number ('12x')",
                "deals.csv, line 100003, column 'id': duplicate id ('D20', first on line 22)",
                "deals.csv, line 105003: row has fewer fields than the header (2 of 12)");
        assertThat(result.rowsRead()).isEqualTo(ROWS);
        assertThat(result.deals()).extracting(Deal::id).isEqualTo(expectedIds);
        assertThat(result.deals().get(9).owner()).isEqualTo("Zoë\nMüller");
        assertThat(result.deals().get(79_999).owner()).isEqualTo("Zoë\nMüller");
        assertThat(result.deals().get(100_000).amount()).isEqualTo(100_003 * 10);
    }

    @Test
    void ledgerRowsOfBothPartsComeInFileOrderAndBadRowsKeepTheirLines() throws Exception {
        StringBuilder csv = new StringBuilder("customer,month,mrr,segment\n");
        for (int row = 1; row <= ROWS * 4; row++) {
            String customer = row == 12 ? "\"Zoë\r\nLtd\"" : "C" + row / 12;
            String month = row == 300_000 ? "2021-13" : "2021-" + String.format("%02d", row % 12 + 1);
            String mrr = row == 250_000 ? "lots" : String.valueOf(100 + row % 7);
            csv.append(customer).append(',').append(month).append(',').append(mrr).append(",SMB\r\n");
        }
        LedgerCsvReader.Result result = LedgerCsvReader.read(write("ledger.csv", csv), ImportMapping.defaults());

        assertThat(result.problems().reasons().stream().flatMap(r -> r.examples().stream())).containsExactly(
                "ledger.csv, line 250002, column 'mrr': mrr is not a number ('lots')",
                "ledger.csv, line 300002, column 'month': month is not YYYY-MM or a date ('2021-13')");
        assertThat(result.rowsRead()).isEqualTo(ROWS * 4);
        assertThat(result.ledger().rowCount()).isEqualTo(ROWS * 4 - 2);
        assertThat(result.ledger().customerName(1)).isEqualTo("Zoë\r\nLtd");
    }

    /**
     * Each customer keeps the first segment given, in file order, whatever the rows after it say, and blank
     * segments give none: customers change segment and start with a blank one, and their rows are apart or together.
     */
    @Test
    void eachCustomerKeepsItsFirstSegmentInBothPartsAsInOne() throws Exception {
        StringBuilder csv = new StringBuilder("customer,month,mrr,segment\n");
        String[] segments = {"", " Enterprise ", "SMB", "Mid-Market", "  "};
        for (int row = 1; row <= ROWS * 4; row++) {
            String customer = "C" + (row % 5 == 0 ? row % 997 : row / 4);
            csv.append(customer).append(",2021-").append(String.format("%02d", row % 12 + 1)).append(",100,")
                    .append(segments[(row * 7 / 3) % segments.length]).append('\n');
        }
        Path file = write("ledger.csv", csv);
        LedgerCsvReader.Result twoParts = LedgerCsvReader.read(file, ImportMapping.defaults());
        System.setProperty("hourglass.csv.parts", "1");
        LedgerCsvReader.Result onePart = LedgerCsvReader.read(file, ImportMapping.defaults());

        Map<String, String> firstSegment = new HashMap<>();
        for (String line : Files.readAllLines(file).subList(1, ROWS * 4 + 1)) {
            String[] fields = line.split(",", -1);
            if (!fields[3].isBlank()) {
                firstSegment.putIfAbsent(fields[0], fields[3].strip());
            }
        }
        Ledger ledger = twoParts.ledger();
        assertThat(ledger.customerCount()).isEqualTo(onePart.ledger().customerCount());
        for (int c = 0; c < ledger.customerCount(); c++) {
            String name = ledger.customerName(c);
            assertThat(ledger.segmentOf(c)).as(name).isEqualTo(firstSegment.getOrDefault(name, ""))
                    .isEqualTo(onePart.ledger().segmentOf(c));
        }
    }

    /**
     * Duplicates within the second part, of the first part, and of both, found on the second part's thread and by
     * the first part's reader: the same deals and the same duplicate rows, with the line each id came first on.
     */
    @Test
    void duplicateIdsAreFoundAsInOnePartWhicheverPartsTheyAreIn() throws Exception {
        StringBuilder csv = new StringBuilder("id,amount,stage,closeDate,outcome\n");
        for (int row = 1; row <= ROWS * 2; row++) {
            String id = row % 7 == 0 ? "X" + (row % 5_000) // repeats within each part and across them
                    : row % 11 == 0 ? "Y" + (row / 30) // repeats only near each other, also across the split
                    : "D" + row;
            csv.append(id).append(',').append(row).append(",Discovery,2017-02-03,OPEN\n");
        }
        Path file = write("deals.csv", csv);
        DealsCsvReader.Result twoParts = DealsCsvReader.read(file, ImportMapping.defaults());
        System.setProperty("hourglass.csv.parts", "1");
        DealsCsvReader.Result onePart = DealsCsvReader.read(file, ImportMapping.defaults());

        assertThat(twoParts.deals()).isEqualTo(onePart.deals());
        assertThat(twoParts.problems().total()).isEqualTo(onePart.problems().total()).isGreaterThan(25_000);
        assertThat(twoParts.problems().reasons()).hasSize(1);
        RowProblems.Reason inTwo = twoParts.problems().reasons().get(0);
        RowProblems.Reason inOne = onePart.problems().reasons().get(0);
        assertThat(inTwo.count()).isEqualTo(inOne.count());
        assertThat(inTwo.lines()).isEqualTo(inOne.lines());
        assertThat(inTwo.places()).isEqualTo(inOne.places());
        assertThat(inTwo.examples()).isEqualTo(inOne.examples());
        assertThat(twoParts.problems().reasons().get(0).examples()).first().asString()
                .isEqualTo("deals.csv, line 23, column 'id': duplicate id ('Y0', first on line 12)");
    }

    @Test
    void theSameDealsAsTheFastCsvReading() throws Exception {
        StringBuilder csv = new StringBuilder("id,amount,stage,closeDate,outcome,segment\n");
        for (int row = 1; row <= ROWS * 2; row++) {
            csv.append("D").append(row % 150_000).append(',').append(row % 97 == 0 ? "\"n/a\"" : row * 3)
                    .append(",Discovery,2017-0").append(row % 9 + 1).append("-1").append(row % 10)
                    .append(",OPEN,\"S\"\"MB\"\n");
        }
        Path file = write("deals.csv", csv);
        DealsCsvReader.Result bytes = DealsCsvReader.read(file, ImportMapping.defaults());
        List<String> viaFastCsv = fastCsvDealIds(file);
        assertThat(bytes.deals()).extracting(Deal::id).isEqualTo(viaFastCsv);
        assertThat(bytes.problems().total()).isEqualTo(ROWS * 2 - viaFastCsv.size());
    }

    @Test
    void everyFieldOfTheSecondPartsDealsIsAsReadInOnePart() throws Exception {
        StringBuilder csv = new StringBuilder("id,amount,stage,closeDate,outcome,segment,competitor,owner,team,source,"
                + "originalCloseDate,createdDate,include\n");
        String[] includes = {"yes", "no", ""};
        for (int row = 1; row <= ROWS; row++) {
            csv.append(row % 1000 == 0 ? "Ü" : "D").append(row).append(',').append(row % 13 == 0 ? "" : row * 7.5)
                    .append(row % 3 == 0 ? ",Negotiating," : ",Discovery,")
                    .append(row % 11 == 0 ? "" : "2017-0" + (row % 9 + 1) + "-1" + row % 10)
                    .append(row % 11 == 0 ? ",OPEN," : row % 5 == 0 ? ",WON," : ",OPEN,").append("SMB,")
                    .append(row % 4 == 0 ? "Acme" : "").append(",Rep ").append(row % 40).append(",East,Inbound,")
                    .append(row % 6 == 0 ? "2016-12-3" + row % 2 : "").append(',').append(row % 7 == 0 ? "" : "1999-01-02")
                    .append(',').append(includes[row % 3]).append('\n');
        }
        Path file = write("deals.csv", csv);
        DealsCsvReader.Result twoParts = DealsCsvReader.read(file, ImportMapping.defaults());
        System.setProperty("hourglass.csv.parts", "1");
        DealsCsvReader.Result onePart = DealsCsvReader.read(file, ImportMapping.defaults());

        assertThat(twoParts.deals()).hasSize(ROWS).isEqualTo(onePart.deals());
        assertThat(twoParts.deals().get(100_002)).isEqualTo(new Deal("D100003", 750_022.5, "Discovery",
                LocalDate.of(2017, 5, 13), Outcome.OPEN, "SMB", "", "Rep 3", "East", "Inbound", null,
                LocalDate.of(1999, 1, 2), Boolean.FALSE));
        assertThat(twoParts.deals().get(99_999).id()).isEqualTo("Ü100000");
    }

    @Test
    void closedDealsAreDatedByTheDayTheyClosedInBothPartsAsInOne() throws Exception {
        StringBuilder csv = new StringBuilder("id,amount,stage,closeDate,outcome,segment,closedDate,wonDate,"
                + "lostDate\n");
        String[] outcomes = {"OPEN", "WON", "LOST_COMPETITION"};
        for (int row = 1; row <= ROWS; row++) {
            csv.append('D').append(row).append(",100,Discovery,2017-01-1").append(row % 10).append(',')
                    .append(outcomes[row % 3]).append(",Small business,")
                    .append(row % 4 == 0 ? "" : "2017-02-1" + row % 10).append(',')
                    .append(row % 5 == 0 ? "" : "2017-03-1" + row % 10).append(',')
                    .append(row == 100_001 ? "soon" : row % 7 == 0 ? "" : "2017-04-1" + row % 10).append('\n');
        }
        Path file = write("deals.csv", csv);
        DealsCsvReader.Result twoParts = DealsCsvReader.read(file, ImportMapping.defaults());
        System.setProperty("hourglass.csv.parts", "1");
        DealsCsvReader.Result onePart = DealsCsvReader.read(file, ImportMapping.defaults());

        assertThat(twoParts.deals()).hasSize(ROWS - 1).isEqualTo(onePart.deals());
        Map<String, LocalDate> closeDates = new HashMap<>();
        twoParts.deals().forEach(d -> closeDates.put(d.id(), d.closeDate()));
        // row % 3 gives the outcome (1 won, 2 lost, 0 open); closedDate is blank where row % 4 == 0, wonDate where
        // row % 5 == 0, lostDate where row % 7 == 0
        assertThat(closeDates).containsEntry("D99998", LocalDate.of(2017, 4, 18)) // lost: its lostDate
                .containsEntry("D99999", LocalDate.of(2017, 1, 19)) // open: its closeDate
                .containsEntry("D100003", LocalDate.of(2017, 3, 13)) // won: its wonDate
                .containsEntry("D100015", LocalDate.of(2017, 2, 15)) // won, no wonDate: its closedDate
                .containsEntry("D100037", LocalDate.of(2017, 2, 17)) // lost, no lostDate: its closedDate
                .containsEntry("D100000", LocalDate.of(2017, 1, 10)) // won, neither: its closeDate
                .containsEntry("D100016", LocalDate.of(2017, 1, 16)) // lost, neither: its closeDate
                .doesNotContainKey("D100001");
        assertThat(twoParts.problems().reasons().get(0).examples()).containsExactly(
                "deals.csv, line 100002, column 'lostDate': lostDate is not a date (YYYY-MM-DD) ('soon')");
    }

    /**
     * The second part is handed on in pieces while it is read; a row it cannot read (text after a closing quote,
     * which FastCSV reads its own way) ends it after the last whole piece, and the first thread reads the rest
     * itself: the same deals, duplicates and lines as one part, also for an id first seen in a piece taken on
     * and repeated after the stop, and a report's footer lines at the end of the file.
     */
    @Test
    void piecesOfTheSecondPartAndAStopInItGiveWhatOnePartGives() throws Exception {
        StringBuilder csv = new StringBuilder("id,amount,stage,closeDate,outcome,segment\n");
        for (int row = 1; row <= ROWS * 2; row++) {
            String id = row % 7 == 0 ? "X" + (row % 5_000) : row == 205_000 ? "D150000" : row == 206_000 ? "D20"
                    : "D" + row;
            String amount = row == 200_000 ? "\"12\"x" : row == 201_000 ? "n/a" : String.valueOf(row);
            csv.append(id).append(',').append(amount).append(",Discovery,2017-02-03,OPEN,Mid-market accounts\n");
        }
        csv.append("Grand Totals (220000 records)\nConfidential Information - Do Not Distribute\n");
        Path file = write("deals.csv", csv);
        DealsCsvReader.Result inPieces = readAll(file, 97);
        DealsCsvReader.Result stopped = readAll(file, 1_000_000);
        System.setProperty("hourglass.csv.parts", "1");
        DealsCsvReader.Result onePart = DealsCsvReader.read(file, ImportMapping.defaults());

        for (DealsCsvReader.Result twoParts : List.of(inPieces, stopped)) {
            assertThat(twoParts.deals()).isEqualTo(onePart.deals());
            assertThat(twoParts.rowsRead()).isEqualTo(onePart.rowsRead()).isEqualTo(ROWS * 2);
            assertThat(twoParts.summary().detections()).isEqualTo(onePart.summary().detections());
            assertThat(twoParts.problems().reasons()).hasSameSizeAs(onePart.problems().reasons());
            for (int r = 0; r < onePart.problems().reasons().size(); r++) {
                RowProblems.Reason inTwo = twoParts.problems().reasons().get(r);
                RowProblems.Reason inOne = onePart.problems().reasons().get(r);
                assertThat(inTwo.count()).isEqualTo(inOne.count());
                assertThat(inTwo.lines()).isEqualTo(inOne.lines());
                assertThat(inTwo.examples()).isEqualTo(inOne.examples());
            }
        }
        assertThat(onePart.deals()).filteredOn(d -> d.id().equals("D150000") || d.id().equals("D20"))
                .extracting(Deal::amount).containsExactly(20.0, 150_000.0); // not the rows after the stop
        assertThat(onePart.problems().reasons().stream().flatMap(r -> r.lines().stream())).contains(200_001L);
        assertThat(onePart.summary().detections()).extracting(Detection::code).contains(Detection.Code.FOOTER);
    }

    private static DealsCsvReader.Result readAll(Path file, int rowsAPiece) throws Exception {
        List<Deal> deals = new ArrayList<>();
        DealsCsvReader.Summary summary = DealsCsvReader.read(file, ImportMapping.defaults(), deals::add, rowsAPiece);
        return new DealsCsvReader.Result(deals, summary.problems(), summary.rowsRead(), summary);
    }

    /** The ids of the deals FastCSV reads: rows with an unreadable amount left out, then the first of each id. */
    private static List<String> fastCsvDealIds(Path file) throws Exception {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        TextEncoding utf8 = new TextEncoding(StandardCharsets.UTF_8, 0, "UTF-8");
        try (CsvRows rows = CsvRows.openFastCsv(file, "deals.csv", "", utf8, ',')) {
            rows.next();
            for (CsvRow row = rows.next(); row != null; row = rows.next()) {
                String id = row.string(0);
                if (FieldParsers.number(row.string(1)) != null && seen.add(id)) {
                    ids.add(id);
                }
            }
        }
        return List.copyOf(ids);
    }
}
