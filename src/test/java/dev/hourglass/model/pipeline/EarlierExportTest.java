package dev.hourglass.model.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.model.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarlierExportTest {
    private static final LocalDate LATEST = LocalDate.of(2018, 12, 31);
    private final EarlierExport history = new EarlierExport(StageSetup.defaults(), LATEST);

    private static Deal deal(String id, String stage, LocalDate created, LocalDate close, Outcome outcome,
                             LocalDate original) {
        return new Deal(id, 50_000, stage, close, outcome, "SMB", "Acme", "Rep 1", "East", "Inbound", original,
                created, null);
    }

    @Test
    void aDealCreatedOnOrAfterTheDayIsNotInItsExport() {
        Deal deal = deal("D1", "Redlining", LocalDate.of(2017, 5, 1), LocalDate.of(2017, 8, 1), Outcome.WON, null);

        assertThat(history.on(LocalDate.of(2017, 4, 30), deal)).isEmpty();
        assertThat(history.on(LocalDate.of(2017, 5, 1), deal)).isEmpty();
        assertThat(history.on(LocalDate.of(2017, 5, 2), deal)).isPresent();
    }

    @Test
    void aDealClosedBeforeTheDayShowsItsOutcomeAsInTheLatestExport() {
        Deal lost = deal("D2", "Long list", LocalDate.of(2017, 1, 10), LocalDate.of(2017, 3, 1),
                Outcome.LOST_COMPETITION, LocalDate.of(2017, 2, 1));

        assertThat(history.on(LocalDate.of(2017, 3, 2), lost)).contains(lost);
    }

    @Test
    void aDealClosingOnOrAfterTheDayIsOpenThenAtAnEarlierStageDueOnItsCloseDate() {
        // created 2017-01-01, won 2017-07-01 (181 days); on 2017-04-01 (90 days in) it was half way
        Deal won = deal("D3", "Redlining", LocalDate.of(2017, 1, 1), LocalDate.of(2017, 7, 1), Outcome.WON, null);

        Deal then = history.on(LocalDate.of(2017, 4, 1), won).orElseThrow();

        assertThat(then.outcome()).isEqualTo(Outcome.OPEN);
        assertThat(then.stage()).isEqualTo("Building business case"); // floor(6 · 90/181) = 2
        assertThat(then.closeDate()).isEqualTo(LocalDate.of(2017, 7, 1));
        assertThat(then.originalCloseDate()).isNull();
        assertThat(then).usingRecursiveComparison().ignoringFields("stage", "outcome").isEqualTo(won);
        assertThat(history.on(LocalDate.of(2017, 1, 2), won).orElseThrow().stage()).isEqualTo("Discovery");
        assertThat(history.on(LocalDate.of(2017, 7, 1), won).orElseThrow().outcome()).isEqualTo(Outcome.OPEN);
    }

    @Test
    void beforeItsSlipADealIsDueOnItsOriginalCloseDateAndAfterItOnTheLaterOne() {
        Deal slipped = deal("D4", "Redlining", LocalDate.of(2017, 1, 1), LocalDate.of(2017, 6, 15), Outcome.WON,
                LocalDate.of(2017, 3, 31));

        Deal before = history.on(LocalDate.of(2017, 3, 31), slipped).orElseThrow();
        Deal after = history.on(LocalDate.of(2017, 4, 1), slipped).orElseThrow();

        assertThat(before.closeDate()).isEqualTo(LocalDate.of(2017, 3, 31));
        assertThat(before.originalCloseDate()).isNull();
        assertThat(after.closeDate()).isEqualTo(LocalDate.of(2017, 6, 15));
        assertThat(after.originalCloseDate()).isEqualTo(LocalDate.of(2017, 3, 31));
    }

    @Test
    void aDealStillOpenInTheLatestExportReachesItsStageOnTheLatestDay() {
        Deal open = deal("D5", "Negotiating", LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 30), Outcome.OPEN,
                null);

        Deal then = history.on(LocalDate.of(2018, 7, 2), open).orElseThrow();

        assertThat(then.outcome()).isEqualTo(Outcome.OPEN);
        assertThat(StageSetup.defaults().indexOf(then.stage())).isBetween(0, 4); // floor(5 · 182/364) = 2
        assertThat(then.stage()).isEqualTo("Building business case");
        assertThat(history.on(LATEST, open)).contains(open);
    }

    @Test
    void theLatestDayGivesTheLatestExportAndALaterDayIsRefused() {
        List<Deal> latest = List.of(
                deal("D6", "Redlining", LocalDate.of(2018, 12, 1), LocalDate.of(2018, 12, 30), Outcome.WON, null),
                deal("D7", "Custom stage", LocalDate.of(2018, 11, 1), LocalDate.of(2019, 2, 1), Outcome.OPEN, null));

        assertThat(history.on(LATEST, latest)).isEqualTo(latest);
        assertThat(history.on(LocalDate.of(2018, 12, 2), latest)).extracting(Deal::stage)
                .containsExactly("Discovery", "Custom stage"); // a stage the setup does not know stays
        assertThatThrownBy(() -> history.on(LATEST.plusDays(1), latest))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("2019-01-01");
    }
}
