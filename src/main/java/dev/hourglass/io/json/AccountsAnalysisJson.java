package dev.hourglass.io.json;

import dev.hourglass.io.csv.RowProblems;
import dev.hourglass.io.words.HealthWords;
import dev.hourglass.model.accounts.AccountsAnalysis;
import dev.hourglass.model.accounts.ChurnProbability;
import dev.hourglass.model.accounts.ExpansionTarget;
import dev.hourglass.model.accounts.GroupOutcome;
import dev.hourglass.model.accounts.Indicator;
import dev.hourglass.model.accounts.MissingIndicators;
import dev.hourglass.model.accounts.PointInTime;
import dev.hourglass.model.accounts.Reason;
import dev.hourglass.model.accounts.RenewalPeriod;
import dev.hourglass.model.accounts.RenewalPredictor;
import dev.hourglass.model.accounts.RiskBand;
import dev.hourglass.model.accounts.ScoredAccount;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The output of {@code hourglass accounts --json}: every output of metrics.md §7 as of {@code asOf} (with
 * {@code startedAfterAsOf}, the accounts left out for starting later) — settings used (weights, the predictor table's
 * {@code predictorThresholds}, {@code expansionThresholds}, {@code minimumOutcomes}), bands, scored accounts with their
 * reasons, the renewal-risk pipeline (every band, {@code unscored} included, per period), the predictor table,
 * expansion targets and outcomes by source and campaign (with the survivors their LTV's expansion is measured on).
 * Bands and indicators are written in lower camelCase ({@code green}, {@code seatUtilisation}).
 * {@code missingIndicators} lists the indicators no account has (left out of every score, their weight shared over
 * the others), each also a {@code warnings} entry with code {@code INDICATOR_MISSING} saying so in words; more
 * features adopted than available is a {@code warnings} entry {@code ADOPTION_ABOVE_AVAILABLE} with its count and
 * first accounts, accounts started after the date one {@code STARTED_AFTER_AS_OF};
 * {@code notes} lists the values of a file that were left empty (or used otherwise than given), shaped like
 * {@code excluded}.
 */
public final class AccountsAnalysisJson {
    /** Each constant's key, made once: a million scored accounts ask for a band and reasons each. */
    private static final Map<Enum<?>, String> KEYS = new ConcurrentHashMap<>();

    private AccountsAnalysisJson() {
    }

    /** The warning code of an indicator that no account has. */
    public static final String INDICATOR_MISSING = "INDICATOR_MISSING";
    /** The warning code of accounts with more features adopted than available (counted as full adoption). */
    public static final String ADOPTION_ABOVE_AVAILABLE = "ADOPTION_ABOVE_AVAILABLE";
    /** The warning code of accounts left out because they started after the as-of date. */
    public static final String STARTED_AFTER_AS_OF = "STARTED_AFTER_AS_OF";

    /**
     * @param problems the rows of the file left out
     * @param notes    the values of the file left empty or used otherwise than given
     */
    public static void write(AccountsAnalysis a, RowProblems problems, RowProblems notes, long rowsRead,
                             List<String> detections, Writer writer) {
        try (JsonOut out = new JsonOut(writer, true)) {
            out.beginObject();
            out.string("asOf", a.asOf().toString()).number("startedAfterAsOf", a.startedLater());
            out.beginObject("weights");
            for (Indicator indicator : Indicator.values()) {
                out.number(key(indicator), a.settings().weight(indicator));
            }
            out.endObject();
            out.beginObject("predictorThresholds");
            for (Indicator indicator : Indicator.values()) {
                out.number(key(indicator), a.settings().predictorThresholds().value(indicator));
            }
            out.endObject();
            out.beginObject("expansionThresholds").number("seatUtilisation", a.settings().expansionSeatFrom())
                    .number("adoption", a.settings().expansionAdoptionFrom()).endObject();
            out.number("minimumOutcomes", a.settings().minimumOutcomes());
            out.beginObject("bands");
            for (RiskBand band : RiskBand.values()) {
                out.beginObject(key(band)).number("accounts", a.bands().accounts().get(band))
                        .number("arr", a.bands().arr().get(band)).endObject();
            }
            out.endObject().number("totalArr", a.bands().totalArr());
            renewalRisk(out, a);
            out.beginArray("predictors");
            for (RenewalPredictor p : a.predictors()) {
                out.beginObject().string("indicator", key(p.indicator())).number("meeting", p.meeting())
                        .number("meetingRenewed", p.meetingRenewed()).number("notMeeting", p.notMeeting())
                        .number("notMeetingRenewed", p.notMeetingRenewed())
                        .number("renewalRateMeeting", p.renewalRateMeeting())
                        .number("renewalRateNotMeeting", p.renewalRateNotMeeting()).number("lift", p.lift()).endObject();
            }
            out.endArray();
            out.beginArray("expansionTargets");
            for (ExpansionTarget t : a.expansionTargets()) {
                out.beginObject().string("account", t.account().account()).number("score", t.score())
                        .number("arrNow", t.arrNow()).number("seatUtilisation", t.seatUtilisation())
                        .number("adoption", t.adoption()).endObject();
            }
            out.endArray();
            groups(out, "bySource", a.bySource());
            groups(out, "byCampaign", a.byCampaign());
            scored(out, a.accounts());
            out.number("rowsRead", rowsRead);
            ExcludedJson.write(out, problems, null, 0);
            notes(out, notes);
            out.beginArray("missingIndicators");
            a.missingIndicators().forEach(m -> out.string(key(m)));
            out.endArray().beginArray("warnings");
            for (Indicator missing : a.missingIndicators()) {
                out.beginObject().string("code", INDICATOR_MISSING).string("indicator", key(missing))
                        .string("message", MissingIndicators.explain(missing)).endObject();
            }
            if (!a.impossibleValues().isEmpty()) {
                out.beginObject().string("code", ADOPTION_ABOVE_AVAILABLE).number("count", a.impossibleValues().count())
                        .beginArray("examples");
                a.impossibleValues().examples().forEach(out::string);
                out.endArray().string("message", a.impossibleValues().explain()).endObject();
            }
            if (a.startedLater() > 0) {
                out.beginObject().string("code", STARTED_AFTER_AS_OF).number("count", a.startedLater())
                        .string("message", PointInTime.explainStartedLater(a.startedLater(), a.asOf())).endObject();
            }
            out.endArray();
            DetectionsJson.write(out, detections);
            out.endObject();
        }
    }

    private static void renewalRisk(JsonOut out, AccountsAnalysis a) {
        var r = a.renewalRisk();
        out.beginObject("renewalRisk").number("accounts", r.accounts()).number("pipelineArr", r.pipelineArr())
                .number("expectedChurnedArr", r.expectedChurnedArr()).number("expectedGrr", r.expectedGrr());
        bandNumbers(out, "arrByBand", r.arrByBand());
        out.beginObject("churnProbabilities");
        for (Map.Entry<RiskBand, ChurnProbability> e : r.churnProbabilities().entrySet()) {
            ChurnProbability p = e.getValue();
            out.beginObject(key(e.getKey())).number("probability", p.probability()).bool("measured", p.measured())
                    .number("knownOutcomes", p.knownOutcomes()).number("notRenewed", p.notRenewed()).endObject();
        }
        out.endObject();
        periods(out, "byQuarter", r.byQuarter());
        periods(out, "byMonth", r.byMonth());
        out.endObject();
    }

    private static void periods(JsonOut out, String name, List<RenewalPeriod> periods) {
        out.beginArray(name);
        for (RenewalPeriod p : periods) {
            out.beginObject().string("period", p.label()).number("accounts", p.accounts()).number("arr", p.arr());
            bandNumbers(out, "arrByBand", p.arrByBand());
            out.number("expectedChurnedArr", p.expectedChurnedArr()).endObject();
        }
        out.endArray();
    }

    private static void groups(JsonOut out, String name, List<GroupOutcome> groups) {
        out.beginArray(name);
        for (GroupOutcome g : groups) {
            out.beginObject().string("group", g.group()).number("customers", g.customers()).number("spend", g.spend())
                    .number("cac", g.cac()).number("activationRate", g.activationRate())
                    .number("medianDaysToFirstValue", g.medianDaysToFirstValue()).number("adoptionRate", g.adoptionRate())
                    .number("yearOldAccounts", g.yearOldAccounts()).number("logoRetention12m", g.logoRetention12m())
                    .number("startingArr", g.startingArr()).number("arrNow", g.arrNow()).number("nrr", g.nrr())
                    .number("expansionArr", g.expansionArr()).number("retainedCustomers", g.retainedCustomers())
                    .number("costPerRetainedCustomer", g.costPerRetainedCustomer())
                    .number("annualChurn", g.annualChurn()).number("survivors", g.survivors())
                    .number("survivorsStartingArr", g.survivorsStartingArr()).number("survivorsArrNow", g.survivorsArrNow())
                    .number("survivorsMeanAgeYears", g.survivorsMeanAgeYears())
                    .number("annualExpansion", g.annualExpansion()).number("ltv", g.ltv())
                    .number("ltvToCac", g.ltvToCac()).endObject();
        }
        out.endArray();
    }

    private static void scored(JsonOut out, List<ScoredAccount> accounts) {
        out.beginArray("accounts");
        for (ScoredAccount s : accounts) {
            out.beginObject().string("account", s.account().account()).number("score", s.score())
                    .string("band", key(s.band())).number("arr", s.account().arr())
                    .number("arrNow", s.account().arrNow());
            if (s.account().renewalDate().isPresent()) {
                out.string("renewalDate", s.account().renewalDate().get().toString());
            } else {
                out.nullValue("renewalDate");
            }
            out.beginArray("reasons");
            for (Reason reason : s.reasons()) {
                out.beginObject().string("indicator", key(reason.indicator())).number("pointsLost", reason.pointsLost())
                        .string("text", HealthWords.reason(reason)).endObject();
            }
            out.endArray().beginArray("missing");
            s.missing().stream().sorted().forEach(m -> out.string(key(m)));
            out.endArray().endObject();
        }
        out.endArray();
    }

    private static void notes(JsonOut out, RowProblems notes) {
        out.beginObject("notes").number("count", notes.total()).beginArray("reasons");
        for (RowProblems.Reason reason : notes.reasons()) {
            out.beginObject().string("reason", reason.reason()).number("count", reason.count()).beginArray("examples");
            for (int i = 0; i < reason.examples().size(); i++) {
                out.beginObject().number("line", reason.lines().get(i)).string("message", reason.examples().get(i))
                        .endObject();
            }
            out.endArray().endObject();
        }
        out.endArray().endObject();
    }

    private static void bandNumbers(JsonOut out, String name, Map<RiskBand, Double> values) {
        out.beginObject(name);
        for (RiskBand band : RiskBand.values()) {
            out.number(key(band), values.getOrDefault(band, 0.0));
        }
        out.endObject();
    }

    /** SEAT_UTILISATION → "seatUtilisation", UNSCORED → "unscored". */
    public static String key(Enum<?> constant) {
        return KEYS.computeIfAbsent(constant, AccountsAnalysisJson::camelCase);
    }

    private static String camelCase(Enum<?> constant) {
        String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }
}
