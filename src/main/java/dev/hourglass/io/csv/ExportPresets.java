package dev.hourglass.io.csv;

import dev.hourglass.model.pipeline.Outcome;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognises an export from its header (docs/mapping.md, "Exports recognised without a mapping"): first the tools'
 * own exports by their tell-tale columns, then a plain file of a kind by the fields it must have. A header that
 * matches nothing, or fits two kinds equally, gives nothing rather than a guess.
 */
public final class ExportPresets {
    private static final Map<ImportKind, List<List<String>>> REQUIRED = new EnumMap<>(ImportKind.class);
    private static final Map<ImportKind, String> PLAIN_NAMES = new EnumMap<>(ImportKind.class);
    private static final List<Preset> PRESETS = new ArrayList<>();

    static {
        REQUIRED.put(ImportKind.DEALS, List.of(List.of("id"), List.of("stage"), List.of("closeDate"),
                List.of("amount", "listPrice")));
        REQUIRED.put(ImportKind.LEDGER, List.of(List.of("customer"), List.of("month"), List.of("mrr")));
        REQUIRED.put(ImportKind.ACCOUNTS, List.of(List.of("account"), List.of("startDate"), List.of("arr")));
        REQUIRED.put(ImportKind.SUBSCRIPTIONS, List.of(List.of("customer"), List.of("start"),
                List.of("mrr", "amount")));
        REQUIRED.put(ImportKind.LEADS, List.of(List.of("id"), List.of("createdDate"),
                List.of("mql", "sql", "sal", "won")));
        PLAIN_NAMES.put(ImportKind.DEALS, "Deals export");
        PLAIN_NAMES.put(ImportKind.LEDGER, "MRR ledger (one row per customer and month)");
        PLAIN_NAMES.put(ImportKind.ACCOUNTS, "Accounts list");
        PLAIN_NAMES.put(ImportKind.SUBSCRIPTIONS, "Subscriptions export");
        PLAIN_NAMES.put(ImportKind.LEADS, "Leads export");

        Map<String, Outcome> closedWonLost = outcomes("Closed Won", Outcome.WON, "Closed Lost",
                Outcome.LOST_COMPETITION, "Geschlossen und gewonnen", Outcome.WON, "Geschlossen und verloren",
                Outcome.LOST_COMPETITION);
        // a German user's report has the German labels (Salesforce writes them in the user's language)
        PRESETS.add(new Preset("Salesforce opportunity report", ImportKind.DEALS, 5, closedWonLost,
                marks("Opportunity ID|Opportunity Name", "Opportunity Owner|Opportunity-Inhaber",
                        "Account Name|Accountname", "Stage|Phase", "Close Date|Schlusstermin",
                        "Fiscal Period|Geschäftsjahresperiode", "Probability (%)|Wahrscheinlichkeit (%)",
                        "Lead Source|Lead-Quelle", "Forecast Category|Prognosekategorie", "Owner Role|Inhaberrolle",
                        "Created Date|Erstelldatum")));
        PRESETS.add(new Preset("HubSpot deals export", ImportKind.DEALS, 4,
                outcomes("closedwon", Outcome.WON, "closedlost", Outcome.LOST_COMPETITION, "Closed Won", Outcome.WON,
                        "Closed Lost", Outcome.LOST_COMPETITION),
                marks("Record ID", "Deal Name", "Deal Stage", "Pipeline", "Deal owner", "Create Date",
                        "Amount in company currency", "Deal Type", "Is Closed Won")));
        PRESETS.add(new Preset("Zoho CRM deals export", ImportKind.DEALS, 5, closedWonLost,
                marks("Record Id", "Deal Owner", "Deal Name", "Account Name", "Stage", "Closing Date",
                        "Probability (%)", "Expected Revenue", "Lead Source", "Created Time", "Campaign Source",
                        "Contact Name")));
        PRESETS.add(new Preset("Pipedrive deals export", ImportKind.DEALS, 4,
                outcomes("won", Outcome.WON, "lost", Outcome.LOST_COMPETITION, "open", Outcome.OPEN,
                        "Won", Outcome.WON, "Lost", Outcome.LOST_COMPETITION, "Open", Outcome.OPEN),
                marks("Deal - ID|Affaire - ID", "Deal - Title|Affaire - Titre", "Deal - Value|Affaire - Valeur",
                        "Deal - Currency|Deal - Currency of value|Affaire - Devise", "Deal - Stage|Affaire - Étape",
                        "Deal - Status|Affaire - Statut", "Deal - Owner|Affaire - Propriétaire",
                        "Deal - Expected close date|Affaire - Date de clôture prévue",
                        "Deal - Won time|Affaire - Date de gain", "Deal - Lost time|Affaire - Date de perte",
                        "Deal - Deal created|Deal - Creation date|Affaire - Affaire créée")));
        PRESETS.add(new Preset("Close opportunities export", ImportKind.DEALS, 5,
                outcomes("won", Outcome.WON, "lost", Outcome.LOST_COMPETITION, "active", Outcome.OPEN),
                marks("id", "lead_id", "lead_name", "status_id", "status_label", "status_type", "confidence", "value",
                        "value_period", "value_currency", "value_formatted", "date_won", "date_lost", "date_created",
                        "user_name", "pipeline_name")).inCents("Close's export"));
        // Export to Excel writes the record's id, checksum and modified date first, as hidden "(Do Not Modify)" columns
        PRESETS.add(new Preset("Microsoft Dynamics 365 opportunities export", ImportKind.DEALS, 5, Map.of(),
                marks("(Do Not Modify) Opportunity", "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On",
                        "Topic", "Potential Customer", "Est. Close Date", "Est. Revenue", "Status", "Status Reason",
                        "Actual Close Date", "Actual Revenue", "Probability", "Rating")));
        PRESETS.add(new Preset("Copper opportunities export", ImportKind.DEALS, 6,
                outcomes("Abandoned", Outcome.LOST_NO_DECISION),
                marks("Name", "Company", "Pipeline", "Stage", "Status", "Value", "Close Date", "Owner", "Loss Reason",
                        "Priority", "Win Probability", "Source", "Date Created")));
        PRESETS.add(new Preset("Freshsales deals export", ImportKind.DEALS, 5, Map.of(),
                marks("Name", "Deal value", "Deal stage", "Deal pipeline", "Expected close date", "Closed date",
                        "Sales owner", "Account name", "Lost reason", "Probability (%)", "Created at")));
        PRESETS.add(new Preset("CRM sales opportunities (Maven Analytics sample)", ImportKind.DEALS, 5,
                outcomes("Won", Outcome.WON, "Lost", Outcome.LOST_COMPETITION),
                marks("opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date",
                        "close_date", "close_value")));
        // a lookup table's first mark is its key column
        PRESETS.add(Preset.lookup("CRM products (a lookup for deals: listPrice by product)", ImportKind.DEALS,
                List.of("listPrice"), marks("product", "series", "sales_price")));
        PRESETS.add(Preset.lookup("CRM sales teams (a lookup for deals: team by sales agent)", ImportKind.DEALS,
                List.of("team"), marks("sales_agent", "manager", "regional_office")));
        PRESETS.add(new Preset("Stripe subscriptions export", ImportKind.SUBSCRIPTIONS, 6, Map.of(),
                marks("id", "Customer ID", "Customer Email", "Plan", "Product", "Quantity", "Interval", "Amount",
                        "Status", "Created (UTC)", "Start (UTC)|Start Date (UTC)", "Current Period Start (UTC)",
                        "Current Period End (UTC)", "Canceled At (UTC)", "Ended At (UTC)", "Trial Start (UTC)",
                        "Trial End (UTC)"), List.of("trialing")).writtenOut());
        PRESETS.add(new Preset("Chargebee subscriptions export", ImportKind.SUBSCRIPTIONS, 4, Map.of(),
                marks("subscriptions.id|Subscription Id", "customers.id|Customer Id", "subscriptions.plan_id|Plan Id",
                        "subscriptions.plan_quantity|Plan Quantity", "subscriptions.plan_unit_price|Plan Unit Price",
                        "subscriptions.billing_period|Billing Period",
                        "subscriptions.billing_period_unit|Billing Period Unit", "subscriptions.status",
                        "subscriptions.started_at|Started At", "subscriptions.cancelled_at|Cancelled At",
                        "subscriptions.mrr"), List.of("in_trial")).writtenOut());
        PRESETS.add(new Preset("Recurly subscriptions export", ImportKind.SUBSCRIPTIONS, 6, Map.of(),
                marks("uuid", "account_code", "plan_code", "plan_name", "state", "quantity", "unit_amount", "currency",
                        "activated_at", "canceled_at", "expires_at", "current_period_started_at",
                        "current_period_ends_at", "trial_started_at", "trial_ends_at"), List.of()).snakeCase());
        // The MRR Intervals dataset ChartMogul's destinations export: one row per period of constant MRR, in cents
        PRESETS.add(new Preset("ChartMogul MRR intervals export", ImportKind.SUBSCRIPTIONS, 7, Map.of(),
                marks("CUSTOMER_UUID", "MRR", "START_DATE", "END_DATE", "PLAN_UUID", "QUANTITY", "SUBSCRIPTION_UUID",
                        "SUBSCRIPTION_SET_UUID", "SUB_SET_PLAN_UUIDS", "IS_FREE", "IS_TRIAL"), List.of())
                .inCents("ChartMogul's export"));
        // Zuora's Rate Plan Charge data source (or a ZOQL export of RatePlanCharge): one row a charge, its MRR given
        PRESETS.add(new Preset("Zuora rate plan charges export", ImportKind.SUBSCRIPTIONS, 5, Map.of(),
                marks("Account.AccountNumber|Account: Account Number", "Subscription.Name|Subscription: Name",
                        "Subscription.Status|Subscription: Status",
                        "Subscription.SubscriptionStartDate|Subscription: Subscription Start Date",
                        "Subscription.TermStartDate|Subscription: Term Start Date",
                        "Subscription.TermEndDate|Subscription: Term End Date",
                        "Subscription.CancelledDate|Subscription: Cancelled Date", "RatePlan.Name|Rate Plan: Name",
                        "RatePlanCharge.ChargeNumber|Rate Plan Charge: Charge Number",
                        "RatePlanCharge.ChargeType|Rate Plan Charge: Charge Type",
                        "RatePlanCharge.EffectiveStartDate|Rate Plan Charge: Effective Start Date",
                        "RatePlanCharge.EffectiveEndDate|Rate Plan Charge: Effective End Date",
                        "RatePlanCharge.MRR|Rate Plan Charge: MRR"), List.of()));
        // The APIs' objects flattened to columns (Stripe's Sigma tables too): snake_case names, amounts in cents
        // and, from the APIs, dates as Unix time
        PRESETS.add(new Preset("Stripe subscriptions export (API or Sigma)", ImportKind.SUBSCRIPTIONS, 5, Map.of(),
                marks("id", "customer|customer_id", "status", "created", "start_date", "current_period_start",
                        "current_period_end", "canceled_at", "ended_at", "trial_start", "trial_end", "quantity",
                        "plan_id|price_id", "plan_amount|unit_amount|price_unit_amount",
                        "plan_interval|recurring_interval|price_recurring_interval",
                        "plan_interval_count|recurring_interval_count|price_recurring_interval_count",
                        "plan_currency|currency|price_currency", "cancel_at_period_end"), List.of("trialing"))
                .snakeCase().inCents("Stripe's API export"));
        PRESETS.add(new Preset("Chargebee subscriptions export (API)", ImportKind.SUBSCRIPTIONS, 5, Map.of(),
                marks("id", "customer_id", "plan_id", "plan_quantity", "plan_unit_price", "billing_period",
                        "billing_period_unit", "status", "started_at", "activated_at", "cancelled_at",
                        "current_term_start", "current_term_end", "mrr", "currency_code", "created_at"),
                List.of("in_trial")).snakeCase().inCents("Chargebee's API export"));
        // "Annual Revenue" is the company's own revenue, not what it pays: the ARR is a property of the user's own
        PRESETS.add(new Preset("HubSpot companies export", ImportKind.ACCOUNTS, 4, Map.of(),
                marks("Record ID", "Company name", "Company owner", "Create Date", "Lifecycle Stage",
                        "Annual Revenue", "Number of Employees", "Industry", "Became a Customer Date",
                        "Country/Region", "Company Domain Name"))
                .lacking("'Annual Revenue' is the company's own revenue, not what it pays you: add the property that"
                        + " holds its ARR to the export, or name its column in a mapping"
                        + " (\"columns\": {\"<column>\": \"arr\"})"));
        PRESETS.add(new Preset("HubSpot contacts export", ImportKind.LEADS, 4, Map.of(),
                marks("Record ID", "First Name", "Last Name", "Email", "Create Date", "Lifecycle Stage",
                        "Original Source", "Became a Lead Date", "Became a Marketing Qualified Lead Date",
                        "Became a Sales Qualified Lead Date", "Became an Opportunity Date", "Became a Customer Date",
                        "Contact owner")));
        PRESETS.add(new Preset("Salesforce leads report", ImportKind.LEADS, 4, Map.of(),
                marks("Lead ID", "Lead Source", "Created Date", "Converted", "Converted Date", "Lead Status",
                        "Lead Owner", "Company / Account")));
        // Every row of this file is a marketing-qualified lead; the won step comes from the closed-deals lookup.
        PRESETS.add(new Preset("Marketing-qualified leads (Olist marketing funnel)", ImportKind.LEADS, false, 3,
                List.of(List.of("id"), List.of("createdDate")), Map.of(),
                marks("mql_id", "first_contact_date", "landing_page_id", "origin"), List.of()));
        PRESETS.add(Preset.lookup("Closed deals (a lookup for leads: won date by lead id)", ImportKind.LEADS,
                List.of("won"),
                marks("mql_id", "seller_id", "sdr_id", "sr_id", "won_date", "business_segment", "lead_type")));
    }

