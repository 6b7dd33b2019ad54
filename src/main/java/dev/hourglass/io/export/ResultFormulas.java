package dev.hourglass.io.export;

import java.util.Map;
import java.util.Optional;

/**
 * Each headline output as an Excel formula of the workbook's names (metrics.md): the inputs' names
 * ({@link XlsxInputNames}), the other outputs' names ({@link #nameOf}) and the table sheets' ranges.
 */
final class ResultFormulas {
    private static final String BRIDGE_CLOSING = "retention.bridge[";
    private static final String PROGRAMME_BOOK = "programmeCustomers*programmeAcv*programmeGrossMargin";
    private static final Map<String, String> FORMULAS = Map.ofEntries(
            Map.entry("unitEconomics.yearOneGrossProfit", "acv*grossMargin"),
            Map.entry("unitEconomics.monthlyGrossProfit", "acv*grossMargin/12"),
            Map.entry("unitEconomics.simplePaybackMonths", "IF(monthlyGrossProfit=0,\"\",cac/monthlyGrossProfit)"),
            Map.entry("unitEconomics.ltv", "INDEX(" + PaybackCurveSheet.CUMULATIVE + ",horizonMonths)"),
            Map.entry("unitEconomics.ltvToCac", "IF(cac=0,\"\",ltv/cac)"),
            Map.entry("unitEconomics.steadyStateLtv", "IF(annualLogoChurn=0,\"\",acv*grossMargin/annualLogoChurn)"),
            Map.entry("unitEconomics.averageLifetimeYears", "IF(annualLogoChurn=0,\"\",1/annualLogoChurn)"),
            Map.entry("retention.grr", "grr"),
            Map.entry("retention.nrr", "nrr"),
            Map.entry("retention.nrrImprovement.arrGained", "startArr*(nrrAfter-nrrNow)"),
            Map.entry("retention.nrrImprovement.newCustomersNotNeeded", "arrGained/nrrGainAcv"),
            Map.entry("retention.nrrImprovement.cacNotSpent", "newCustomersNotNeeded*nrrGainCac"),
            Map.entry("retention.nrrImprovement.pipelineNotNeeded", "arrGained/closeRate"),
            Map.entry("retentionProgram.logosSaved", "programmeCustomers*(programmeChurnNow-programmeChurnTarget)"),
            Map.entry("retentionProgram.arrSaved", "logosSaved*programmeAcv"),
            Map.entry("retentionProgram.grossProfitSaved", "arrSaved*programmeGrossMargin"),
            Map.entry("retentionProgram.netGain", "grossProfitSaved-programmeCost"),
            Map.entry("retentionProgram.roi", "IF(programmeCost=0,\"\",netGain/programmeCost)"),
            Map.entry("retentionProgram.breakEvenChurnReduction",
                    "IF(" + PROGRAMME_BOOK + "=0,\"\",programmeCost/(" + PROGRAMME_BOOK + "))"),
            Map.entry("budget.preDollarsShare", "preDollarsShare"),
            Map.entry("budget.postDollarsShare", "postDollarsShare"),
            Map.entry("budget.preHoursShare", "preHoursShare"),
            Map.entry("budget.postHoursShare", "postHoursShare"),
            Map.entry("budget.totalDollars", "totalDollars"),
            Map.entry("budget.totalHours", "totalHours"),
            Map.entry("smbForecast.forecast", "smbWon+smbCommitRate*smbCommit+smbBestCaseRate*smbBestCase"
                    + "+smbPipelineRate*smbPipeline+smbCreationRate*smbExpectedCreation"));
    private static final Map<String, String> RENAMED = Map.of("retentionProgram.roi", "programmeRoi",
            "smbForecast.forecast", "smbForecast");

    private ResultFormulas() {
    }

    /** The output's formula, its words in the language of {@code labels}; every headline output has one. */
    static String of(String key, ExportLabels labels) {
        if (isClosingArr(key)) {
            return "INDEX(" + ArrBridgeSheet.CLOSING + ",years)";
        }
        if (key.equals("unitEconomics.paybackMonth")) {
            return paybackMonth(labels);
        }
        String formula = FORMULAS.get(key);
        if (formula == null) {
            throw new IllegalStateException("no spreadsheet formula for the output " + key);
        }
        return formula;
    }

    /** The first month the payback curve says CAC is covered, else "not within 60 months" (the horizon's). */
    private static String paybackMonth(ExportLabels labels) {
        String[] notWithin = labels.text("xlsx.payback.notWithin").split("\\{0}", -1);
        return "IFERROR(MATCH(" + XlsxCells.quoted(labels.text("xlsx.yes")) + "," + PaybackCurveSheet.COVERED + ",0),"
                + XlsxCells.quoted(notWithin[0]) + "&horizonMonths&" + XlsxCells.quoted(notWithin[1]) + ")";
    }

    /** The closing ARR of the plan's last year ({@code retention.bridge[year 3].closing}). */
    static boolean isClosingArr(String key) {
        return key.startsWith(BRIDGE_CLOSING) && key.endsWith("].closing");
    }

    /**
     * The workbook name of an output other formulas use ({@code ltv}, {@code netGain} …); none for the outputs a
     * table sheet or an input already names (GRR, NRR, the budget's totals and shares, closing ARR).
     */
    static Optional<String> nameOf(String key) {
        if (RENAMED.containsKey(key)) {
            return Optional.of(RENAMED.get(key));
        }
        boolean named = key.startsWith("unitEconomics.") || key.startsWith("retention.nrrImprovement.")
                || key.startsWith("retentionProgram.");
        return named ? Optional.of(key.substring(key.lastIndexOf('.') + 1)) : Optional.empty();
    }
}
