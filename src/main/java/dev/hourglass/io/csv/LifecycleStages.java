package dev.hourglass.io.csv;

import dev.hourglass.model.pipeline.LeadStage;
import java.util.Locale;

/**
 * The funnel step a lead's current lifecycle stage stands for: HubSpot's labels ({@code Marketing Qualified Lead},
 * {@code Customer} …) and internal names ({@code marketingqualifiedlead}), or the step names themselves. A stage
 * before or outside the funnel ({@code Subscriber}, {@code Other}) says only that it is a lead.
 */
final class LifecycleStages {
    private LifecycleStages() {
    }

    static LeadStage step(String value) {
        String key = value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return switch (key) {
            case "marketingqualifiedlead", "mql" -> LeadStage.MQL;
            case "salesqualifiedlead", "sql" -> LeadStage.SQL;
            case "opportunity", "salesacceptedlead", "sal" -> LeadStage.SAL;
            case "customer", "evangelist", "won" -> LeadStage.WON;
            default -> LeadStage.LEAD;
        };
    }
}
