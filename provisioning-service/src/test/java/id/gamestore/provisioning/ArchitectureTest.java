package id.gamestore.provisioning;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
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

    /**
     * One way to consume in every service: the SmallRye RabbitMQ connector's {@code @Incoming} channels (held in place
     * by {@code DatabaseHold}, settled through {@code ConsumerChannels}); no hand-written AMQP consumer.
     */
    @Test
    void consumingGoesThroughTheMessagingConnector() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("com.rabbitmq.client.Consumer")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.rabbitmq.client.DefaultConsumer")
                .orShould().callMethodWhere(DescribedPredicate.<JavaMethodCall>describe("Channel.basicConsume",
                        call -> call.getTarget().getOwner().isAssignableTo("com.rabbitmq.client.Channel")
                                && call.getTarget().getName().equals("basicConsume")))
                .check(classes);
    }

    /** Inbound adapters: JAX-RS resources ({@code rest}) and broker consumers ({@code messaging}) of each feature. */
    private static final String[] ADAPTERS = { "id.gamestore.provisioning..rest..",
            "id.gamestore.provisioning..messaging.." };

    /**
     * The outbound REST client interface to notification-service is declared with JAX-RS annotations (that is how a
     * Quarkus REST client is written); it describes another service's endpoint, it is not domain code.
     */
    private static final DescribedPredicate<JavaClass> REST_CLIENT_INTERFACE = DescribedPredicate.describe(
            "the outbound REST client interface LoginDeliveryApi",
            c -> c.getName().startsWith("id.gamestore.provisioning.notification.LoginDeliveryApi"));

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("id.gamestore.provisioning.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void adaptersDependOnFeaturesNotTheReverse() {
        noClasses().that().resideOutsideOfPackages(ADAPTERS)
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
                .check(classes);
    }

    @Test
    void domainCodeIsFreeOfJaxRs() {
        noClasses().that().resideOutsideOfPackage("id.gamestore.provisioning..rest..")
                .and(DescribedPredicate.not(REST_CLIENT_INTERFACE))
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..")
                .check(classes);
    }
}
