package id.gamestore.provisioning.scenario;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.provisioning.job.JobState;
import id.gamestore.provisioning.support.Orders;
import id.gamestore.provisioning.support.SandboxResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** PROVISIONING_ENABLED=false: confirmed orders wait ON_HOLD until an admin triggers them. */
@QuarkusTest
@TestProfile(ProvisioningDisabledTest.Disabled.class)
@QuarkusTestResource(SandboxResource.class)
class ProvisioningDisabledTest extends ScenarioSupport {

    /** Provisioning switched off. */
    public static class Disabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("provisioning.enabled", "false");
        }
    }

    @Test
    void heldOrderRunsOnlyAfterTheTrigger() throws Exception {
        OrderConfirmed order = Orders.confirmed("mc-basic");
        publish(order);
        awaitState(order.orderId(), JobState.ON_HOLD, Duration.ofSeconds(10));
        assertThat(panel.inventory()).isEqualTo(start);
        assertThat(broker.events(order.orderId(), EventTypes.PROVISIONING_STARTED)).isEmpty();

        given().header("X-Api-Key", "test-admin-key").post("/api/admin/jobs/" + order.orderId() + "/trigger").then()
                .statusCode(200);
        assertThat(awaitTerminal(order.orderId(), Duration.ofSeconds(30)).type())
                .isEqualTo(EventTypes.PROVISIONING_COMPLETED);
        given().header("X-Api-Key", "test-admin-key").post("/api/admin/jobs/" + order.orderId() + "/trigger").then()
                .statusCode(409);
    }
}
