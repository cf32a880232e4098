package id.gamestore.notification.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import id.gamestore.notification.support.SandboxTest;
import id.gamestore.notification.support.TestBroker;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@Order(6)
class ProvisioningEventConsumerTest extends SandboxTest {

    @Test
    void anUnreadableEventIsParkedInTheDeadLetterQueue() {
        String marker = "not-json-" + System.nanoTime();
        TestBroker.publishRaw("provisioning.completed", "{" + marker, marker);

        AtomicReference<String> parked = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            String body = TestBroker.takeDeadLetter();
            if (body != null && body.contains(marker)) {
                parked.set(body);
            }
            return parked.get() != null;
        });
        assertThat(parked.get()).contains(marker);
    }

    @Test
    void readinessIncludesTheChannelConfiguration() {
        onManagement().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("whatsapp-channel"))
                .body("checks.find { it.name == 'whatsapp-channel' }.data.channel", equalTo("cloud"));
    }

    @Test
    void openApiDescribesTheAdminAndWebhookEndpoints() {
        onManagement().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/admin/deliveries/stats"))
                .body(containsString("/webhooks/whatsapp"))
                .body(containsString("/webhooks/waha"));
    }
}
