package dev.hourglass.io.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each input of the scenario is in the workbook, by scenario-file key: its name, or its cell when it has none.
 * A key can have several cells (two budget lines of one stage, two channels of one name), in the scenario's order.
 */
final class XlsxInputCells {
    private final Map<String, List<String>> cells = new HashMap<>();

    void put(String key, String reference) {
        cells.computeIfAbsent(key, k -> new ArrayList<>()).add(reference);
    }

    /** The input's name or cell; the first when there are several. */
    String of(String key) {
        return all(key).get(0);
    }

    /** The n-th (from 0) of the cells with this key. */
    String of(String key, int occurrence) {
        return all(key).get(occurrence);
    }

    List<String> all(String key) {
        List<String> found = cells.get(key);
        if (found == null) {
            throw new IllegalStateException("no cell for the input " + key);
        }
        return found;
    }

    List<String> allOrNone(String key) {
        return cells.getOrDefault(key, List.of());
    }
}
