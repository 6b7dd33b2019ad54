package dev.hourglass.ui.channels;

import dev.hourglass.model.channels.ChannelCalculator;
import dev.hourglass.model.channels.ChannelInputs;
import dev.hourglass.model.channels.ChannelResult;
import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.scenario.Band;
import dev.hourglass.model.scenario.ChannelSection;
import dev.hourglass.model.scenario.Driver;
import dev.hourglass.model.scenario.Drivers;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.model.scenario.ScenarioBands;
import dev.hourglass.model.scenario.ScenarioSimulation;
import dev.hourglass.ui.common.ColumnField;
import dev.hourglass.ui.common.DrawRefusalText;
import dev.hourglass.ui.common.InputKind;
import dev.hourglass.ui.common.RowsGridModel;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.Work;
import dev.hourglass.ui.session.SelectedScenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * Channel economics (metrics.md §5, seed 004): one row per acquisition channel, and the channels ranked by what
 * their customers are worth after the purchase — CAC, cost per activated and per retained customer, LTV, LTV:CAC.
 */
public final class ChannelsViewModel {
    private final SelectedScenario selected;
    private final FigureFormatter formats;
    private final RowsGridModel<ChannelInputs> grid;
    private final ObservableList<ChannelResult> ranked = FXCollections.observableArrayList();
    private final Locale locale;
    private final ObservableMap<String, Band> ltvToCacBands = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper bandsProblem = new ReadOnlyStringWrapper("");
    private final Work work;
    private int bandsRequest;

    public ChannelsViewModel(SelectedScenario selected, FigureFormatter formats, Locale locale) {
        this(selected, formats, locale, Work.BACKGROUND);
    }

    /** @param work where the bands of a scenario with ranges are computed (off the FX thread in the app) */
    public ChannelsViewModel(SelectedScenario selected, FigureFormatter formats, Locale locale, Work work) {
        this.selected = selected;
        this.formats = formats;
        this.locale = locale;
        this.work = work;
        this.grid = new RowsGridModel<>(columns(), this::channels,
                changed -> selected.edit(s -> s.withChannels(List.copyOf(changed)), UiText.text("edit.channels")), this::newChannel,
                locale);
        grid.showOverrides(new RowsGridModel.CellOverrides() {
            @Override
            public String note(int row, String columnKey) {
                Scenario scenario = selected.get();
                Optional<Driver> driver = Driver.byKey(columnKey).filter(ChannelSection.READS::contains);
                List<ChannelSection> sections = scenario == null ? List.of() : scenario.channelSections().orElse(List.of());
                if (driver.isEmpty() || row >= sections.size() || !sections.get(row).overrides().has(driver.get())) {
                    return null;
                }
                OptionalDouble own = scenario.drivers().value(driver.get());
                InputKind kind = columns().stream().filter(c -> c.key().equals(columnKey)).findFirst().orElseThrow().kind();
                return own.isEmpty() ? UiText.text("channels.theScenarioHasNo", driver.get().label())
                        : UiText.text("channels.overridesTheScenarioS", driver.get().label(), kind.format(own.getAsDouble(), locale), (kind == InputKind.MONEY ? " " + scenario.currency() : ""));
            }

            @Override
            public void reset(int row, String columnKey) {
                Driver driver = Driver.byKey(columnKey).orElseThrow();
                selected.edit(s -> {
                    List<ChannelSection> sections = new ArrayList<>(s.channelSections().orElseThrow());
                    ChannelSection c = sections.get(row);
                    sections.set(row, c.withOverrides(c.overrides().without(driver)));
                    return s.withChannelSections(sections);
                }, UiText.text("channels.resetToTheScenario", driver.label()));
            }
        });
        selected.onChange(this::refresh);
        refresh();
    }

    static List<ColumnField<ChannelInputs>> columns() {
        return List.of(
                ColumnField.text("name", UiText.text("channels.channel"), UiText.text("channels.theChannelSName"), ChannelInputs::name,
                        (c, v) -> new ChannelInputs(v, c.spend(), c.newCustomers(), c.activated(), c.retained90d(),
                                c.annualLogoChurn(), c.annualExpansion(), c.acv(), c.grossMargin())),
                ColumnField.number("spend", UiText.text("channels.spend"), InputKind.MONEY, UiText.text("channels.whatTheChannelCost"),
                        ChannelInputs::spend, (c, v) -> new ChannelInputs(c.name(), v, c.newCustomers(), c.activated(),
                                c.retained90d(), c.annualLogoChurn(), c.annualExpansion(), c.acv(), c.grossMargin())),
                ColumnField.number("newCustomers", UiText.text("channels.newCustomers"), InputKind.COUNT, UiText.text("channels.customersTheChannelBrought"),
                        c -> (double) c.newCustomers(), (c, v) -> new ChannelInputs(c.name(), c.spend(), whole(v),
                                c.activated(), c.retained90d(), c.annualLogoChurn(), c.annualExpansion(), c.acv(),
                                c.grossMargin())),
                ColumnField.number("activated", UiText.text("channels.activated"), InputKind.COUNT, UiText.text("channels.ofThemActivated"),
                        c -> (double) c.activated(), (c, v) -> new ChannelInputs(c.name(), c.spend(), c.newCustomers(),
                                whole(v), c.retained90d(), c.annualLogoChurn(), c.annualExpansion(), c.acv(),
                                c.grossMargin())),
                ColumnField.number("retained90d", UiText.text("channels.retained90D"), InputKind.COUNT, UiText.text("channels.ofThemStillCustomers"),
                        c -> (double) c.retained90d(), (c, v) -> new ChannelInputs(c.name(), c.spend(), c.newCustomers(),
                                c.activated(), whole(v), c.annualLogoChurn(), c.annualExpansion(), c.acv(), c.grossMargin())),
                ColumnField.number("annualLogoChurn", UiText.text("channels.churn"), InputKind.PERCENT, UiText.text("channels.annualLogoChurnOf"),
                        ChannelInputs::annualLogoChurn, (c, v) -> new ChannelInputs(c.name(), c.spend(), c.newCustomers(),
                                c.activated(), c.retained90d(), v, c.annualExpansion(), c.acv(), c.grossMargin())),
                ColumnField.number("annualExpansion", UiText.text("channels.expansion"), InputKind.PERCENT, UiText.text("channels.annualExpansionOfThese"),
                        ChannelInputs::annualExpansion, (c, v) -> new ChannelInputs(c.name(), c.spend(), c.newCustomers(),
                                c.activated(), c.retained90d(), c.annualLogoChurn(), v, c.acv(), c.grossMargin())),
                ColumnField.number("acv", UiText.text("channels.acv"), InputKind.MONEY, UiText.text("channels.theirAnnualContractValue"),
                        ChannelInputs::acv, (c, v) -> new ChannelInputs(c.name(), c.spend(), c.newCustomers(),
                                c.activated(), c.retained90d(), c.annualLogoChurn(), c.annualExpansion(), v, c.grossMargin())),
                ColumnField.number("grossMargin", UiText.text("channels.margin"), InputKind.PERCENT, UiText.text("channels.grossMarginOnTheir"),
                        ChannelInputs::grossMargin, (c, v) -> new ChannelInputs(c.name(), c.spend(), c.newCustomers(),
                                c.activated(), c.retained90d(), c.annualLogoChurn(), c.annualExpansion(), c.acv(), v)));
    }

