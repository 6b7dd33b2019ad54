package dev.hourglass.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hourglass.model.EchoedText;
import dev.hourglass.model.InvalidInputException;
import dev.hourglass.model.channels.ChannelInputs;
import dev.hourglass.model.postsale.BudgetInputs;
import dev.hourglass.model.postsale.BudgetLine;
import dev.hourglass.model.postsale.RelationshipStage;
import dev.hourglass.model.retention.RetentionInputs;
import dev.hourglass.model.retention.RetentionRates;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A scenario's names, texts and lists have bounds, whichever way it comes in (InputLimits). */
class ScenarioLimitsTest {
    @Test
    void aNameOfMoreThan200CharactersIsRefusedWithItsLengthNotItsText() {
        String name = "N".repeat(201);
        assertThatThrownBy(() -> Scenario.empty(name)).isInstanceOf(InvalidInputException.class)
                .hasMessage("scenario name is 201 characters long; at most 200 are allowed");
        assertThat(Scenario.empty("N".repeat(200)).name()).hasSize(200);
        assertThatThrownBy(() -> Scenario.empty("Base").withDescription("d".repeat(10_001)))
                .hasMessage("description is 10001 characters long; at most 10000 are allowed");
        assertThatThrownBy(() -> Scenario.empty("Base").withCurrency("C".repeat(201)))
                .hasMessage("currency is 201 characters long; at most 200 are allowed");
    }

    @Test
    void newArrPerYearHasAtMostOneEntryPerYearOfTheLongestProjection() {
        RetentionRates rates = new RetentionRates.GrrNrr(0.9, 1.05);
        List<Double> fifty = Collections.nCopies(50, 1000.0);
        assertThat(new RetentionInputs(1e6, rates, fifty, 2, Optional.empty()).newArrPerYear()).hasSize(50);
        assertThatThrownBy(() -> new RetentionInputs(1e6, rates, Collections.nCopies(5_000_000, 1000.0), 2,
                Optional.empty()))
                .hasMessage("new ARR per year has 5000000 entries; at most 50 are allowed");
    }

    @Test
    void channelsAndBudgetLinesAreAtMost100() {
        ChannelInputs channel = new ChannelInputs("Paid search", 1000, 10, 8, 7, 0.1, 0, 12000, 0.8);
        assertThatThrownBy(() -> Scenario.empty("Base").withChannels(Collections.nCopies(101, channel)))
                .hasMessage("channels has 101 entries; at most 100 are allowed");
        BudgetLine line = new BudgetLine(RelationshipStage.values()[0], 100, 1);
        assertThatThrownBy(() -> new BudgetInputs(Collections.nCopies(101, line)))
                .hasMessage("budget lines has 101 entries; at most 100 are allowed");
        assertThatThrownBy(() -> new ChannelInputs("c".repeat(201), 1000, 10, 8, 7, 0.1, 0, 12000, 0.8))
                .hasMessage("channel name is 201 characters long; at most 200 are allowed");
    }

    @Test
    void aSuffixedNameStaysWithinTheLimitByCuttingTheName() {
        assertThat(Scenario.suffixedName("Base", " (copy)")).isEqualTo("Base (copy)");
        String cut = Scenario.suffixedName("x".repeat(200), " (2)");
        assertThat(cut).hasSize(200).endsWith("x (2)").startsWith("x".repeat(196));
        assertThat(Scenario.suffixedName("Base", " — " + "f".repeat(300))).hasSize(200).startsWith(" — fff");
    }

    @Test
    void anEchoedValueShowsItsFirst60Characters() {
        assertThat(EchoedText.of("short")).isEqualTo("short");
        assertThat(EchoedText.of("y".repeat(60))).isEqualTo("y".repeat(60));
        assertThat(EchoedText.of("y".repeat(10_000_000))).isEqualTo("y".repeat(60) + "…");
    }
}
