package dev.hourglass.io.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names each field of a kind goes by in common exports (docs/mapping.md, "Exports recognised without a mapping"):
 * Salesforce, HubSpot, Pipedrive, Stripe, Chargebee and generic synonyms. A field's names are listed most specific
 * first; when two file columns could feed one field, the one earlier in the list wins. Names match as header names
 * do (ignoring case, spaces, {@code _} and {@code -}), also after taking off a tool's decoration: Pipedrive's
 * {@code "Deal - "} / {@code "Lead - "} prefix, Chargebee's {@code "subscriptions."} prefix, Stripe's
 * {@code " (UTC)"} suffix; Salesforce's German report labels ({@code Phase}, {@code Betrag}, {@code Schlusstermin}) and
 * Pipedrive's French ones ({@code "Affaire - Valeur"}, {@code "Affaire - Étape"}) too.
 * No name is known for two fields of one kind.
 */
public final class ColumnNames {
    /** A field a header name is known for; rank 0 is the field's own name, then its synonyms in order. */
    public record Known(String field, int rank, String name) {
    }

    private static final ColumnNames NONE = new Builder(null).build();
    private static final Set<String> DEAL_NAMES = Set.of("Opportunity Name", "Deal Name", "Title", "Name", "Deal",
            "Topic", "Titre");
    private static final List<String> CLOSE_DATE_STAND_INS = List.of("closedDate", "wonDate", "lostDate");
    private static final Map<ImportKind, ColumnNames> BY_KIND = new EnumMap<>(ImportKind.class);
    /**
     * A deal's amount converted to the company's currency, beside the amount in each deal's own currency: HubSpot's
     * "Amount in company currency", Salesforce's "Amount (converted)" in a multi-currency org. Summing the plain
     * amounts of deals in several currencies is no figure; the converted ones are the same where there is only one.
     */
    private static final Set<String> CONVERTED_AMOUNTS = Set.of("Amount in company currency", "Amount (converted)");