    private ExportPresets() {
    }

    /**
     * The export a header most likely comes from, or empty when nothing fits well enough to say — also when it looks
     * most like a tool's export that lacks a column its kind needs ({@link #incomplete}): a HubSpot companies export
     * without an ARR property is no contacts export, though it has the columns one needs.
     */
    public static Optional<RecognisedExport> recognise(List<String> header) {
        if (incompletePreset(header).isPresent()) {
            return Optional.empty();
        }
        Set<String> keys = header.stream().map(CsvFile::key).collect(Collectors.toSet());
        Preset best = null;
        double bestScore = 0;
        for (Preset preset : PRESETS) {
            double score = preset.score(keys);
            if (score > bestScore && preset.fits(header)) {
                best = preset;
                bestScore = score;
            }
        }
        if (best != null) {
            return Optional.of(best.recognised(header));
        }
        return plainKind(header).map(kind -> new RecognisedExport(PLAIN_NAMES.get(kind), kind, false,
                ImportMapping.defaults(), List.of(), matching(header, kind, ImportMapping.defaults()), "", List.of()));
    }

    /**
     * What a header lacks when it looks most like a tool's export that cannot be read without a column it does not
     * have, in one sentence: "looks like a HubSpot companies export, but accounts need arr, which no column gives
     * ('Annual Revenue' is …)". Empty when the header is no such export.
     */
    public static Optional<String> incomplete(List<String> header) {
        return incompletePreset(header).map(p -> p.missingSentence(header));
    }

