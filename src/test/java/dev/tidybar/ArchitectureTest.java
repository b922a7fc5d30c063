package dev.tidybar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.tidybar", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * The client, the fake and the keychain run without a display: in tests, in the standalone fake,
     * and off the FX thread.
     */
    @ArchTest
    static final ArchRule clientFakeAndKeychainDoNotUseJavaFx = noClasses()
            .that().resideInAnyPackage("dev.tidybar.api..", "dev.tidybar.fake..", "dev.tidybar.keychain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the Rocket.Chat client, the fake workspace and the keychain must work without JavaFX");

    /** View models and the work queue hold state and commands; only views build and touch nodes. */
    @ArchTest
    static final ArchRule viewModelsAndTheQueueDoNotTouchTheScene = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel").or().resideInAPackage("dev.tidybar.ui.queue..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
            .because("view models are tested without a window, and views only bind to them");

    /**
     * Everything logs through System.Logger. Only the app's start-up (dev.tidybar.app) writes to the
     * console; the standalone fake, which prints its address and demo logins, is in the test sources.
     */
    @ArchTest
    static final ArchRule onlyTheAppWritesToTheConsole = noClasses()
            .that().resideOutsideOfPackage("dev.tidybar.app..")
            .should(ACCESS_STANDARD_STREAMS)
            .because("output goes through System.Logger, which can be configured and never shows a token");
}
