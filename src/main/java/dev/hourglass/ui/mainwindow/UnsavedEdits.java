package dev.hourglass.ui.mainwindow;

import dev.hourglass.store.StoredScenario;
import dev.hourglass.store.Workbook;
import dev.hourglass.store.WorkbookException;
import dev.hourglass.ui.common.UiText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Edits that were autosaved but never saved — Hourglass stopped before the user saved them — found when a workbook
 * opens, to be restored or discarded as the user chooses.
 */
public final class UnsavedEdits {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
            .withZone(ZoneId.systemDefault());

    private final Workbook workbook;
    private final List<StoredScenario> withDrafts;

    private UnsavedEdits(Workbook workbook, List<StoredScenario> withDrafts) {
        this.workbook = workbook;
        this.withDrafts = withDrafts;
    }

    public static UnsavedEdits in(Workbook workbook) throws WorkbookException {
        List<StoredScenario> withDrafts = new ArrayList<>();
        for (StoredScenario scenario : workbook.scenarios()) {
            if (scenario.draft().isPresent() && scenario.draft().get().equals(scenario.scenario())) {
                workbook.discardDraft(scenario.id()); // edits that were undone back to the saved inputs
            } else if (scenario.hasDraft()) {
                withDrafts.add(scenario);
            }
        }
        return new UnsavedEdits(workbook, withDrafts);
    }

    public boolean any() {
        return !withDrafts.isEmpty();
    }

    /** For the dialog: which scenarios, edited when. */
    public String describe() {
        StringBuilder text = new StringBuilder(UiText.text("main.hourglassClosedBeforeThese"));
        for (StoredScenario scenario : withDrafts) {
            text.append("\n•  ").append(scenario.name()).append(UiText.text("main.edited"))
                    .append(TIME.format(scenario.draftSavedAt().orElseThrow()));
        }
        return text.append(UiText.text("main.nNrestoreThemDiscarding")).toString();
    }

    /** Makes each draft the saved scenario (a new version; the one before stays in the history). */
    public void restore() throws WorkbookException {
        for (StoredScenario scenario : withDrafts) {
            workbook.saveScenario(scenario.id(), scenario.draft().orElseThrow(), "restored unsaved edits");
        }
    }

    public void discard() throws WorkbookException {
        for (StoredScenario scenario : withDrafts) {
            workbook.discardDraft(scenario.id());
        }
    }
}