    /** {@link #incomplete(List)} when the export it looks like is of this kind. */
    public static Optional<String> incomplete(List<String> header, ImportKind kind) {
        return incompletePreset(header).filter(p -> p.kind() == kind).map(p -> p.missingSentence(header));
    }

    /** The best-matching tool's export when it lacks a required column and no export that fits matches as well. */
    private static Optional<Preset> incompletePreset(List<String> header) {
        Set<String> keys = header.stream().map(CsvFile::key).collect(Collectors.toSet());
        Preset best = null;
        double bestScore = 0;
        for (Preset preset : PRESETS) {
            double score = preset.score(keys);
            if (score > bestScore) {
                best = preset;
                bestScore = score;
            }
        }
        return best == null || best.lookup() || best.fits(header) ? Optional.empty() : Optional.of(best);
    }

    /**
     * Builds the presets and matches an empty header against every kind, so that a command line run, which calls
     * this on a spare core while it opens its file, finds them built.
     */
    public static void warmUp() {
        recognise(List.of());
    }

    /** The kind of file a header belongs to, for an import without {@code --kind}; a lookup table has none. */
    public static Optional<ImportKind> guessKind(List<String> header) {
        return recognise(header).filter(r -> !r.lookup()).map(RecognisedExport::kind);
    }

