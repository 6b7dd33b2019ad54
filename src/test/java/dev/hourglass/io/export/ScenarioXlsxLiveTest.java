package dev.hourglass.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.SampleWorkbook;
import dev.hourglass.io.json.ScenarioJsonReader;
import dev.hourglass.model.channels.ChannelInputs;
import dev.hourglass.model.pipeline.SmbForecast;
import dev.hourglass.model.retention.RetentionInputs;
import dev.hourglass.model.retention.RetentionProgramInputs;
import dev.hourglass.model.retention.RetentionRates;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.model.uniteconomics.Billing;
import dev.hourglass.model.uniteconomics.UnitEconomicsInputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenario workbook is live: an input changed in the file, the formulas evaluated by POI's evaluator, gives
 * every output {@code calc} gives for the scenario changed alike — the payback curve, LTV, the ARR bridge and the
 * channels included.
 */
class ScenarioXlsxLiveTest {
    @TempDir
    Path dir;

    /** One input changed on <em>Assumptions</em> and in the scenario; empty where the scenario lacks the input. */
    record Change(String name, String key, Object cellValue, UnaryOperator<Scenario> scenario) {
        Optional<Scenario> applyTo(Scenario s) {
            try {
                return Optional.of(scenario.apply(s));
            } catch (NoSuchElementException absent) {
                return Optional.empty();
            }
        }
    }

    private static Change unitEconomics(String name, String key, Object value, UnaryOperator<UnitEconomicsInputs> f) {
        return new Change(name, "unitEconomics." + key, value, s -> s.withUnitEconomics(f.apply(s.unitEconomics().orElseThrow())));
    }

    private static Change retention(String name, String key, Object value, UnaryOperator<RetentionInputs> f) {
        return new Change(name, "retention." + key, value, s -> s.withRetention(f.apply(s.retention().orElseThrow())));
    }

    static final List<Change> CHANGES = List.of(
            unitEconomics("ACV", "acv", 30_000.0, u -> u.withAcv(30_000)),
            unitEconomics("gross margin", "grossMargin", 0.65, u -> u.withGrossMargin(0.65)),
            unitEconomics("CAC", "cac", 31_000.0, u -> u.withCac(31_000)),
            unitEconomics("churn", "annualLogoChurn", 0.3, u -> u.withAnnualLogoChurn(0.3)),
            unitEconomics("first-year churn", "firstYearLogoChurn", 0.4,
                    u -> u.withFirstYearLogoChurn(OptionalDouble.of(0.4))),
            unitEconomics("billing", "billing", "Monthly", u -> u.withBilling(Billing.MONTHLY)),
            unitEconomics("shorter horizon", "horizonMonths", 11.0, u -> u.withHorizonMonths(11)),
            unitEconomics("longer horizon", "horizonMonths", 600.0, u -> u.withHorizonMonths(600)),
            unitEconomics("discount", "annualDiscountRate", 0.12, u -> u.withAnnualDiscountRate(0.12)),
            unitEconomics("expansion", "annualExpansion", 0.07, u -> u.withAnnualExpansion(0.07)),
            retention("start ARR", "startArr", 12_500_000.0, r -> r.withStartArr(12_500_000)),
            retention("NRR", "nrr", 1.12, r -> r.withRates(new RetentionRates.GrrNrr(r.rates().grr(), 1.12))),
            retention("churn rate", "churnRate", 0.2, r -> r.withRates(new RetentionRates.Components(0.2,
                    r.rates().contractionRate(), r.rates().expansionRate()))),
            retention("years", "years", 7.0, r -> r.withYears(7)),
            new Change("programme churn target", "retentionProgram.churnTarget", 0.10,
                    s -> s.withRetentionProgram(s.retentionProgram().orElseThrow().withChurnTarget(0.10))),
            new Change("programme cost", "retentionProgram.programCost", 0.0, s -> s.withRetentionProgram(
                    programmeCost(s.retentionProgram().orElseThrow(), 0))),
            new Change("SMB commit rate", "smbForecast.commitRate", 0.5,
                    s -> s.withSmbForecast(commitRate(s.smbForecast().orElseThrow(), 0.5))));

    private static SmbForecast commitRate(SmbForecast f, double rate) {
        return new SmbForecast(f.won(), f.commit(), rate, f.bestCase(), f.bestCaseRate(), f.pipeline(),
                f.pipelineRate(), f.expectedCreation(), f.creationRate());
    }

    private static RetentionProgramInputs programmeCost(RetentionProgramInputs p, double cost) {
        return new RetentionProgramInputs(p.customers(), p.acv(), p.grossMargin(), p.churnNow(), p.churnTarget(), cost);
    }

