package dev.hourglass.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.plan.NoteValue;
import dev.hourglass.model.plan.PlanNote;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanNoteColumnTest {
    @Test
    void aNoteIsItsCodeAndTypedValues() {
        PlanNote note = PlanNote.of(PlanNote.Code.RETENTION_LEDGER, NoteValue.share(1.05), NoteValue.share(0.9),
                NoteValue.name("2026-12"), NoteValue.name("billing.csv"));
        String written = PlanNoteColumn.write(note);
        assertThat(written).isEqualTo("RETENTION_LEDGER\u001Fs:1.05\u001Fs:0.9\u001Fn:2026-12\u001Fn:billing.csv");
        assertThat(PlanNoteColumn.read("retention", written)).isEqualTo(note);
    }

    @Test
    void wordsSavedBeforeNotesHadCodesReadBackAsThoseWords() {
        PlanNote old = PlanNoteColumn.read("cac", "the scenario's CAC");
        assertThat(old).isEqualTo(new PlanNote("cac", PlanNote.Code.SAVED_WORDS,
                List.of(NoteValue.name("the scenario's CAC"))));
        assertThat(PlanNoteColumn.write(old)).isEqualTo("the scenario's CAC");
        // a sentence that starts like a code but does not name its values is words too
        assertThat(PlanNoteColumn.read("acv", "ACV_DEALS\u001Fx:1").code()).isEqualTo(PlanNote.Code.SAVED_WORDS);
        assertThat(PlanNoteColumn.read("acv", "CYCLE_MEDIAN\u001Fc:1").code()).isEqualTo(PlanNote.Code.SAVED_WORDS);
    }
}