    /** Whether any lookup table is recognised for files of a kind (deals: products, sales teams; leads: closed deals). */
    public static boolean hasLookupTables(ImportKind kind) {
        return PRESETS.stream().anyMatch(p -> p.lookup() && p.kind() == kind);
    }

    /**
     * Whether a file's {@link TableGlance} names every tell-tale column of a lookup table of a kind: only such a file
     * is worth opening to see whether it is one.
     */
    public static boolean mayBeLookupTable(String glance, ImportKind kind) {
        return PRESETS.stream().filter(p -> p.lookup() && p.kind() == kind)
                .anyMatch(p -> p.marks().stream().allMatch(anyOf -> anyOf.stream().anyMatch(glance::contains)));
    }

    /** Whether a recognition names a tool's export (Salesforce, Stripe …) rather than a plain file of a kind. */
    public static boolean isToolExport(RecognisedExport recognised) {
        return !PLAIN_NAMES.containsValue(recognised.name());
    }

    /** The fields a file of a kind must have, in words: "id, stage, closeDate and amount or listPrice". */
    public static String requiredFields(ImportKind kind) {
        List<String> groups = REQUIRED.get(kind).stream().map(anyOf -> String.join(" or ", anyOf)).toList();
        return groups.size() == 1 ? groups.get(0)
                : String.join(", ", groups.subList(0, groups.size() - 1)) + " and " + groups.get(groups.size() - 1);
    }

