package id.gamestore.order;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.base.DescribedPredicate;

class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.gamestore.order");

    /**
     * Plumbing that moves to service-support (issue 16, another engineer's part): the API-key filter, the error body
     * and its mappers, and the health-details filter. They are HTTP by nature and leave this module at merge.
     */
    private static final DescribedPredicate<JavaClass> MOVES_TO_SERVICE_SUPPORT = JavaClass.Predicates
            .simpleName("ApiKeyAuthenticationMechanism")
            .or(JavaClass.Predicates.simpleName("ApiKeyAuthenticationRequest"))
            .or(JavaClass.Predicates.simpleName("ApiKeyIdentityProvider"))
            .or(JavaClass.Predicates.simpleName("ApiError"))
            .or(JavaClass.Predicates.simpleName("ApiException"))
            .or(JavaClass.Predicates.simpleNameStartingWith("ErrorMappers"))
            .or(JavaClass.Predicates.simpleName("HealthDetailsFilter"));

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
     * ({@code ..client..}, JAX-RS by definition), and the plumbing that moves to service-support.
     */
    @Test
    void domainCodeIsFreeOfJaxRs() {
        noClasses().that().resideOutsideOfPackages("..rest..", "..client..", "id.gamestore.order.api..")
                .and(DescribedPredicate.not(MOVES_TO_SERVICE_SUPPORT))
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .check(CLASSES);
    }

    /**
     * Domain code refuses with {@code error.Refused} (a code and a kind, no HTTP status); only the rest/ adapters
     * speak HTTP errors ({@code ApiException}); {@code error.rest.RefusedMapper} answers a refusal with its status.
     */
    @Test
    void domainCodeDoesNotThrowHttpErrors() {
        noClasses().that().resideOutsideOfPackages("id.gamestore.order..rest..")
                .and(DescribedPredicate.not(MOVES_TO_SERVICE_SUPPORT))
                .should().dependOnClassesThat().haveFullyQualifiedName("id.gamestore.order.error.ApiException")
                .check(CLASSES);
    }
}
