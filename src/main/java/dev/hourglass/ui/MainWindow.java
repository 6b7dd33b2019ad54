package dev.hourglass.ui;

import dev.hourglass.model.figures.FigureFormatter;
import dev.hourglass.model.plan.PlanReport;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.ui.accounts.AccountsHealthController;
import dev.hourglass.ui.accounts.AccountsHealthViewModel;
import dev.hourglass.ui.acquisition.AcquisitionController;
import dev.hourglass.ui.acquisition.AcquisitionViewModel;
import dev.hourglass.ui.actuals.ActualsController;
import dev.hourglass.ui.actuals.ActualsViewModel;
import dev.hourglass.ui.channels.ChannelsController;
import dev.hourglass.ui.channels.ChannelsViewModel;
import dev.hourglass.ui.common.AppPreferences;
import dev.hourglass.ui.common.ControllerFactory;
import dev.hourglass.ui.common.Lazy;
import dev.hourglass.ui.common.UiText;
import dev.hourglass.ui.common.Views;
import dev.hourglass.ui.common.Work;
import dev.hourglass.ui.compare.CompareController;
import dev.hourglass.ui.compare.CompareViewModel;
import dev.hourglass.ui.importing.ImportWizard;
import dev.hourglass.ui.importing.ImportWizardViewModel;
import dev.hourglass.ui.mainwindow.HeadlinesViewModel;
import dev.hourglass.ui.mainwindow.MainWindowController;
import dev.hourglass.ui.mainwindow.OverviewController;
import dev.hourglass.ui.mainwindow.WindowActions;
import dev.hourglass.ui.pipeline.PipelineController;
import dev.hourglass.ui.pipeline.PipelineViewModel;
import dev.hourglass.ui.plan.PlanController;
import dev.hourglass.ui.plan.PlanViewModel;
import dev.hourglass.ui.plan.WorkbookPlanner;
import dev.hourglass.ui.postsale.BudgetPostSaleController;
import dev.hourglass.ui.postsale.BudgetPostSaleViewModel;
import dev.hourglass.ui.programme.RetentionProgramController;
import dev.hourglass.ui.programme.RetentionProgramViewModel;
import dev.hourglass.ui.retention.RetentionController;
import dev.hourglass.ui.retention.RetentionViewModel;
import dev.hourglass.ui.session.AccountsData;
import dev.hourglass.ui.session.LeadsData;
import dev.hourglass.ui.session.ScenarioEntry;
import dev.hourglass.ui.session.SelectedScenario;
import dev.hourglass.ui.session.WorkbookSession;
import dev.hourglass.ui.uniteconomics.UnitEconomicsController;
import dev.hourglass.ui.uniteconomics.UnitEconomicsViewModel;
import dev.hourglass.ui.whatif.WhatIfController;
import dev.hourglass.ui.whatif.WhatIfViewModel;
import java.time.YearMonth;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;

/**
 * Builds the workbook window for a session: every view model and controller, wired through the constructors; a
 * view's model is made when its view is first shown.
 */
public final class MainWindow {
    private final Parent root;
    private final MainWindowController controller;

    private MainWindow(Parent root, MainWindowController controller) {
        this.root = root;
        this.controller = controller;
    }

