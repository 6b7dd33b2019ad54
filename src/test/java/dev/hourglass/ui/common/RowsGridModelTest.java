package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.model.channels.ChannelInputs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RowsGridModelTest {
    private List<ChannelInputs> rows = new ArrayList<>(List.of(
            new ChannelInputs("Paid search", 300_000, 20, 15, 12, 0.25, 0.05, 24_000, 0.8)));
    private int applied;

    private RowsGridModel<ChannelInputs> grid(boolean canAdd) {
        List<ColumnField<ChannelInputs>> columns = List.of(
                ColumnField.text("name", "Channel", "", ChannelInputs::name, (c, v) -> new ChannelInputs(v, c.spend(),
                        c.newCustomers(), c.activated(), c.retained90d(), c.annualLogoChurn(), c.annualExpansion(), c.acv(),
                        c.grossMargin())),
                ColumnField.number("spend", "Spend", InputKind.MONEY, "", ChannelInputs::spend, (c, v) -> new ChannelInputs(
                        c.name(), v, c.newCustomers(), c.activated(), c.retained90d(), c.annualLogoChurn(),
                        c.annualExpansion(), c.acv(), c.grossMargin())),
                ColumnField.number("churn", "Churn", InputKind.PERCENT, "", ChannelInputs::annualLogoChurn,
                        (c, v) -> new ChannelInputs(c.name(), c.spend(), c.newCustomers(), c.activated(), c.retained90d(),
                                v, c.annualExpansion(), c.acv(), c.grossMargin())));
        return new RowsGridModel<>(columns, () -> rows, changed -> {
            rows = new ArrayList<>(changed);
            applied++;
        }, canAdd ? () -> new ChannelInputs("New", 0, 0, 0, 0, 0.2, 0, 24_000, 0.8) : null, Locale.US);
    }

    @Test
    void aPastedRangeRunningPastTheLastRowAddsRowsAsOneChange() {
        RowsGridModel<ChannelInputs> grid = grid(true);
        assertThat(grid.paste(0, 0, "Webinars\t50000\t30%\nEvents\t80,000\t12 %\n")).isTrue();
        assertThat(rows).extracting(ChannelInputs::name).containsExactly("Webinars", "Events");
        assertThat(rows.get(1).spend()).isEqualTo(80_000);
        assertThat(rows.get(1).annualLogoChurn()).isEqualTo(0.12);
        assertThat(applied).isEqualTo(1);
        assertThat(grid.rows().get(1)).containsExactly("Events", "80,000", "12%");
    }

    @Test
    void aBadCellRefusesTheWholePasteAndSaysWhere() {
        RowsGridModel<ChannelInputs> grid = grid(true);
        assertThat(grid.paste(0, 1, "1000\t150%\n")).isFalse();
        assertThat(grid.messageProperty().get())
                .isEqualTo("Row 1: Churn must be between 0% and 100%, got 150% — nothing was pasted.");
        assertThat(grid.paste(0, 2, "5%\t9\n")).isFalse();
        assertThat(grid.messageProperty().get()).contains("only 1 fit here");
        assertThat(applied).isZero();

        grid.refresh(); // another scenario is shown
        assertThat(grid.messageProperty().get()).isNull();
    }

    @Test
    void fixedRowsRefuseARangeThatDoesNotFit() {
        RowsGridModel<ChannelInputs> grid = grid(false);
        assertThat(grid.paste(0, 1, "1\n2\n")).isFalse();
        assertThat(grid.messageProperty().get()).isEqualTo("The pasted range has 2 rows; only 1 fit here. Nothing was pasted.");
        grid.addRow();
        assertThat(rows).hasSize(1);
    }

    @Test
    void copiesAHeaderAndTheSelectedCells() {
        RowsGridModel<ChannelInputs> grid = grid(true);
        assertThat(grid.copy(List.of(0), 0, 2)).isEqualTo("Channel\tSpend\tChurn\nPaid search\t300,000\t25%\n");
        grid.addRow();
        grid.removeRow(0);
        assertThat(rows).extracting(ChannelInputs::name).containsExactly("New");
    }
}