    static {
        BY_KIND.put(ImportKind.DEALS, new Builder(ImportKind.DEALS)
                .prefixes("Deal - ", "Affaire - ")
                .field("id", "Opportunity ID", "Deal ID", "Record ID", "(Do Not Modify) Opportunity",
                        "Opportunity Name", "Deal Name", "Title", "Name", "Deal", "Topic", "Titre")
                .field("amount", "Deal Value", "Opportunity Amount", "Deal Amount", "Close Value", "Value",
                        "Total Amount", "Amount (converted)", "Amount in company currency", "Amount (USD)",
                        "Expected Revenue", "Est. Revenue", "Estimated Revenue", "Betrag", "Valeur")
                .field("stage", "Deal Stage", "Stage Name", "Opportunity Stage", "Sales Stage", "Pipeline Stage",
                        "Phase", "Opportunity-Phase", "Verkaufsphase", "Status Label", "Status Reason", "Étape")
                .field("closeDate", "Expected Close Date", "Estimated Close Date", "Est. Close Date", "Closing Date",
                        "Schlusstermin", "Abschlussdatum", "Date Won", "Date de clôture prévue")
                .field("outcome", "Deal Status", "Opportunity Status", "Status", "Result", "Won/Lost", "Win/Loss",
                        "Status Type", "Statut")
                .field("segment", "Account Segment", "Customer Segment", "Market Segment", "Business Segment")
                .field("competitor", "Primary Competitor", "Main Competitor", "Main Competitor(s)", "Competitors")
                .field("owner", "Opportunity Owner", "Deal Owner", "Sales Agent", "Sales Rep", "Sales Representative",
                        "Account Executive", "Salesperson", "Sales Owner", "Owner Name", "Opportunity-Inhaber",
                        "Verkaufschance-Inhaber", "User Name", "Propriétaire")
                .field("team", "Sales Team", "Team Name", "Owner Role", "Manager")
                .field("source", "Lead Source", "Deal Source", "Opportunity Source", "Original Source",
                        "Original Source Type", "Source origin", "Source channel", "Channel", "Lead-Quelle")
                .field("originalCloseDate", "Initial Close Date", "First Close Date")
                .field("createdDate", "Create Date", "Opportunity Created Date", "Deal created",
                        "Creation date", "Date Created", "Created At", "Created", "Add time", "Engage Date",
                        "Created Time", "Erstelldatum", "Erstellt am", "Erstellungsdatum", "Affaire créée")
                .field("include")
                .field("listPrice", "Sales Price", "Unit Price", "Product Price", "Price")
                .field("amountPeriod", "Value Period", "Billing Frequency")
                .field("closedDate", "Actual Close Date", "Closed on", "Close time", "Date Closed")
                .field("wonDate", "Won time", "Date de gain")
                .field("lostDate", "Lost time", "Date de perte")
                .build());
        BY_KIND.put(ImportKind.LEDGER, new Builder(ImportKind.LEDGER)
                .field("customer", "Customer ID", "Customer Name", "Account ID", "Account Name", "Account", "Client",
                        "Company")
                .field("month", "Revenue Month", "Billing Month", "Month Start", "Period", "Date")
                .field("mrr", "Monthly Recurring Revenue", "MRR Amount", "Revenue", "Amount")
                .field("segment", "Customer Segment", "Account Segment")
                .build());
        BY_KIND.put(ImportKind.ACCOUNTS, new Builder(ImportKind.ACCOUNTS)
                .field("account", "Account ID", "Account Name", "Customer ID", "Customer Name", "Customer",
                        "Company Name", "Company")
                .field("source", "Lead Source", "Acquisition Source", "Original Source", "Channel")
                .field("campaign", "Campaign Name", "Acquisition Campaign", "UTM Campaign")
                .field("segment", "Customer Segment", "Account Segment", "Tier")
                .field("startDate", "Customer Since", "Contract Start Date", "Contract Start", "Signup Date",
                        "Became a Customer Date")
                .field("arr", "Annual Recurring Revenue", "Current ARR", "Contract ARR", "Annual Contract Value", "ACV")
                .field("renewalDate", "Next Renewal Date", "Contract End Date", "Contract End", "Term End Date")
                .field("daysToActivation", "Days to Activate", "Time to Activation (days)")
                .field("daysToFirstValue", "Time to First Value (days)", "Time to Value (days)")
                .field("featuresAdopted", "Features Used", "Adopted Features")
                .field("featuresAvailable", "Features in Plan", "Available Features")
                .field("activeUsers", "Monthly Active Users", "MAU")
                .field("seats", "Licensed Seats", "Seats Purchased", "Licenses", "Licences")
                .field("ticketsPerActiveUser", "Tickets per User")
                .field("activeStakeholders", "Engaged Stakeholders", "Stakeholders")
                .field("nps", "NPS Score", "Net Promoter Score")
                .field("renewed", "Did Renew", "Renewal Outcome")
                .field("expansionArr", "Upsell ARR", "Expansion")
                .field("churnDate", "Churned Date", "Churned On", "Cancellation Date")
                .build());
        // Zuora's exports name a field by its object ("RatePlanCharge.EffectiveStartDate", in its reports "Rate Plan
        // Charge: Effective Start Date"); a charge's effective dates come before its subscription's, as an amended
        // charge ends the day the next one starts
        BY_KIND.put(ImportKind.SUBSCRIPTIONS, new Builder(ImportKind.SUBSCRIPTIONS)
                .prefixes("subscriptions.", "RatePlanCharge.", "Subscription.", "Account.", "Rate Plan Charge:",
                        "Subscription:", "Account:")
                .suffixes("(UTC)")
                .field("customer", "Customer ID", "customers.id", "Customer Name", "Customer Email",
                        "Customer Description", "Account Code", "Customer UUID", "Account Number")
                .field("start", "Effective Start Date", "Started At", "Start Date", "Subscription Start Date",
                        "Activated At", "Created At", "Created")
                .field("end", "Effective End Date", "Ended At", "End Date", "Subscription End Date", "Expires At",
                        "Canceled At", "Cancelled At", "Cancellation Date", "Churn Date")
                .field("mrr", "Monthly Recurring Revenue")
                .field("amount", "Plan Unit Price", "Unit Price", "Unit Amount", "Price", "Plan Amount",
                        "Price Unit Amount")
                .field("interval", "Billing Period Unit", "Billing Interval", "Plan Interval", "Billing Frequency",
                        "Billing Cycle", "Recurring Interval", "Price Recurring Interval", "Plan Interval Unit")
                .field("intervalCount", "Billing Period", "Plan Interval Count", "Recurring Interval Count",
                        "Price Recurring Interval Count", "Plan Interval Length")
                .field("quantity", "Plan Quantity", "Seats", "Licenses")
                .field("segment", "Customer Segment")
                .field("plan", "Plan Name", "Plan ID", "Price ID", "Current Plan", "Product")
                .field("isTrial", "In Trial", "Trial")
                .field("status", "Subscription Status", "State")
                .field("trialEnd", "Trial Ends At", "Trial End Date", "Trial Ends", "Trial Ended At")
                .build());
        BY_KIND.put(ImportKind.LEADS, new Builder(ImportKind.LEADS)
                .prefixes("Lead - ")
                .field("id", "Lead ID", "Record ID", "Contact ID", "mql_id", "Email")
                .field("createdDate", "Create Date", "Created At", "Created", "Date Created",
                        "First Contact Date", "Became a Lead Date")
                .field("source", "Lead Source", "Original Source", "Origin", "Source channel", "Channel",
                        "UTM Source")
                .field("campaign", "Campaign Name", "First Touch Converting Campaign", "UTM Campaign")
                .field("mql", "MQL Date", "Became an MQL Date", "Became a Marketing Qualified Lead Date", "Is MQL")
                .field("sql", "SQL Date", "Became an SQL Date", "Became a Sales Qualified Lead Date", "Converted Date",
                        "Is SQL", "Converted", "Is Converted")
                .field("sal", "SAL Date", "Became a SAL Date", "Became an SAL Date", "Became an Opportunity Date",
                        "Sales Accepted Date", "Accepted Date", "Is SAL")
                .field("won", "Won Date", "Became a Customer Date", "Closed Won Date", "Is Won", "Closed Won")
                .field("amount", "Won Amount", "Deal Amount", "Recent Deal Amount")
                .field("stage", "Lifecycle Stage")
                .build());
    }

