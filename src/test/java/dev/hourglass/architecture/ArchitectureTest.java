package dev.hourglass.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.hourglass.store.Workbook;
import javafx.scene.control.Alert;

/** The package rules of DEVELOPERS.md: dependencies point one way, and the model stays pure Java. */
@AnalyzeClasses(packages = "dev.hourglass", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("dev.hourglass..")
            .withOptionalLayers(true)
            .layer("launcher").definedBy("dev.hourglass")
            .layer("model").definedBy("dev.hourglass.model..")
            .layer("files").definedBy("dev.hourglass.files..")
            .layer("store").definedBy("dev.hourglass.store..")
            .layer("io").definedBy("dev.hourglass.io..")
            .layer("app").definedBy("dev.hourglass.app..")
            .layer("ui").definedBy("dev.hourglass.ui..")
            .layer("cli").definedBy("dev.hourglass.cli..")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("app").mayOnlyBeAccessedByLayers("ui", "cli")
            .whereLayer("store").mayOnlyBeAccessedByLayers("app", "ui", "cli")
            .whereLayer("io").mayOnlyBeAccessedByLayers("app", "ui", "cli")
            .whereLayer("files").mayOnlyBeAccessedByLayers("store", "io")
            .whereLayer("model").mayOnlyBeAccessedByLayers("store", "io", "app", "ui", "cli");

    @ArchTest
    static final ArchRule thePlainCommandPathNamesNoPicocliException = noClasses()
            .that().haveFullyQualifiedName("dev.hourglass.Main")
            .or().areAssignableTo("dev.hourglass.cli.DirectCommand")
            .or().haveFullyQualifiedName("dev.hourglass.cli.HeldOutput")
            .or().haveFullyQualifiedName("dev.hourglass.cli.CohortsCommand")
            .or().haveFullyQualifiedName("dev.hourglass.cli.PipelineCommand")
            .should().dependOnClassesThat().areAssignableTo("picocli.CommandLine$PicocliException")
            .because("a class that throws or catches one makes the JVM load it, picocli's classes are too old for the"
                    + " class-data archive, and loading one opens the 25,000-entry jar: 10-20 ms of every plain cohorts"
                    + " or pipeline run (throw usage errors through UsageError)");

    @ArchTest
    static final ArchRule modelIsPlainJava = classes()
            .that().resideInAPackage("dev.hourglass.model..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.hourglass.model..", "java.lang..", "java.util..", "java.time..", "java.math..", "java.text..")
            .because("the model has no JavaFX, JDBC, Jackson or I/O: it is pure, fast and testable");

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideInAnyPackage("dev.hourglass.model..", "dev.hourglass.files..", "dev.hourglass.store..", "dev.hourglass.io..",
                    "dev.hourglass.app..", "dev.hourglass.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("the command line runs headless and never starts the JavaFX toolkit");

    @ArchTest
    static final ArchRule theApplicationsAlertsAreMadeByDialogs = noClasses()
            .that().resideInAPackage("dev.hourglass.ui")
            .should().dependOnClassesThat().areAssignableTo(Alert.class)
            .because("the application's alerts are made by ui.common.Dialogs like the views': owned by their window, "
                    + "worded by the caller");

    @ArchTest
    static final ArchRule onlyTheStoreUsesJdbc = noClasses()
            .that().resideOutsideOfPackages("dev.hourglass.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("the workbook file is the store's business");

    @ArchTest
    static final ArchRule ioPackagesHaveNoCycles = slices()
            .matching("dev.hourglass.io.(*)..")
            .should().beFreeOfCycles()
            .because("a reader of files (io.csv) does not need the JSON writers of its results (io.json), nor the reverse");

    @ArchTest
    static final ArchRule viewControllersLeaveTheWorkbookToTheSession = noClasses()
            .that().resideInAPackage("dev.hourglass.ui..").and().haveSimpleNameEndingWith("Controller")
            .and().resideOutsideOfPackage("dev.hourglass.ui.mainwindow..")
            .should().dependOnClassesThat().areAssignableTo(Workbook.class)
            .because("a view's data is read by its view model or the session (ui.session), through Work, never by its "
                    + "controller");

    @ArchTest
    static final ArchRule noControllerHoldsAWorkbook = noFields()
            .that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Controller")
            .should().haveRawType(Workbook.class)
            .because("the window's controller reaches the workbook through its session");

    @ArchTest
    static final ArchRule viewsMeetOnlyInCommonAndSession = slices()
            .matching("dev.hourglass.ui.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(DescribedPredicate.alwaysTrue(),
                    JavaClass.Predicates.resideInAnyPackage("dev.hourglass.ui.common..", "dev.hourglass.ui.session.."))
            .ignoreDependency(JavaClass.Predicates.resideInAPackage("dev.hourglass.ui.mainwindow.."),
                    JavaClass.Predicates.resideInAPackage("dev.hourglass.ui.importing.."))
            .because("a feature's view shares data through the session (ui.session) and controls through ui.common; "
                    + "only the window shell (ui.mainwindow) opens another feature, the import wizard");
}