    public static MainWindow build(WorkbookSession session, WindowActions actions, AppPreferences preferences,
                                   Locale locale) {
        FigureFormatter formats = new FigureFormatter(locale, session.workbook().currencyOrDefault(),
                UiText.language());
        HeadlinesViewModel headlines = new HeadlinesViewModel(currentScenario(session), formats);
        headlines.scenarioProperty().bind(session.selectedProperty().flatMap(ScenarioEntry::scenarioProperty));
        SelectedScenario selected = new SelectedScenario(session);
        // Made with their views: a start builds the Overview only, so it makes only what the Overview shows
        Lazy<UnitEconomicsViewModel> unitEconomics = Lazy.of(() -> new UnitEconomicsViewModel(selected, formats, locale));
        Lazy<RetentionViewModel> retention = Lazy.of(() -> new RetentionViewModel(selected, formats, locale));
        Lazy<RetentionProgramViewModel> programme = Lazy.of(() -> new RetentionProgramViewModel(selected, formats,
                locale));
        Lazy<ChannelsViewModel> channels = Lazy.of(() -> new ChannelsViewModel(selected, formats, locale));
        Lazy<BudgetPostSaleViewModel> postSale = Lazy.of(() -> new BudgetPostSaleViewModel(selected, formats, locale));
        Lazy<LeadsData> leads = Lazy.of(() -> new LeadsData(session.workbook(), Work.BACKGROUND));
        Lazy<PipelineViewModel> pipeline = Lazy.of(() -> new PipelineViewModel(session.workbook(), session.history(),
                formats, locale, leads.get(), Work.BACKGROUND));
        Lazy<ActualsViewModel> actuals = Lazy.of(() -> new ActualsViewModel(session.workbook(), selected, formats,
                Work.BACKGROUND));
        Lazy<AccountsData> accounts = Lazy.of(() -> new AccountsData(session.workbook(), Work.BACKGROUND));
        Lazy<AccountsHealthViewModel> accountsHealth = Lazy.of(() -> new AccountsHealthViewModel(accounts.get(),
                selected, formats, Work.BACKGROUND));
        Lazy<AcquisitionViewModel> acquisition = Lazy.of(() -> new AcquisitionViewModel(accounts.get(), selected,
                formats, leads.get()));
        Lazy<WorkbookPlanner> planner = Lazy.of(() -> new WorkbookPlanner(session.workbook()));
        ObjectProperty<PlanReport> planReport = new SimpleObjectProperty<>();
        Lazy<PlanViewModel> plan = Lazy.of(() -> {
            PlanViewModel made = new PlanViewModel(selected, formats, planner.get(), Work.BACKGROUND, YearMonth.now());
            planReport.bind(made.reportProperty());
            return made;
        });
        Startup.mark("view models made");
        MainWindowController[] main = new MainWindowController[1];
        ControllerFactory[] factory = new ControllerFactory[1];
        ControllerFactory controllers = new ControllerFactory()
                .register(MainWindowController.class, () -> main[0] = new MainWindowController(session, actions, preferences,
                        (owner, kind) -> ImportWizard.start(owner, session.workbook(), kind, () -> {
                                    pipeline.ifMade(PipelineViewModel::refreshDatasets);
                                    actuals.ifMade(ActualsViewModel::refreshDatasets);
                                    accounts.ifMade(AccountsData::refreshDatasets);
                                    leads.ifMade(LeadsData::refresh);
                                    planner.ifMade(WorkbookPlanner::refresh);
                                    plan.ifMade(PlanViewModel::dataImported);
                                }), fxml -> Views.loadView(MainWindow.class, fxml, factory[0]),
                        planReport, locale))
                .register(OverviewController.class, () -> new OverviewController(headlines))
                .register(UnitEconomicsController.class, () -> new UnitEconomicsController(unitEconomics.get()))
                .register(RetentionController.class, () -> new RetentionController(retention.get()))
                .register(RetentionProgramController.class, () -> new RetentionProgramController(programme.get()))
                .register(ChannelsController.class, () -> new ChannelsController(channels.get()))
                .register(BudgetPostSaleController.class, () -> new BudgetPostSaleController(postSale.get()))
                .register(PipelineController.class, () -> new PipelineController(pipeline.get(), locale, preferences))
                .register(ActualsController.class, () -> new ActualsController(actuals.get()))
                // Made with their views: they recompute every comparison and sensitivity on each edit while shown.
                .register(CompareController.class, () -> new CompareController(new CompareViewModel(session, Work.BACKGROUND), formats,
                        locale))
                .register(WhatIfController.class, () -> new WhatIfController(
                        new WhatIfViewModel(selected, formats, locale)))
                .register(AccountsHealthController.class, () -> new AccountsHealthController(accountsHealth.get(),
                        preferences))
                .register(AcquisitionController.class, () -> new AcquisitionController(acquisition.get()))
                .register(PlanController.class, () -> new PlanController(plan.get()));
        factory[0] = controllers;
        Parent root = Views.load(MainWindowController.class, "MainWindow.fxml", controllers);
        return new MainWindow(root, main[0]);
    }

    private static Scenario currentScenario(WorkbookSession session) {
        ScenarioEntry entry = session.selectedProperty().get();
        return entry == null ? null : entry.scenario();
    }

    public Parent root() {
        return root;
    }

    public MainWindowController controller() {
        return controller;
    }
}