    private final ImportKind kind;
    private final List<String> fields;
    private final Map<String, Known> byKey;
    private final List<String> prefixes;
    private final List<String> suffixes;

    private ColumnNames(ImportKind kind, List<String> fields, Map<String, Known> byKey, List<String> prefixes,
                        List<String> suffixes) {
        this.kind = kind;
        this.fields = List.copyOf(fields);
        this.byKey = Map.copyOf(byKey);
        this.prefixes = List.copyOf(prefixes);
        this.suffixes = List.copyOf(suffixes);
    }

    /** Whether a known name of a deal's id is its name rather than an id, so that two deals may share it. */
    public static boolean isDealName(String knownName) {
        return DEAL_NAMES.contains(knownName);
    }

    /**
     * The fields whose column feeds {@code field} when the file has no column for it, in order: a deals file whose
     * only date is the day its deals closed ('Actual Close Date', Pipedrive's 'Won time') dates its deals by that.
     */
    public List<String> standInsFor(String field) {
        return kind == ImportKind.DEALS && field.equals("closeDate") ? CLOSE_DATE_STAND_INS : List.of();
    }

    public static ColumnNames of(ImportKind kind) {
        return BY_KIND.get(kind);
    }

    /** No known names: columns are found by the field's own name only. */
    public static ColumnNames none() {
        return NONE;
    }

    /** The kind, or null for {@link #none()}. */
    public ImportKind kind() {
        return kind;
    }

    /** Every field of the kind, in reading order. */
    public List<String> fields() {
        return fields;
    }

