package id.gamestore.order;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("id.gamestore.order.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** Adapters (rest/, messaging/) call into features; a feature never calls its adapters. */
    @Test
    void nothingOutsideTheAdaptersDependsOnThem() {
        noClasses().that().resideOutsideOfPackages("id.gamestore.order..rest..", "id.gamestore.order..messaging..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("id.gamestore.order..rest..", "id.gamestore.order..messaging..")
                .check(CLASSES);
    }

    /**
     * Domain code is free of JAX-RS: only the rest/ adapters use it. Exceptions, each for a reason: the JAX-RS
     * {@code Application} that carries the OpenAPI definition ({@code api}), the outbound REST client interfaces
     * ({@code ..client..}, JAX-RS by definition). The error body and its mappers live in service-support.
     */
    @Test
    void domainCodeIsFreeOfJaxRs() {
        noClasses().that().resideOutsideOfPackages("..rest..", "..client..", "id.gamestore.order.api..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .check(CLASSES);
    }

    /**
     * Domain code refuses with {@code error.Refused} (a code and a kind, no HTTP status); only the rest/ adapters
     * speak HTTP errors (service-support's {@code ApiException} and {@code ApiError}); {@code error.rest.RefusedMapper}
     * answers a refusal with its status.
     */
    @Test
    void domainCodeDoesNotThrowHttpErrors() {
        noClasses().that().resideOutsideOfPackages("id.gamestore.order..rest..")
                .should().dependOnClassesThat().resideInAPackage("id.gamestore.support.rest..")
                .check(CLASSES);
    }
}
