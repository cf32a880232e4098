package id.gamestore.order;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.gamestore.order");

    @Test
    void orderServiceDoesNotUseOtherServicesCode() {
        noClasses().that().resideInAPackage("id.gamestore.order..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("id.gamestore.provisioning..", "id.gamestore.notification..")
                .check(CLASSES);
    }

    @Test
    void onlyTheBrokerAndOutboxPackagesTalkAmqpDirectly() {
        noClasses().that().resideInAPackage("id.gamestore.order..")
                .and().resideOutsideOfPackages("id.gamestore.order.broker..", "id.gamestore.order.outbox..")
                .should().dependOnClassesThat().resideInAPackage("com.rabbitmq.client..")
                .check(CLASSES);
    }

    @Test
    void restResourcesDoNotReachIntoMessaging() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().resideInAnyPackage("id.gamestore.order.outbox..",
                        "id.gamestore.order.broker..", "id.gamestore.order.tracking..")
                .check(CLASSES);
    }
}
