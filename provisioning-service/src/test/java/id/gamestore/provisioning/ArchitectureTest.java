package id.gamestore.provisioning;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.gamestore.provisioning");

    @Test
    void onlyThePterodactylPackageTalksHttp() {
        noClasses().that().resideOutsideOfPackages("id.gamestore.provisioning.pterodactyl..",
                        "id.gamestore.provisioning.notification..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "org.eclipse.microprofile.rest.client..",
                        "io.quarkus.rest.client..",
                        "jakarta.ws.rs.client..", "io.vertx.ext.web.client..", "org.apache.http..", "okhttp3..")
                .check(classes);
    }

    @Test
    void noOtherServiceIsImported() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("id.gamestore.order..",
                "id.gamestore.notification..", "id.gamestore.sandbox..")
                .check(classes);
    }

    @Test
    void sagaStepsDoNotTouchTheBroker() {
        noClasses().that().resideInAnyPackage("id.gamestore.provisioning.saga..", "id.gamestore.provisioning.pterodactyl..")
                .should().dependOnClassesThat().resideInAnyPackage("com.rabbitmq..")
                .check(classes);
    }
}
