package id.gamestore.provisioning.scenario;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.provisioning.support.Orders;
import id.gamestore.provisioning.support.SandboxResource;
import id.gamestore.provisioning.support.TestBroker;
import id.gamestore.sandbox.faults.Fault;
import id.gamestore.sandbox.panel.PanelSandbox;
import id.gamestore.sandbox.panel.PanelServer;
import id.gamestore.sandbox.testing.SandboxTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What a package promises, built on the sandbox panel: the plan's snake_case {@code bronze} (nest found from the egg,
 * the egg's image, the plan's startup), auto-start on (the panel's {@code start_on_completion}, no separate start
 * call) and off, initial files from inline text and from a rendered template written before the first start, and a
 * required egg variable without a value named at start-up validation. The test profile has AUTO_START_SERVERS on.
 */
@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
class PackageBuildTest extends ScenarioSupport {

    private static PanelSandbox sandbox() {
        return SandboxTestResource.current().panel();
    }

    private PanelServer provision(OrderConfirmed order) throws Exception {
        publish(order);
        assertThat(awaitTerminal(order.orderId(), Duration.ofSeconds(30)).type())
                .isEqualTo(EventTypes.PROVISIONING_COMPLETED);
        return sandbox().inventory().serverByExternalId("gs-order-" + order.orderId()).orElseThrow();
    }

    private long startCalls(Instant since, PanelServer server) {
        return panel.requestsSince(since, "POST", ".*/api/client/servers/" + server.identifier() + "/power");
    }

    @Test
    void thePlansBronzePackageIsBuiltAsWrittenAndStartedByThePanel() throws Exception {
        Instant begin = Instant.now();
        PanelServer server = provision(Orders.confirmed("bronze"));

        assertThat(server.eggId()).isEqualTo(1);
        assertThat(server.nestId()).as("nest found from egg_id").isEqualTo(1);
        assertThat(server.nodeId()).isIn(1, 2);
        assertThat(server.memory()).isEqualTo(1024);
        assertThat(server.cpu()).isEqualTo(100);
        assertThat(server.disk()).isEqualTo(5120);
        assertThat(server.startup()).isEqualTo("java -Xms128M -Xmx{{SERVER_MEMORY}}M -jar server.jar");
        assertThat(server.image()).as("the egg's default image").isEqualTo("ghcr.io/pterodactyl/yolks:java_21");
        assertThat(server.variables()).as("required variables get the egg's defaults")
                .containsEntry("BUNGEE_VERSION", "latest").containsEntry("SERVER_JARFILE", "bungeecord.jar");
        assertThat(server.powerState()).as("start_on_completion started it after the install").isEqualTo("running");
        assertThat(startCalls(begin, server)).as("no separate start call").isZero();
    }

    @Test
    void aPackageWithAutoStartOffIsLeftForTheCustomerToStart() throws Exception {
        Instant begin = Instant.now();
        PanelServer server = provision(Orders.confirmed("bronze-manual"));

        assertThat(server.powerState()).isEqualTo("offline");
        assertThat(startCalls(begin, server)).isZero();
    }

    @Test
    void initialFilesAreWrittenFromInlineTextAndRenderedTemplatesThenTheServerIsStarted() throws Exception {
        OrderConfirmed order = Orders.confirmed("mc-files");
        Instant begin = Instant.now();
        PanelServer server = provision(order);

        Map<String, String> files = sandbox().writtenFiles(server.identifier());
        assertThat(files).containsOnlyKeys("eula.txt", "server.properties");
        assertThat(files.get("eula.txt")).isEqualTo("eula=true\n");
        int port = sandbox().inventory().allocationsInUse().stream().filter(a -> a.id() == server.allocationId())
                .findFirst().orElseThrow().port();
        assertThat(files.get("server.properties"))
                .contains("# Minecraft Basic for " + order.customer().name() + ", order " + order.orderId()
                        + " (" + order.pkg().durationMonths() + " month(s))")
                .contains("server-port=" + port + "\n").contains("motd=" + server.name() + "\n")
                .contains("memory-mb=2048\n").contains("jar=server.jar\n")
                .doesNotContain("{");
        assertThat(server.powerState()).as("started after the files were written").isEqualTo("running");
        assertThat(startCalls(begin, server)).isEqualTo(1);
        List<String> calls = sandbox().requests().stream()
                .filter(r -> r.path().contains("/servers/" + server.identifier() + "/"))
                .map(r -> r.path().contains("/files/write") ? "write" : "start").distinct().toList();
        assertThat(calls).containsExactly("write", "start");
    }

    @Test
    void aStartThePanelRefusesForGoodStillDeliversTheServerAndTheEventSaysItIsNotRunning() throws Exception {
        panel.fault(Fault.serverError(409).on("POST", "/api/client/servers/*/power"));
        try {
            OrderConfirmed order = Orders.confirmed("mc-files");
            publish(order);
            TestBroker.Received done = awaitTerminal(order.orderId(), Duration.ofSeconds(30));
            assertThat(done.type()).isEqualTo(EventTypes.PROVISIONING_COMPLETED);
            ProvisioningCompleted completed = EventJson.read(done.json(), ProvisioningCompleted.class);
            assertThat(completed.server().started()).as("the customer must be told to press Start").isFalse();
            assertThat(completed.server().description())
                    .as("mc-files has no description of its own; the panel's generated one is not for the customer")
                    .isNull();
            PanelServer server = sandbox().inventory().serverByExternalId("gs-order-" + order.orderId())
                    .orElseThrow();
            assertThat(server.powerState()).isEqualTo("offline");
        } finally {
            panel.clearFaults();
        }
    }

    @Test
    void aRequiredEggVariableWithoutValueIsNamedAtStartUpAndAnEggDefaultIsUsed() {
        given().header("X-Api-Key", "test-admin-key").get("/api/admin/capacity/packages").then().statusCode(200)
                .body("warnings", hasItem("package:csgo-nosteam:VARIABLE_MISSING"))
                .body("packages.find { it.code == 'csgo-nosteam' }.buildable", equalTo(false))
                .body("packages.find { it.code == 'csgo-nosteam' }.reasons[0]",
                        containsString("package csgo-nosteam: environment.STEAM_ACC: required by egg 7"))
                .body("packages.find { it.code == 'bronze' }.buildable", equalTo(true))
                .body("packages.find { it.code == 'csgo-basic' }.buildable", equalTo(true));
    }
}