    /** The names a field is known by, its own name first. */
    public List<String> namesOf(String field) {
        List<Known> known = new ArrayList<>(byKey.values().stream().filter(k -> k.field().equals(field)).toList());
        known.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
        return known.stream().map(Known::name).toList();
    }

    /** Whether a column known by this name feeds its field even where another column has the field's own name. */
    public boolean beatsOwnName(Known known) {
        return kind == ImportKind.DEALS && known.field().equals("amount") && isConvertedAmount(known.name());
    }

    /**
     * Whether the close date column (taken as it came, or chosen in a mapping) is a day-closed one (closedDate,
     * wonDate, lostDate) in a header without an expected close date: the file then dates its closed deals only.
     */
    boolean hasOnlyDayClosed(List<String> header, String closeDateColumn) {
        boolean dayClosed = fieldNamed(closeDateColumn).filter(CLOSE_DATE_STAND_INS::contains).isPresent();
        return dayClosed && header.stream().noneMatch(h -> fieldNamed(h).filter("closeDate"::equals).isPresent());
    }

    /** The field a header name feeds by the field's own name or as {@link #recognise} knows it, if any. */
    private Optional<String> fieldNamed(String header) {
        Known direct = byKey.get(CsvFile.key(header));
        return direct != null ? Optional.of(direct.field()) : recognise(header).map(Known::field);
    }

    /** Whether a deal's amount column known by this name holds the amount converted to the company's currency. */
    static boolean isConvertedAmount(String name) {
        return CONVERTED_AMOUNTS.contains(name);
    }

    /**
     * The field a header name is known for other than by being the field's own name: a synonym, or any name after
     * taking off a decoration ({@code "Deal - Owner"} is known as {@code Owner}). Empty for an unknown name.
     */
    public Optional<Known> recognise(String header) {
        Known direct = byKey.get(CsvFile.key(header));
        if (direct != null && direct.rank() > 0) {
            return Optional.of(direct);
        }
        String trimmed = header.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        for (String prefix : prefixes) {
            if (lower.startsWith(prefix.toLowerCase(Locale.ROOT)) && trimmed.length() > prefix.length()) {
                Optional<Known> known = undecorated(trimmed.substring(prefix.length()));
                if (known.isPresent()) {
                    return known;
                }
            }
        }
        for (String suffix : suffixes) {
            if (lower.endsWith(suffix.toLowerCase(Locale.ROOT)) && trimmed.length() > suffix.length()) {
                Optional<Known> known = undecorated(trimmed.substring(0, trimmed.length() - suffix.length()));
                if (known.isPresent()) {
                    return known;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Known> undecorated(String name) {
        Known known = byKey.get(CsvFile.key(name));
        if (known == null) {
            return Optional.empty();
        }
        return Optional.of(known.rank() == 0 ? new Known(known.field(), 0, name.strip()) : known);
    }

    /** Collects the names; refuses a name known for two fields, which would make matching depend on order. */
    private static final class Builder {
        private final ImportKind kind;
        private final List<String> fields = new ArrayList<>();
        private final Map<String, Known> byKey = new HashMap<>();
        private List<String> prefixes = List.of();
        private List<String> suffixes = List.of();

        Builder(ImportKind kind) {
            this.kind = kind;
        }

        Builder prefixes(String... prefixes) {
            this.prefixes = List.of(prefixes);
            return this;
        }

        Builder suffixes(String... suffixes) {
            this.suffixes = List.of(suffixes);
            return this;
        }

        Builder field(String field, String... synonyms) {
            fields.add(field);
            add(new Known(field, 0, field));
            for (int i = 0; i < synonyms.length; i++) {
                add(new Known(field, i + 1, synonyms[i]));
            }
            return this;
        }

        private void add(Known known) {
            Known before = byKey.putIfAbsent(CsvFile.key(known.name()), known);
            if (before != null) {
                throw new IllegalStateException(kind.key() + ": '" + known.name() + "' is known for " + before.field()
                        + " as '" + before.name() + "' already");
            }
        }

        ColumnNames build() {
            return new ColumnNames(kind, fields, byKey, prefixes, suffixes);
        }
    }
}
