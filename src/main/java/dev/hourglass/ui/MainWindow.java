package dev.hourglass.ui;

import dev.hourglass.model.figures.FigureFormatter;
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
import javafx.scene.Parent;

/** Builds the workbook window for a session: every view model and controller, wired through the constructors. */
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
        UnitEconomicsViewModel unitEconomics = new UnitEconomicsViewModel(selected, formats, locale);
        RetentionViewModel retention = new RetentionViewModel(selected, formats, locale);
        RetentionProgramViewModel programme = new RetentionProgramViewModel(selected, formats, locale);
        ChannelsViewModel channels = new ChannelsViewModel(selected, formats, locale);
        BudgetPostSaleViewModel postSale = new BudgetPostSaleViewModel(selected, formats, locale);
        LeadsData leads = new LeadsData(session.workbook(), Work.BACKGROUND);
        PipelineViewModel pipeline = new PipelineViewModel(session.workbook(), session.history(), formats, locale,
                leads, Work.BACKGROUND);
        ActualsViewModel actuals = new ActualsViewModel(session.workbook(), selected, formats, Work.BACKGROUND);
        AccountsData accounts = new AccountsData(session.workbook(), Work.BACKGROUND);
        AccountsHealthViewModel accountsHealth = new AccountsHealthViewModel(accounts, selected, formats, Work.BACKGROUND);
        AcquisitionViewModel acquisition = new AcquisitionViewModel(accounts, selected, formats, leads);
        WorkbookPlanner planner = new WorkbookPlanner(session.workbook());
        PlanViewModel plan = new PlanViewModel(selected, formats, planner, Work.BACKGROUND, YearMonth.now());
        Startup.mark("view models made");
        MainWindowController[] main = new MainWindowController[1];
        ControllerFactory[] factory = new ControllerFactory[1];
        ControllerFactory controllers = new ControllerFactory()
                .register(MainWindowController.class, () -> main[0] = new MainWindowController(session, actions, preferences,
                        (owner, kind) -> ImportWizard.start(owner, session.workbook(), kind, () -> {
                                    pipeline.refreshDatasets();
                                    actuals.refreshDatasets();
                                    accounts.refreshDatasets();
                                    leads.refresh();
                                    planner.refresh();
                                    plan.dataImported();
                                }), fxml -> Views.loadView(MainWindow.class, fxml, factory[0]),
                        plan.reportProperty(), locale))
                .register(OverviewController.class, () -> new OverviewController(headlines))
                .register(UnitEconomicsController.class, () -> new UnitEconomicsController(unitEconomics))
                .register(RetentionController.class, () -> new RetentionController(retention))
                .register(RetentionProgramController.class, () -> new RetentionProgramController(programme))
                .register(ChannelsController.class, () -> new ChannelsController(channels))
                .register(BudgetPostSaleController.class, () -> new BudgetPostSaleController(postSale))
                .register(PipelineController.class, () -> new PipelineController(pipeline, locale, preferences))
                .register(ActualsController.class, () -> new ActualsController(actuals))
                // Made with their views: they recompute every comparison and sensitivity on each edit while shown.
                .register(CompareController.class, () -> new CompareController(new CompareViewModel(session, Work.BACKGROUND), formats,
                        locale))
                .register(WhatIfController.class, () -> new WhatIfController(
                        new WhatIfViewModel(selected, formats, locale)))
                .register(AccountsHealthController.class, () -> new AccountsHealthController(accountsHealth, preferences))
                .register(AcquisitionController.class, () -> new AcquisitionController(acquisition))
                .register(PlanController.class, () -> new PlanController(plan));
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
