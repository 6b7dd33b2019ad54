package dev.hourglass.io.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.pipeline.Deal;
import dev.hourglass.model.pipeline.EarlierExport;
import dev.hourglass.model.pipeline.Outcome;
import dev.hourglass.model.pipeline.StageSetup;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DealsGeneratorTest {
    @Test
    void theDealsInMemoryAreTheExportItWrites() throws IOException {
        StringWriter streamed = new StringWriter();
        new DealsGenerator(42).write(streamed, 2_000);
        StringWriter listed = new StringWriter();
        DealsGenerator.write(listed, new DealsGenerator(42).deals(2_000));

        assertThat(listed.toString()).isEqualTo(streamed.toString());
        assertThat(streamed.toString()).startsWith(String.join(",", DealsGenerator.HEADER));
    }

    @Test
    void theExportIsTakenAfterEveryDealItHoldsWasCreatedAndClosed() {
        List<Deal> deals = new DealsGenerator(42).deals(5_000);

        assertThat(DealsGenerator.EXPORTED_ON).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(deals).allSatisfy(d -> {
            assertThat(d.createdDate()).isBefore(d.closeDate());
            assertThat(d.closeDate()).isBefore(DealsGenerator.EXPORTED_ON);
        });
    }

    /** Each earlier export holds fewer deals, none the later one lacks, and none closed that the later has open. */
    @Test
    void itsEarlierExportsGrowIntoItAndNeverUndoAnOutcome() {
        List<Deal> latest = new DealsGenerator(42).deals(5_000);
        EarlierExport history = new EarlierExport(StageSetup.defaults(), DealsGenerator.EXPORTED_ON);
        Map<String, Deal> later = byId(latest);
        int laterSize = latest.size();
        for (LocalDate day = DealsGenerator.EXPORTED_ON.minusMonths(3); day.getYear() >= 2016;
             day = day.minusMonths(3)) {
            List<Deal> earlier = history.on(day, latest);
            assertThat(earlier.size()).isLessThan(laterSize).isPositive();
            for (Deal deal : earlier) {
                Deal then = later.get(deal.id());
                assertThat(then).isNotNull();
                assertThat(deal.createdDate()).isBefore(day);
                if (deal.outcome().isClosed()) {
                    assertThat(then).isEqualTo(deal);
                    assertThat(deal.closeDate()).isBefore(day);
                } else {
                    assertThat(StageSetup.defaults().indexOf(deal.stage()))
                            .isLessThanOrEqualTo(StageSetup.defaults().indexOf(then.stage()));
                }
            }
            Map<String, Deal> next = later;
            assertThat(earlier).anyMatch(d -> d.outcome() == Outcome.OPEN && d.originalCloseDate() == null
                    && next.get(d.id()).originalCloseDate() != null); // a slip still ahead
            later = byId(earlier);
            laterSize = earlier.size();
        }
    }

    private static Map<String, Deal> byId(List<Deal> deals) {
        Map<String, Deal> byId = new HashMap<>();
        deals.forEach(d -> byId.put(d.id(), d));
        return byId;
    }
}
