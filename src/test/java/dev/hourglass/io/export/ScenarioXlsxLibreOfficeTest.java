package dev.hourglass.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.SeedScenarios;
import dev.hourglass.model.uniteconomics.Billing;
import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another spreadsheet's engine computes the exported workbook as the model does: inputs changed in the file (its
 * cached outputs left stale), LibreOffice opens it headless, recalculating on load, and saves it again, and every
 * output it calculated is {@code calc}'s for the changed scenario. Skipped where LibreOffice ({@code soffice}) is not
 * installed.
 */
class ScenarioXlsxLibreOfficeTest {
    @TempDir
    Path dir;

    @Test
    void libreOfficeRecalculatesEveryOutputFromChangedInputs() throws Exception {
        Path soffice = onPath("soffice");
        assumeTrue(soffice != null, "LibreOffice (soffice) is installed");
        Scenario base = SeedScenarios.baseCase();
        Scenario changed = base.withUnitEconomics(base.unitEconomics().orElseThrow().withAcv(30_000)
                .withBilling(Billing.MONTHLY).withHorizonMonths(48));
        Path exported = dir.resolve("exported.xlsx");
        ScenarioXlsxExport.write(base, exported);
        Path edited = dir.resolve("edited.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(exported));
             OutputStream out = Files.newOutputStream(edited)) {
            ScenarioXlsxLiveTest.set(ScenarioXlsxLiveTest.inputCell(book, "unitEconomics.acv").orElseThrow(), 30_000.0);
            ScenarioXlsxLiveTest.set(ScenarioXlsxLiveTest.inputCell(book, "unitEconomics.billing").orElseThrow(),
                    "Monthly");
            ScenarioXlsxLiveTest.set(ScenarioXlsxLiveTest.inputCell(book, "unitEconomics.horizonMonths").orElseThrow(),
                    48.0);
            assertThat(XlsxOutputsCheck.of(book, changed).mismatches()).as("stale before recalculation").isNotEmpty();
            book.write(out);
        }
        Path converted = dir.resolve("converted");
        Path profile = dir.resolve("profile");
        recalculateOnLoad(profile);
        Process libreOffice = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "xlsx",
                "--outdir", converted.toString(), edited.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(libreOffice.waitFor(240, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        assertThat(libreOffice.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(converted.resolve("edited.xlsx")))) {
            XlsxOutputsCheck check = XlsxOutputsCheck.of(book, changed);
            assertThat(check.mismatches()).isEmpty();
            assertThat(check.compared()).isGreaterThan(4_000);
        }
    }

    /**
     * LibreOffice takes an xlsx's cached values as they are unless told to recalculate on load (Tools › Options ›
     * Calc › Formula); the stale values here make sure that every output shown is one LibreOffice calculated.
     */
    private static void recalculateOnLoad(Path profile) throws Exception {
        Path user = Files.createDirectories(profile.resolve("user"));
        Files.writeString(user.resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
                xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
                <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """);
    }

    private static Path onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
