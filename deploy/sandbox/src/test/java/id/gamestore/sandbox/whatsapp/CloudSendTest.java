package id.gamestore.sandbox.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudSendTest extends SandboxTestSupport {

    @Test
    void validTextInsideTheWindowIsAcceptedWithMetasResponseShape() {
        sandbox.openWindow("+6281234567890");

        Response r = sendText("+6281234567890", "Halo 🎉");

        r.then().statusCode(200)
                .body("messaging_product", equalTo("whatsapp"))
                .body("contacts[0].input", equalTo("+6281234567890"))
                .body("contacts[0].wa_id", equalTo("6281234567890"))
                .body("messages[0].id", startsWith("wamid."));
        String id = r.path("messages[0].id");
        await().atMost(Duration.ofSeconds(5)).until(() -> sandbox.messagesTo("6281234567890").get(0).hasStatus("read"));
        SentMessage m = sandbox.messagesTo("+6281234567890").get(0);
        assertThat(m.id()).isEqualTo(id);
        assertThat(m.channel()).isEqualTo("cloud");
        assertThat(m.type()).isEqualTo("text");
        assertThat(m.text()).isEqualTo("Halo 🎉");
        assertThat(m.statusNames()).containsExactly("accepted", "sent", "delivered", "read");
        assertThat(m.toString()).doesNotContain("Halo");
    }

    @Test
    void textOutsideTheWindowIsAcceptedThenFailsWith131047() {
        Response r = sendText("+6281234567891", "Password: rahasia");

        r.then().statusCode(200);
        String id = r.path("messages[0].id");
        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.statuses().size() == 1);
        var status = receiver.statuses().get(0);
        assertThat(status.path("id").asText()).isEqualTo(id);
        assertThat(status.path("status").asText()).isEqualTo("failed");
        assertThat(status.path("errors").get(0).path("code").asInt()).isEqualTo(131047);
        assertThat(status.path("errors").get(0).path("title").asText()).isEqualTo("Re-engagement message");
        assertThat(sandbox.messagesTo("6281234567891").get(0).latestStatus()).isEqualTo("failed");
    }

    @Test
    void templateOutsideTheWindowIsDelivered() {
        Response r = sendTemplate("+6281234567892", "dlv-1", "ORD-1", "Minecraft 4GB");

        r.then().statusCode(200).body("messages[0].message_status", equalTo("accepted"));
        await().atMost(Duration.ofSeconds(5)).until(() -> sandbox.messagesTo("6281234567892").get(0).hasStatus("read"));
        SentMessage m = sandbox.messagesTo("6281234567892").get(0);
        assertThat(m.templateName()).isEqualTo("server_siap_v1");
        assertThat(m.templateLanguage()).isEqualTo("id");
        assertThat(m.templateParams()).containsExactly("ORD-1", "Minecraft 4GB");
        assertThat(m.bizOpaqueCallbackData()).isEqualTo("dlv-1");
    }

    @Test
    void badOrMissingTokenGets401WithCode190() {
        io.restassured.RestAssured.given().baseUri(sandbox.url()).contentType("application/json")
                .header("Authorization", "Bearer wrong").body(Map.of("messaging_product", "whatsapp"))
                .post("/v23.0/" + PHONE_ID + "/messages")
                .then().statusCode(401).body("error.code", equalTo(190)).body("error.type", equalTo("OAuthException"));
        io.restassured.RestAssured.given().baseUri(sandbox.url()).contentType("application/json").body("{}")
                .post("/v23.0/" + PHONE_ID + "/messages")
                .then().statusCode(401).body("error.code", equalTo(190));
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void malformedBodiesAndBadRecipientsAreRejectedWithCode100() {
        String path = "/v23.0/" + PHONE_ID + "/messages";
        cloud().body("{not json").post(path).then().statusCode(400).body("error.code", equalTo(100));
        cloud().body(Map.of("to", "+6281234567890", "type", "text", "text", Map.of("body", "x"))).post(path)
                .then().statusCode(400).body("error.code", equalTo(100))
                .body("error.message", equalTo("(#100) The parameter messaging_product is required."));
        sendText("08123456789", "x").then().statusCode(400).body("error.code", equalTo(100));
        sendText("+62 812-3456-789", "x").then().statusCode(400).body("error.code", equalTo(100));
        sendText("+6281234567893", "a".repeat(4097)).then().statusCode(400).body("error.code", equalTo(100));
        cloud().body(Map.of("messaging_product", "whatsapp", "to", "+6281234567893", "type", "image"))
                .post(path).then().statusCode(400).body("error.code", equalTo(131051));
        cloud().body(Map.of("messaging_product", "whatsapp", "to", "+6281234567893", "type", "text",
                "text", Map.of("body", "x"))).post("/v23.0/999/messages")
                .then().statusCode(400).body("error.code", equalTo(100));
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void unknownTemplateAndBadParametersAreRejected() {
        String path = "/v23.0/" + PHONE_ID + "/messages";
        cloud().body(Map.of("messaging_product", "whatsapp", "to", "+6281234567894", "type", "template",
                "template", Map.of("name", "no_such_template", "language", Map.of("code", "id"))))
                .post(path).then().statusCode(404).body("error.code", equalTo(132001));
        sendTemplate("+6281234567894", "dlv-2", "line one\nline two")
                .then().statusCode(400).body("error.code", equalTo(132018));
        sandbox.registerTemplate("exact_two", "id", 2);
        cloud().body(Map.of("messaging_product", "whatsapp", "to", "+6281234567894", "type", "template",
                "template", Map.of("name", "exact_two", "language", Map.of("code", "id"))))
                .post(path).then().statusCode(400).body("error.code", equalTo(132000));
    }

    @Test
    void anIndonesianNumberThatCannotBeMobileIsAcceptedThenFailsWith131026() {
        sendTemplate("+620812345678", "dlv-3").then().statusCode(200);

        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.statuses().size() == 1);
        assertThat(receiver.statuses().get(0).path("errors").get(0).path("code").asInt()).isEqualTo(131026);
    }
}