    static Stream<Scenario> scenarios() throws Exception {
        List<Scenario> all = new ArrayList<>(SampleWorkbook.scenarios());
        all.add(ScenarioJsonReader.read(Path.of("src/test/resources/scenarios/seed-checks.json")));
        Scenario base = SeedScenarios.baseCase();
        all.add(base.withName("Components, monthly, front-loaded")
                .withUnitEconomics(base.unitEconomics().orElseThrow().withBilling(Billing.MONTHLY)
                        .withFirstYearLogoChurn(OptionalDouble.of(0.3)).withAnnualExpansion(0.05)
                        .withAnnualDiscountRate(0.08))
                .withRetention(base.retention().orElseThrow()
                        .withRates(new RetentionRates.Components(0.08, 0.02, 0.12)).withNewArrPerYear(List.of())));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyOutputFollowsAnInputChangedInTheWorkbookAsCalcDoes(Scenario scenario) throws Exception {
        Path file = dir.resolve("scenario.xlsx");
        ScenarioXlsxExport.write(scenario, file);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            XlsxOutputsCheck cached = XlsxOutputsCheck.of(book, scenario);
            assertThat(cached.mismatches()).as("cached values as written").isEmpty();
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            int changes = 0;
            for (Change change : CHANGES) {
                Optional<Scenario> changed = change.applyTo(scenario);
                Optional<Cell> input = inputCell(book, change.key());
                if (changed.isEmpty() || input.isEmpty()) {
                    continue;
                }
                Cell cell = input.get();
                Object before = cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue()
                        : cell.getStringCellValue();
                set(cell, change.cellValue());
                evaluator.clearAllCachedResultValues();
                evaluator.evaluateAll();
                XlsxOutputsCheck check = XlsxOutputsCheck.of(book, changed.get());
                assertThat(check.mismatches()).as(change.name() + " changed").isEmpty();
                assertThat(check.compared()).isGreaterThan(600);
                set(cell, before);
                changes++;
            }
            assertThat(changes).isGreaterThanOrEqualTo(scenario.unitEconomics().isPresent() ? 12 : 0);
        }
    }

    @Test
    void aChannelsSpendChangedInTheWorkbookReachesItsCacAndLtvToCac() throws Exception {
        Scenario scenario = SampleWorkbook.acquisitionChannels();
        Path file = dir.resolve("channels.xlsx");
        ScenarioXlsxExport.write(scenario, file);
        List<ChannelInputs> channels = new ArrayList<>(scenario.channels().orElseThrow());
        ChannelInputs second = channels.get(1);
        channels.set(1, new ChannelInputs(second.name(), 40_000_000, second.newCustomers(), second.activated(),
                second.retained90d(), second.annualLogoChurn(), second.annualExpansion(), second.acv(),
                second.grossMargin()));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            set(inputCell(book, "channels[" + second.name() + "].spend").orElseThrow(), 40_000_000.0);
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            XlsxOutputsCheck check = XlsxOutputsCheck.of(book, scenario.withChannels(channels));
            assertThat(check.mismatches()).isEmpty();
            assertThat(book.getSheet("Channels").getRow(2).getCell(9).getNumericCellValue())
                    .isEqualTo(40_000_000.0 / 587);
        }
    }

    @Test
    void noOutputCellIsAPlainNumber() throws Exception {
        for (Scenario scenario : scenarios().toList()) {
            Path file = dir.resolve("plain.xlsx");
            ScenarioXlsxExport.write(scenario, file);
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
                List<String> plain = new ArrayList<>();
                int formulas = 0;
                for (Sheet sheet : book) {
                    if (sheet.getSheetName().equals("Assumptions")) {
                        continue;
                    }
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            if (cell.getCellType() == CellType.NUMERIC || cell.getCellType() == CellType.BOOLEAN) {
                                plain.add(sheet.getSheetName() + "!" + cell.getAddress());
                            }
                            formulas += cell.getCellType() == CellType.FORMULA ? 1 : 0;
                        }
                    }
                }
                assertThat(plain).as(scenario.name()).isEmpty();
                assertThat(formulas).as(scenario.name()).isGreaterThan(4_000);
            }
        }
    }

    @Test
    void inputsAreNamedSoFormulasReadLikeTheMetric() throws Exception {
        Path file = dir.resolve("names.xlsx");
        ScenarioXlsxExport.write(SeedScenarios.baseCase(), file);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(book.getName("acv").getRefersToFormula()).isEqualTo("Assumptions!$B$8");
            assertThat(book.getName("programmeChurnTarget").getRefersToFormula()).startsWith("Assumptions!$B$");
            assertThat(book.getForceFormulaRecalculation()).isTrue();
            Row ltv = resultRow(book, "unitEconomics.ltv");
            assertThat(ltv.getCell(1).getCellFormula()).isEqualTo("INDEX(cumulativeGrossProfit,horizonMonths)");
            assertThat(resultRow(book, "unitEconomics.paybackMonth").getCell(1).getCellFormula())
                    .isEqualTo("IFERROR(MATCH(\"yes\",cacCovered,0),\"not within \"&horizonMonths&\" months\")");
            assertThat(resultRow(book, "unitEconomics.ltvToCac").getCell(1).getCellStyle().getDataFormatString())
                    .isEqualTo("0.0\"×\"");
            assertThat(resultRow(book, "retention.bridge[year 3].closing").getCell(0).getCellFormula())
                    .as("the catalogue's label, its year the plan's").isEqualTo("\"Year \"&years&\": closing ARR\"");
            assertThat(resultRow(book, "unitEconomics.paybackMonth").getCell(2).getStringCellValue()).isEqualTo("months");
        }
    }

    private static Row resultRow(XSSFWorkbook book, String key) {
        for (Row row : book.getSheet("Results")) {
            Cell cell = row.getCell(3);
            if (cell != null && cell.getStringCellValue().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no result " + key);
    }

    static Optional<Cell> inputCell(XSSFWorkbook book, String key) {
        for (Row row : book.getSheet("Assumptions")) {
            Cell cell = row.getCell(3);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(key)) {
                return Optional.of(row.getCell(1));
            }
        }
        return Optional.empty();
    }

    static void set(Cell cell, Object value) {
        if (value instanceof Double number) {
            cell.setCellValue(number);
        } else {
            cell.setCellValue((String) value);
        }
    }
}
