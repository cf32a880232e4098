package id.gamestore.notification.support;

import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;

import com.icegreen.greenmail.util.GreenMail;

import id.gamestore.notification.delivery.Delivery;
import id.gamestore.notification.delivery.DeliveryState;
import id.gamestore.sandbox.whatsapp.SentMessage;
import id.gamestore.sandbox.whatsapp.WhatsAppSandbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Base of the tests against the sandbox: points its webhooks at this application and clears its faults. */
@QuarkusTestResource(SandboxResource.class)
public abstract class SandboxTest {
    @InjectSandbox
    protected WhatsAppSandbox sandbox;
    @InjectSandbox
    protected GreenMail mail;
    /** The management interface: health, metrics, OpenAPI (not on the public port). */
    @TestHTTPResource(value = "/", management = true)
    protected URL management;

    @BeforeEach
    void pointSandboxHere() {
        sandbox.faults().clear();
        sandbox.setWebhookUrl("http://127.0.0.1:" + RestAssured.port + "/webhooks/whatsapp");
        sandbox.setWahaWebhookUrl("http://127.0.0.1:" + RestAssured.port + "/webhooks/waha");
    }

    /** A request to the management interface (health, metrics, OpenAPI). */
    protected RequestSpecification onManagement() {
        return RestAssured.given().port(management.getPort());
    }

    /**
     * Waits until no delivery is waiting to be sent or for its receipt, so that a fault switched on next (the
     * sandbox's faults are global) hits this test's message and not another test's late fallback.
     */
    protected void awaitQuiet() {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(
                () -> Delivery.count("state in ?1", List.of(DeliveryState.PENDING, DeliveryState.SENT))) == 0);
    }

    protected List<SentMessage> awaitMessages(String phone, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> sandbox.messagesTo(phone).size() >= count);
        return sandbox.messagesTo(phone);
    }

    /** Waits, then checks that no further message reached the phone during {@code quiet}. */
    protected void assertStaysAt(String phone, int count, Duration quiet) {
        await().during(quiet).atMost(quiet.plusSeconds(5)).until(() -> sandbox.messagesTo(phone).size() == count);
    }
}
