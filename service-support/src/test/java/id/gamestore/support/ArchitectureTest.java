package id.gamestore.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The support module's boundaries: plumbing only, below every service, one concern per package. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.gamestore.support");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("id.gamestore.support.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void supportNeverDependsOnAService() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("id.gamestore.order..",
                "id.gamestore.provisioning..", "id.gamestore.notification..", "id.gamestore.sandbox..")
                .check(CLASSES);
    }

    @Test
    void onlyTheRestPackageUsesJaxRs() {
        noClasses().that().resideOutsideOfPackage("id.gamestore.support.rest..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .check(CLASSES);
    }

    @Test
    void constructorInjectionOnly() {
        noFields().should().beAnnotatedWith(Inject.class).check(CLASSES);
    }
}