    /**
     * The one kind whose required fields the header has, preferring the kind it gives most fields to; a ledger when
     * none has them but the months are columns.
     */
    private static Optional<ImportKind> plainKind(List<String> header) {
        ImportKind best = null;
        int bestFields = 0;
        boolean tie = false;
        for (ImportKind kind : ImportKind.values()) {
            ColumnMatching columns = matching(header, kind, ImportMapping.defaults());
            if (!hasAll(columns, REQUIRED.get(kind))) {
                continue;
            }
            int fields = columns.matches().size();
            if (fields > bestFields) {
                best = kind;
                bestFields = fields;
                tie = false;
            } else if (fields == bestFields) {
                tie = true;
            }
        }
        if (best == null && MonthColumns.isSheet(header)) {
            return Optional.of(ImportKind.LEDGER); // a sheet with a column per month (MonthColumnsLedgerReader)
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    private static ColumnMatching matching(List<String> header, ImportKind kind, ImportMapping mapping) {
        ColumnNames names = ColumnNames.of(kind);
        return ColumnMatching.of(header, names.fields(), names, mapping.columns());
    }

    private static boolean hasAll(ColumnMatching columns, List<List<String>> required) {
        return required.stream().allMatch(anyOf -> anyOf.stream().anyMatch(f -> columns.column(f) >= 0));
    }

    private static List<Set<String>> marks(String... marks) {
        List<Set<String>> keys = new ArrayList<>();
        for (String mark : marks) {
            keys.add(Set.of(mark.split("\\|")).stream().map(CsvFile::key).collect(Collectors.toSet()));
        }
        return keys;
    }

    private static Map<String, Outcome> outcomes(Object... valueThenOutcome) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (int i = 0; i < valueThenOutcome.length; i += 2) {
            outcomes.put((String) valueThenOutcome[i], (Outcome) valueThenOutcome[i + 1]);
        }
        return outcomes;
    }

    /** How a header writes its names: an API's or a database table's {@code snake_case}, or for people to read. */
    private enum HeaderStyle {
        ANY, SNAKE_CASE, WRITTEN_OUT;

        boolean fits(List<String> header) {
            return this == ANY || snakeCase(header) == (this == SNAKE_CASE);
        }

        private static boolean snakeCase(List<String> header) {
            return header.stream().map(String::strip).filter(n -> !n.isEmpty())
                    .allMatch(n -> n.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_'));
        }
    }

    /**
     * A tool's export: the columns that give it away, how many of them it takes, how it writes its names (its API's
     * {@code plan_amount} in cents, its Dashboard's {@code Amount} in units), and what to propose.
     */
    private record Preset(String name, ImportKind kind, boolean lookup, int minMarks, List<List<String>> required,
                          Map<String, Outcome> outcomes, List<Set<String>> marks, List<String> trialStatuses,
                          HeaderStyle style, AmountUnit amountUnit, String lackingHint) {
        Preset(String name, ImportKind kind, boolean lookup, int minMarks, List<List<String>> required,
               Map<String, Outcome> outcomes, List<Set<String>> marks, List<String> trialStatuses) {
            this(name, kind, lookup, minMarks, required, outcomes, marks, trialStatuses, HeaderStyle.ANY,
                    AmountUnit.UNITS, "");
        }

        Preset(String name, ImportKind kind, int minMarks, Map<String, Outcome> outcomes, List<Set<String>> marks) {
            this(name, kind, false, minMarks, REQUIRED.get(kind), outcomes, marks, List.of());
        }

        Preset(String name, ImportKind kind, int minMarks, Map<String, Outcome> outcomes, List<Set<String>> marks,
               List<String> trialStatuses) {
            this(name, kind, false, minMarks, REQUIRED.get(kind), outcomes, marks, trialStatuses);
        }

        /** A lookup table: its first mark is its key column, and it must have a column for each field it gives. */
        static Preset lookup(String name, ImportKind kind, List<String> gives, List<Set<String>> marks) {
            return new Preset(name, kind, true, marks.size(), gives.stream().map(List::of).toList(), Map.of(), marks,
                    List.of());
        }

        Preset snakeCase() {
            return new Preset(name, kind, lookup, minMarks, required, outcomes, marks, trialStatuses,
                    HeaderStyle.SNAKE_CASE, amountUnit, lackingHint);
        }

        Preset writtenOut() {
            return new Preset(name, kind, lookup, minMarks, required, outcomes, marks, trialStatuses,
                    HeaderStyle.WRITTEN_OUT, amountUnit, lackingHint);
        }

        /** The export's amounts are in cents; {@code because} names it in the import report. */
        Preset inCents(String because) {
            return new Preset(name, kind, lookup, minMarks, required, outcomes, marks, trialStatuses, style,
                    AmountUnit.recognisedCents(because), lackingHint);
        }

        /** What to tell a user whose export of this tool lacks a required column (why it is not where one looks). */
        Preset lacking(String hint) {
            return new Preset(name, kind, lookup, minMarks, required, outcomes, marks, trialStatuses, style,
                    amountUnit, hint);
        }

        String missingSentence(List<String> header) {
            ColumnMatching columns = matching(header, kind, mapping());
            List<String> missing = required.stream().filter(anyOf -> anyOf.stream().noneMatch(f -> columns.column(f)
                    >= 0)).map(anyOf -> String.join(" or ", anyOf)).toList();
            String article = "aeiou".indexOf(Character.toLowerCase(name.charAt(0))) >= 0 ? "an " : "a ";
            return "looks like " + article + name + ", but " + kind.key() + " need " + String.join(" and ", missing)
                    + (missing.size() == 1 ? ", which no column gives" : ", which no columns give")
                    + (lackingHint.isEmpty() ? "" : " (" + lackingHint + ")");
        }

        /** The share of its tell-tale columns the header has; 0 below the minimum. */
        double score(Set<String> headerKeys) {
            long found = marks.stream().filter(m -> m.stream().anyMatch(headerKeys::contains)).count();
            return found < minMarks ? 0 : (double) found / marks.size();
        }

        boolean fits(List<String> header) {
            return style.fits(header) && hasAll(matching(header, kind, mapping()), required);
        }

        ImportMapping mapping() {
            return new ImportMapping(Map.of(), outcomes, Map.of(), ImportMapping.defaults().stageSetup())
                    .withAmountUnit(amountUnit);
        }

        RecognisedExport recognised(List<String> header) {
            String key = "";
            List<String> gives = List.of();
            if (lookup) {
                key = header.stream().filter(h -> marks.get(0).contains(CsvFile.key(h))).findFirst().orElse("");
                gives = required.stream().map(anyOf -> anyOf.get(0)).toList();
            }
            return new RecognisedExport(name, kind, lookup, mapping(), trialStatuses,
                    matching(header, kind, mapping()), key, gives);
        }
    }
}
