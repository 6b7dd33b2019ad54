package dev.hourglass.cli;

import dev.hourglass.io.export.ScenarioXlsxExport;
import dev.hourglass.io.export.WorkshopReport;
import dev.hourglass.model.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The --xlsx, --pdf, --lang, --locale and --paper options of the commands that write a scenario's spreadsheet or
 * report.
 */
final class ReportFiles {
    @Option(names = "--xlsx", paramLabel = "FILE.xlsx",
            description = "Write the scenario as a spreadsheet: assumptions, results and tables, outputs as formulas.")
    Path xlsx;

    @Option(names = "--pdf", paramLabel = "FILE.pdf",
            description = "Write a workshop report (PDF): cover, assumptions, results, charts and tables.")
    Path pdf;

    @Option(names = "--lang", paramLabel = "en|de",
            description = "The language of the PDF (its words, dates and numbers) and of the spreadsheet's words "
                    + "(default: the language of --locale, else this machine's, when the report has it; else en).")
    String lang;

    @Option(names = "--locale", paramLabel = "TAG",
            description = "The region of the PDF, e.g. en-US or de-DE: its paper, and with no --lang its language "
                    + "(default: this machine's).")
    String locale;

    @Option(names = "--paper", paramLabel = "A4|LETTER",
            description = "Paper size of the PDF (default: by the locale, Letter for the US and Canada, A4 elsewhere).")
    WorkshopReport.Paper paper;

    /** Refuses a --locale that names no language and a --lang the report is not written in. */
    void check(picocli.CommandLine commandLine) {
        if (locale != null && Locale.forLanguageTag(locale).getLanguage().isEmpty()) {
            throw new picocli.CommandLine.ParameterException(commandLine,
                    "--locale: '" + locale + "' is not a language tag like en-US or de-DE");
        }
        if (lang != null && !(lang.matches("[a-z]{2}")
                && WorkshopReport.Options.hasLanguage(Locale.forLanguageTag(lang)))) {
            throw new picocli.CommandLine.ParameterException(commandLine,
                    "--lang: '" + lang + "' is not a language of the report; say en or de");
        }
    }

    /**
     * The report's options: in --lang, else the language of --locale, else this machine's, whichever the report
     * has first (else English); with the region of --locale or this machine.
     */
    WorkshopReport.Options reportOptions() {
        Locale formats = locale == null ? Locale.getDefault() : Locale.forLanguageTag(locale);
        Locale language = lang != null ? Locale.forLanguageTag(lang)
                : WorkshopReport.Options.hasLanguage(formats) ? formats
                : Locale.getDefault();
        return WorkshopReport.Options.of(language, formats);
    }

    boolean any() {
        return xlsx != null || pdf != null;
    }

    /** Writes what was asked, saying so on {@code out}; stops at the first file that cannot be written. */
    void write(List<Scenario> scenarios, Optional<String> workbookName, PrintWriter out) throws CannotWriteException {
        Path current = null;
        try {
            if (xlsx != null) {
                current = xlsx;
                ScenarioXlsxExport.write(scenarios.get(0), xlsx, reportOptions().locale());
                out.println("Wrote " + xlsx);
            }
            if (pdf != null) {
                current = pdf;
                WorkshopReport.Options options = reportOptions();
                WorkshopReport.write(scenarios, pdf, options.withWorkbookName(workbookName.orElse(null))
                        .withPaper(paper == null ? options.paper() : paper));
                out.println("Wrote " + pdf);
            }
            out.flush();
        } catch (IOException e) {
            throw CannotWriteException.of(e);
        } catch (RuntimeException e) {
            throw CannotWriteException.of(current, e);
        }
    }
}
