package dev.hourglass.model.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealFilterTest {
    private static final StageSetup SETUP = StageSetup.defaults();
    private static final List<Deal> DEALS = List.of(
            new Deal("A", 1, "Negotiating", LocalDate.of(2017, 1, 1), Outcome.OPEN, "SMB", "", "Ann", "", "", null, null, null),
            new Deal("B", 1, "Long list", LocalDate.of(2017, 1, 1), Outcome.OPEN, "SMB", "Acme", "Bob", "", "", null, null, null),
            new Deal("C", 1, "Discovery", LocalDate.of(2017, 1, 1), Outcome.OPEN, "", "", "Ann", "", "", null, null, null));

    private static List<String> ids(DealFilter filter) {
        List<String> byTest = DEALS.stream().filter(d -> filter.test(d, SETUP)).map(Deal::id).toList();
        List<String> byPredicate = DEALS.stream().filter(filter.predicate(SETUP)).map(Deal::id).toList();
        assertThat(byPredicate).isEqualTo(byTest);
        return byTest;
    }

    @Test
    void eachPartOfTheFilterNarrowsTheDeals() {
        assertThat(ids(DealFilter.all())).containsExactly("A", "B", "C");
        assertThat(ids(DealFilter.all().with(Dimension.SEGMENT, "SMB"))).containsExactly("A", "B");
        assertThat(ids(DealFilter.all().with(Dimension.SEGMENT, Dimension.NONE))).containsExactly("C");
        assertThat(ids(DealFilter.all().with(Dimension.OWNER, "Ann").withCategory(ForecastCategory.COMMIT)))
                .containsExactly("A");
        assertThat(ids(DealFilter.all().withStage("Long list"))).containsExactly("B");
        assertThat(ids(DealFilter.all().with(Dimension.SEGMENT, "SMB").with(Dimension.SEGMENT, null)))
                .containsExactly("A", "B", "C");
    }
}
