package dev.hourglass.app;

import dev.hourglass.store.Dataset;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which import of a workbook a view or a command uses: the one named, else the newest — for the command line's
 * {@code --data} and for the desktop's dataset choosers alike.
 */
public final class DatasetChoice {
    private DatasetChoice() {
    }

    /** The newest of a workbook's imports, listed oldest first as {@link Workbook#datasets} lists them. */
    public static Optional<Dataset> newest(List<Dataset> oldestFirst) {
        return oldestFirst.isEmpty() ? Optional.empty() : Optional.of(oldestFirst.get(oldestFirst.size() - 1));
    }

    public static Optional<Dataset> newest(Workbook workbook, Dataset.Kind kind) throws WorkbookException {
        return newest(workbook.datasets(kind));
    }

    /**
     * The import named {@code name} of a kind, or the newest when {@code name} is null; the message names the workbook
     * and says what it holds, or how to import some ({@code importHint}).
     */
    public static Dataset named(Workbook workbook, String workbookName, Dataset.Kind kind, String name,
                                String importHint) throws WorkbookException {
        List<Dataset> imported = workbook.datasets(kind);
        if (imported.isEmpty()) {
            throw new WorkbookException(WorkbookException.Reason.NO_SUCH_ITEM, workbookName + " holds no imported "
                    + kind.key() + " (" + importHint + ")");
        }
        if (name == null) {
            return imported.get(imported.size() - 1);
        }
        return imported.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow(() ->
                new WorkbookException(WorkbookException.Reason.NO_SUCH_ITEM, workbookName + " has no " + kind.key()
                        + " named '" + name + "' (it has: " + String.join(", ", imported.stream().map(Dataset::name).toList())
                        + ")"));
    }

    /** The newest import of a file of this name (a newer export of the same source), ignoring case. */
    public static Optional<Dataset> newestOfSource(Workbook workbook, Dataset.Kind kind, String fileName)
            throws WorkbookException {
        String name = fileName.toLowerCase(Locale.ROOT);
        return newest(workbook.datasets(kind).stream()
                .filter(d -> d.sourceFile().toLowerCase(Locale.ROOT).equals(name)).toList());
    }
}
