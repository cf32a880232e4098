package id.gamestore.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The service's boundaries as rules. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.gamestore.notification");

    /** Inbound adapters: JAX-RS resources and message consumers, in a feature's rest/ or messaging/ sub-package. */
    private static final String[] ADAPTERS = {"id.gamestore.notification..rest..",
            "id.gamestore.notification..messaging.."};

    @Test
    void noOtherServiceIsImported() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("id.gamestore.order..", "id.gamestore.provisioning..", "id.gamestore.sandbox..")
                .check(CLASSES);
    }

    @Test
    void onlyTheChannelPackageTalksHttpToWhatsApp() {
        noClasses().that().resideOutsideOfPackage("id.gamestore.notification.channel..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "org.eclipse.microprofile.rest.client..",
                        "io.vertx.ext.web.client..", "io.vertx.core.http..")
                .check(CLASSES);
    }

    @Test
    void templatesAndDeliveriesDoNotReachIntoTheAdminApi() {
        noClasses().that().resideInAnyPackage("id.gamestore.notification.template..",
                "id.gamestore.notification.delivery..", "id.gamestore.notification.dispatch..",
                "id.gamestore.notification.pacing..", "id.gamestore.notification.receipt..",
                "id.gamestore.notification.channel..")
                .and().resideOutsideOfPackages(ADAPTERS)
                .should().dependOnClassesThat().resideInAnyPackage("id.gamestore.notification.admin..")
                .check(CLASSES);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("id.gamestore.notification.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void adaptersDependOnFeaturesNotTheReverse() {
        noClasses().that().resideOutsideOfPackages(ADAPTERS)
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
                .check(CLASSES);
    }

    @Test
    void onlyRestAdaptersUseJaxRs() {
        // outbound REST clients to other services (chat/client: order-service's chat endpoint) are JAX-RS
        // interfaces by definition, as in order-service's buildability/client
        noClasses().that().resideOutsideOfPackages("id.gamestore.notification..rest..",
                "id.gamestore.notification..client..")
                // the admin network's own 404 for callers outside it: a JAX-RS exception mapper by nature (the
                // generic mappers are service-support's)
                .and().doNotHaveFullyQualifiedName("id.gamestore.notification.admin.ErrorMappers")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .check(CLASSES);
    }
}