    private static long whole(double value) {
        return Math.round(value);
    }

    public RowsGridModel<ChannelInputs> grid() {
        return grid;
    }

    /** Channels by LTV:CAC, best first. */
    public ObservableList<ChannelResult> ranked() {
        return ranked;
    }

    /** A channel's inputs by name, for the formulas in the ranking's tooltips. */
    public Optional<ChannelInputs> inputs(String name) {
        return channels().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public FigureFormatter formats() {
        return formats;
    }

    public String currency() {
        return selected.currency();
    }

    private List<ChannelInputs> channels() {
        Scenario scenario = selected.get();
        return scenario == null ? List.of() : scenario.channels().orElse(List.of());
    }

    /** A new channel reads the scenario's drivers; where it has none, the seed base case's figures. */
    private ChannelInputs newChannel() {
        Scenario scenario = selected.get();
        Drivers d = scenario == null ? Drivers.NONE : scenario.drivers();
        return new ChannelInputs(UiText.text("channels.channel2", (channels().size() + 1)), 0, 0, 0, 0,
                d.value(Driver.ANNUAL_LOGO_CHURN).orElse(0.18), d.value(Driver.ANNUAL_EXPANSION).orElse(0),
                d.value(Driver.ACV).orElse(24_000), d.value(Driver.GROSS_MARGIN).orElse(0.8));
    }

    private void refresh() {
        grid.refresh();
        ranked.setAll(ChannelCalculator.rank(channels()));
        refreshBands(selected.get());
    }

    /**
     * With ranges among the drivers the channels read: each channel's LTV:CAC band over the runs, by channel name
     * (forecast.md §3); empty otherwise, and a channel whose LTV:CAC no range moves has none. Seeded.
     */
    public ObservableMap<String, Band> ltvToCacBands() {
        return ltvToCacBands;
    }

    /** Why the bands could not be computed (a drawn value the model refuses); empty when they could. */
    public ReadOnlyStringProperty bandsProblemProperty() {
        return bandsProblem.getReadOnlyProperty();
    }

    /** A channel's LTV:CAC P10–P90 as the ranking's column shows it; empty when it has no band. */
    public Optional<String> ltvToCacRange(String channel) {
        return Optional.ofNullable(ltvToCacBands.get(channel)).map(b -> UiText.text("channels.bands.range",
                formats.multiple(b.p10()), formats.multiple(b.p90())));
    }

    /** The column's tooltip: the channel's P10, P50 and P90. */
    public Optional<String> ltvToCacBandNote(String channel) {
        return Optional.ofNullable(ltvToCacBands.get(channel)).map(b -> UiText.text("channels.bands.tip", channel,
                formats.multiple(b.p10()), formats.multiple(b.p50()), formats.multiple(b.p90())));
    }

    private void refreshBands(Scenario scenario) {
        int request = ++bandsRequest;
        ltvToCacBands.clear();
        bandsProblem.set("");
        if (scenario == null || !scenario.drivers().hasRanges() || channels().isEmpty()) {
            return;
        }
        List<String> names = channels().stream().map(ChannelInputs::name).toList();
        work.run("bands of the channels", () -> ScenarioSimulation.run(scenario, ScenarioSimulation.DEFAULT_RUNS,
                ScenarioSimulation.DEFAULT_SEED), bands -> {
                    if (request == bandsRequest) {
                        ltvToCacBands.putAll(byChannel(bands, names));
                    }
                }, failed -> {
                    if (request == bandsRequest) {
                        bandsProblem.set(DrawRefusalText.of(failed, locale));
                    }
                });
    }

    private static Map<String, Band> byChannel(ScenarioBands bands, List<String> names) {
        Map<String, Band> byName = new LinkedHashMap<>();
        for (String name : names) {
            bands.band("channels[" + name + "].ltvToCac").ifPresent(b -> byName.put(name, b));
        }
        return byName;
    }
}
