package id.gamestore.notification.chat;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import id.gamestore.notification.support.ChatCommandsOn;
import id.gamestore.notification.support.InjectSandbox;
import id.gamestore.notification.support.LeakScan;
import id.gamestore.notification.support.OrderServiceStandIn;
import id.gamestore.notification.support.OrderServiceStandIn.Answer;
import id.gamestore.notification.support.SandboxResource;
import id.gamestore.notification.support.SandboxTest;
import id.gamestore.notification.support.TestEvents;
import id.gamestore.sandbox.whatsapp.SentMessage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The standalone chat path with CHAT_COMMANDS on: a command typed on the store's number arrives on the signed
 * webhooks, is asked of order-service (a stand-in that keeps the contract) in the background, and its replies go
 * back to the sender through the sandbox.
 */
@QuarkusTest
@TestProfile(ChatCommandsOn.class)
@Order(21)
class ChatCommandsTest extends SandboxTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    @InjectSandbox
    OrderServiceStandIn orderService;
    @Inject
    EntityManager em;

    @Test
    void aCommandOnTheSignedWebhooksIsAskedOnceAndItsRepliesReachTheSenderInOrderEvenWhenRedelivered() throws Exception {
        String phone = TestEvents.phone();
        String digits = phone.substring(1);
        // something typed that must never reach a log or a table in clear
        String typed = "  !Status ef39bc02 " + TestEvents.password();
        orderService.script(phone, Answer.replies("server-status", phone, "🟢 *Server ef39bc02* berjalan",
                digits, "Ketik !help untuk bantuan"));

        // the sandbox posts the message, signed, on the Cloud webhook and the WAHA webhook with one id
        String wamid = sandbox.simulateInbound(phone, "Budi", typed);

        List<SentMessage> sent = awaitMessages(phone, 2);
        assertThat(sent).extracting(SentMessage::text)
                .containsExactly("🟢 *Server ef39bc02* berjalan", "Ketik !help untuk bantuan");
        assertThat(sent).extracting(SentMessage::type).containsOnly("text");
        assertThat(orderService.callsFrom(phone)).singleElement().satisfies(call -> {
            assertThat(call.messageId()).isEqualTo(wamid).startsWith("wamid.");
            assertThat(call.from()).isEqualTo(digits);
            assertThat(call.text()).isEqualTo(typed);
            assertThat(call.pushName()).isEqualTo("Budi");
            assertThat(call.apiKey()).isEqualTo(OrderServiceStandIn.API_KEY);
        });
        ChatCommand stored = command(wamid);
        assertThat(stored.state).isEqualTo(ChatCommand.State.ANSWERED);
        assertThat(stored.command).isEqualTo("status");
        assertThat(stored.handledAs).isEqualTo("server-status");
        assertThat(stored.replies).isEqualTo(2);
        assertThat(stored.textEnvelope).as("the text is dropped once answered").isNull();

        // WhatsApp redelivers the same webhook: nothing new is asked or sent
        String again = cloudInbound(digits, wamid, typed);
        postCloud(again, cloudSignature(again)).then().statusCode(200);
        postCloud(again, cloudSignature(again)).then().statusCode(200);
        assertStaysAt(phone, 2, Duration.ofSeconds(1));
        assertThat(orderService.callsFrom(phone)).hasSize(1);

        LeakScan.assertLogClean();
        LeakScan.assertDatabaseClean(em);
    }

    @Test
    void aTextThatIsNotACommandIsNotAskedOfOrderService() {
        String phone = TestEvents.phone();

        String wamid = sandbox.simulateInbound(phone, "halo, server saya mati");

        await().atMost(WAIT).until(() -> sandbox.webhookAttempts().stream()
                .filter(a -> wamid.equals(a.messageId()) && a.succeeded()).count() == 2);
        assertThat(command(wamid)).isNull();
        assertStaysAt(phone, 0, Duration.ofSeconds(1));
        assertThat(orderService.callsFrom(phone)).isEmpty();
    }

    @Test
    void orderServiceUnavailableTwiceThenAnsweringGivesOneReply() {
        String phone = TestEvents.phone();
        orderService.script(phone, Answer.unavailable(), Answer.unavailable());

        String wamid = sandbox.simulateInbound(phone, "!status");

        assertThat(awaitMessages(phone, 1)).singleElement().extracting(SentMessage::text)
                .isEqualTo("🟢 *Server ef39bc02* berjalan");
        assertStaysAt(phone, 1, Duration.ofSeconds(1));
        assertThat(orderService.callsFrom(phone)).hasSize(3).extracting(OrderServiceStandIn.Call::messageId)
                .containsOnly(wamid);
        assertThat(command(wamid).attempts).isEqualTo(3);
    }

    @Test
    void aReplyAddressedToAnotherNumberIsNotSent() {
        String phone = TestEvents.phone();
        String someoneElse = TestEvents.phone();
        orderService.script(phone, Answer.replies("reset-password", someoneElse, "🔑 Password baru: rahasia",
                phone, "Login baru sedang dibuat"));

        String wamid = sandbox.simulateInbound(phone, "!login");

        assertThat(awaitMessages(phone, 1)).singleElement().extracting(SentMessage::text)
                .isEqualTo("Login baru sedang dibuat");
        assertStaysAt(someoneElse, 0, Duration.ofSeconds(1));
        assertThat(command(wamid).refusedReplies).isEqualTo(1);
        assertThat(command(wamid).replies).isEqualTo(1);
    }

    @Test
    void aRefusalFromOrderServiceIsFinalAndAnswersNothing() {
        String phone = TestEvents.phone();
        orderService.script(phone, new Answer(400, "{\"code\":\"BAD_PHONE\",\"message\":\"not a phone\"}"));

        String wamid = sandbox.simulateInbound(phone, "!pesanan");

        await().atMost(WAIT).until(() -> command(wamid) != null
                && command(wamid).state == ChatCommand.State.REFUSED);
        assertThat(command(wamid).failureCode).isEqualTo("HTTP_400:BAD_PHONE");
        assertStaysAt(phone, 0, Duration.ofSeconds(1));
        assertThat(orderService.callsFrom(phone)).hasSize(1);
    }

    @Test
    void aBadSignatureIsRefusedAndNothingIsStored() {
        String phone = TestEvents.phone();
        String wamid = "wamid.forged" + Instant.now().toEpochMilli();
        String body = cloudInbound(phone.substring(1), wamid, "!retry ORD-12345678");

        postCloud(body, "sha256=" + hmac("HmacSHA256", "not-the-app-secret", body)).then().statusCode(401);
        postCloud(body, null).then().statusCode(401);
        given().contentType("application/json").header("X-Webhook-Hmac", hmac("HmacSHA512", "wrong", body))
                .body(body).post("/webhooks/waha").then().statusCode(401);

        assertThat(command(wamid)).isNull();
        assertThat(orderService.callsFrom(phone)).isEmpty();
    }

    @Test
    void aCommandOnTheWahaWebhookAloneIsAnswered() {
        String phone = TestEvents.phone();
        String id = "false_" + phone.substring(1) + "@c.us_3EB0" + Instant.now().toEpochMilli();
        String body = """
                {"id":"evt_1","session":"default","event":"message","payload":{"id":"%s","timestamp":%d,
                "from":"%s@c.us","fromMe":false,"to":"6281100000000@c.us","body":"!bantuan","hasMedia":false}}"""
                .formatted(id, Instant.now().getEpochSecond(), phone.substring(1));

        given().contentType("application/json")
                .header("X-Webhook-Hmac", hmac("HmacSHA512", SandboxResource.WAHA_HMAC_KEY, body))
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/webhooks/waha").then().statusCode(200);

        assertThat(awaitMessages(phone, 1)).hasSize(1);
        assertThat(orderService.callsFrom(phone)).singleElement()
                .satisfies(call -> assertThat(call.messageId()).isEqualTo(id));
    }

    private static ChatCommand command(String messageId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ChatCommand.<ChatCommand>find("messageId", messageId).firstResult());
    }

    private static io.restassured.response.Response postCloud(String body, String signature) {
        var request = given().contentType("application/json");
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return request.body(body.getBytes(StandardCharsets.UTF_8)).post("/webhooks/whatsapp");
    }

    private String cloudSignature(String body) {
        return "sha256=" + hmac("HmacSHA256", sandbox.config().appSecret(), body);
    }

    private static String cloudInbound(String digits, String wamid, String text) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
                "messaging_product":"whatsapp","metadata":{"display_phone_number":"6281100000000",
                "phone_number_id":"100000000000001"},"contacts":[{"profile":{"name":"Budi"},"wa_id":"%s"}],
                "messages":[{"from":"%s","id":"%s","timestamp":"%d","type":"text","text":{"body":%s}}]}}]}]}"""
                .formatted(digits, digits, wamid, Instant.now().getEpochSecond(), quote(text));
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String hmac(String algorithm, String key, String body) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance(algorithm);
            mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
            return java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
