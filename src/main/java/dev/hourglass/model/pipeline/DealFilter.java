package dev.hourglass.model.pipeline;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which deals a pipeline view looks at: values of the breakdown dimensions, a forecast category and a stage;
 * a missing entry means "all".
 */
public record DealFilter(Map<Dimension, String> dimensions, ForecastCategory category, String stage) {
    public DealFilter {
        dimensions = Map.copyOf(dimensions);
    }

    public static DealFilter all() {
        return new DealFilter(Map.of(), null, null);
    }

    /** The same filter with one dimension set to a value ({@link Dimension#NONE} for empty), or cleared by null. */
    public DealFilter with(Dimension dimension, String value) {
        Map<Dimension, String> changed = new EnumMap<>(Dimension.class);
        changed.putAll(dimensions);
        if (value == null) {
            changed.remove(dimension);
        } else {
            changed.put(dimension, value);
        }
        return new DealFilter(changed, category, stage);
    }

    public DealFilter withCategory(ForecastCategory value) {
        return new DealFilter(dimensions, value, stage);
    }

    public DealFilter withStage(String value) {
        return new DealFilter(dimensions, category, value);
    }

    public boolean isAll() {
        return dimensions.isEmpty() && category == null && stage == null;
    }

    /**
     * The filter turned into a predicate once, for a million tests: the stages of the category are looked up ahead
     * and only the dimensions that are set are checked.
     */
    public Predicate<Deal> predicate(StageSetup setup) {
        Predicate<Deal> result = deal -> true;
        for (Map.Entry<Dimension, String> wanted : dimensions.entrySet()) {
            Dimension dimension = wanted.getKey();
            String value = wanted.getValue();
            result = result.and(deal -> dimension.valueOf(deal).equals(value));
        }
        if (stage != null) {
            String wantedStage = stage;
            result = result.and(deal -> wantedStage.equals(deal.stage()));
        }
        if (category != null) {
            Set<String> stagesOfCategory = new HashSet<>();
            for (Stage s : setup.stages()) {
                if (s.category() == category) {
                    stagesOfCategory.add(s.name());
                }
            }
            result = result.and(deal -> stagesOfCategory.contains(deal.stage()));
        }
        return result;
    }

    public boolean test(Deal deal, StageSetup setup) {
        for (Map.Entry<Dimension, String> wanted : dimensions.entrySet()) {
            if (!wanted.getKey().valueOf(deal).equals(wanted.getValue())) {
                return false;
            }
        }
        if (stage != null && !stage.equals(deal.stage())) {
            return false;
        }
        if (category != null) {
            int index = setup.indexOf(deal.stage());
            return index >= 0 && setup.stages().get(index).category() == category;
        }
        return true;
    }
}
