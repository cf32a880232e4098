package id.gamestore.sandbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's shape: two faces ({@code panel}, {@code whatsapp}) that never know each other, shared HTTP / fault /
 * JSON / admin plumbing below them, and the facade ({@code Sandbox}, {@code SandboxMain}) and the test helper
 * ({@code testing}) above. No package cycles anywhere.
 */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.gamestore.sandbox");

    @Test
    void noPackageCycles() {
        slices().matching("id.gamestore.sandbox.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void thePanelFaceDoesNotKnowTheWhatsAppFace() {
        noClasses().that().resideInAPackage("id.gamestore.sandbox.panel..")
                .should().dependOnClassesThat().resideInAPackage("id.gamestore.sandbox.whatsapp..")
                .check(CLASSES);
    }

    @Test
    void theWhatsAppFaceDoesNotKnowThePanelFace() {
        noClasses().that().resideInAPackage("id.gamestore.sandbox.whatsapp..")
                .should().dependOnClassesThat().resideInAPackage("id.gamestore.sandbox.panel..")
                .check(CLASSES);
    }

    @Test
    void theSharedSupportKnowsNeitherFaceNorTheFacade() {
        noClasses().that().resideInAPackage("id.gamestore.sandbox.support..")
                .should().dependOnClassesThat().resideInAnyPackage("id.gamestore.sandbox.panel..",
                        "id.gamestore.sandbox.whatsapp..", "id.gamestore.sandbox.testing..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Sandbox.class.getName())
                .check(CLASSES);
    }

    @Test
    void theFacesDoNotDependOnTheFacadeOrTheTestHelper() {
        noClasses().that().resideInAnyPackage("id.gamestore.sandbox.panel..", "id.gamestore.sandbox.whatsapp..")
                .should().dependOnClassesThat().resideInAPackage("id.gamestore.sandbox.testing..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Sandbox.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(SandboxMain.class.getName())
                .check(CLASSES);
    }
}
