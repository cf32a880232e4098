package id.gamestore.sandbox.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import id.gamestore.sandbox.whatsapp.faults.FaultKind;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultsTest extends SandboxTestSupport {

    @Test
    void undeliverableRecipientIsAcceptedThenGetsAFailedWebhookWith131026() {
        admin().body(Map.of("phone", "+6281400000001", "outcome", "UNDELIVERABLE")).post("/__sandbox/faults/recipient")
                .then().statusCode(200).body("recipients.6281400000001", equalTo("UNDELIVERABLE"));

        String id = sendTemplate("+6281400000001", "dlv-50").then().statusCode(200).extract().path("messages[0].id");

        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.statusNames(id).contains("failed"));
        var status = receiver.statuses().get(0);
        assertThat(status.path("errors").get(0).path("code").asInt()).isEqualTo(131026);
        assertThat(status.path("biz_opaque_callback_data").asText()).isEqualTo("dlv-50");
        assertThat(receiver.statusNames(id)).containsExactly("failed");
    }

    @Test
    void nextNServerErrorsThenSuccess() {
        admin().body(Map.of("kind", "SERVER_ERROR", "count", 2)).post("/__sandbox/faults/next").then().statusCode(200);

        sendTemplate("+6281400000002", "a").then().statusCode(500).body("error.code", equalTo(131000));
        sendTemplate("+6281400000002", "b").then().statusCode(500).body("error.code", equalTo(131000));
        sendTemplate("+6281400000002", "c").then().statusCode(200);
        assertThat(sandbox.messagesTo("6281400000002")).hasSize(1);
    }

    @Test
    void tokenExpiredAndRateLimitFaultsUseMetasCodes() {
        sandbox.faults().failNext(1, FaultKind.TOKEN_EXPIRED).failNext(1, FaultKind.THROUGHPUT_LIMIT);

        sendTemplate("+6281400000003", "a").then().statusCode(401).body("error.code", equalTo(190));
        sendTemplate("+6281400000003", "b").then().statusCode(400).body("error.code", equalTo(130429));
        sendTemplate("+6281400000003", "c").then().statusCode(200);
    }

    @Test
    void duplicateWebhooksPostEveryStatusTwice() {
        admin().body(Map.of("duplicate", true)).post("/__sandbox/faults/webhooks").then().statusCode(200);

        String id = sendTemplate("+6281400000004", "a").path("messages[0].id");

        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.statusNames(id).size() == 6);
        assertThat(receiver.statusNames(id)).containsExactly("sent", "sent", "delivered", "delivered", "read", "read");
    }

    @Test
    void reorderedWebhooksPostReadBeforeDeliveredWithTrueTimestamps() {
        sandbox.faults().reorderWebhooks(true);

        String id = sendTemplate("+6281400000005", "a").path("messages[0].id");

        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.statusNames(id).size() == 3);
        assertThat(receiver.statusNames(id)).containsExactly("sent", "read", "delivered");
        assertThat(sandbox.messagesTo("6281400000005").get(0).statusNames())
                .containsExactly("accepted", "sent", "delivered", "read");
    }

    @Test
    void resetAfterAcceptDropsTheConnectionButTheMessageGoesOut() {
        sandbox.faults().failNext(1, FaultKind.RESET_AFTER_ACCEPT);

        Throwable t = catchThrowable(() -> sendTemplate("+6281400000006", "dlv-amb").statusCode());

        assertThat(t).isNotNull();
        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.statuses().stream()
                .anyMatch(s -> s.path("biz_opaque_callback_data").asText().equals("dlv-amb")));
    }

    @Test
    void addedLatencyDelaysTheAnswer() {
        sandbox.faults().latency(Duration.ofMillis(300));

        long started = System.nanoTime();
        sendTemplate("+6281400000007", "a").then().statusCode(200);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }
}
