package dev.hourglass.model.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A deal's texts are stripped as {@link String#strip()} strips them, and a missing one is empty. */
class DealTextsTest {
    @Test
    void textsAreStrippedAsStripDoes() {
        List<String> texts = List.of("", "SMB", " SMB", "SMB ", "\tEast\n", "Rep 49", "\u2003Zoë\u2003", "\u00A0Zoë",
                "Zoë\u00A0", "ü", "\u007F", "x\u001F", "東京 ", " ", "\u3000");
        for (String text : texts) {
            Deal deal = new Deal("D1", 1, "Discovery", LocalDate.of(2017, 1, 2), Outcome.OPEN, text, text, text, text,
                    text, null, null, null);
            assertThat(List.of(deal.segment(), deal.competitor(), deal.owner(), deal.team(), deal.source()))
                    .as("'%s'", text).containsOnly(text.strip());
        }
        Deal none = new Deal("D1", 1, "Discovery", null, Outcome.OPEN, null, null, null, null, null, null, null, null);
        assertThat(none.segment()).isEmpty();
        assertThat(none.source()).isEmpty();
    }
}
