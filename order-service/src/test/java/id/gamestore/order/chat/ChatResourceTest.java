package id.gamestore.order.chat;

import static id.gamestore.order.support.Api.bot;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.gamestore.order.reset.PasswordResetRequest;
import id.gamestore.order.support.Api;
import id.gamestore.order.support.CompletedOrders;
import id.gamestore.order.support.ServersStandIn;
import id.gamestore.order.support.TestBroker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * {@code POST /api/chat/messages} on the real database, with provisioning-service's server endpoints stood in by a
 * local HTTP server: parsing, the customer commands and their aliases, languages, someone else's order or server,
 * redelivery, the rate limit, live status in each state and with provisioning away, bad input.
 */
@QuarkusTest
@TestProfile(ChatResourceTest.WithProvisioning.class)
class ChatResourceTest {
    static final String ADMIN_PHONE = "+6281100000001";

    public static class WithProvisioning implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("order.provisioning.url", ServersStandIn.current().url(),
                    "order.provisioning.admin-api-key", "unused",
                    "order.provisioning.service-api-key", ServersStandIn.KEY,
                    "order.provisioning.server-timeout", "1S",
                    // any usual form: normalised to +6281100000001
                    "order.chat.admin-phones", "0811-0000-0001, +62 812 0000 0009");
        }
    }

    static TestBroker broker;
    static final ServersStandIn PROVISIONING = ServersStandIn.current();

    @BeforeAll
    static void connect() throws Exception {
        broker = new TestBroker();
    }

    @AfterAll
    static void disconnect() throws Exception {
        broker.purgeDownstream();
        broker.close();
    }

    @BeforeEach
    void provisioningAnswers() {
        PROVISIONING.reset();
    }

    static ValidatableResponse send(String from, String text) {
        return send(UUID.randomUUID().toString(), from, text);
    }

    static ValidatableResponse send(String messageId, String from, String text) {
        return bot().body(Map.of("messageId", messageId, "from", from, "text", text, "pushName", "Budi *admin*"))
                .post("/api/chat/messages").then();
    }

    static String reply(String from, String text) {
        return send(from, text).statusCode(200).body("handled", equalTo(true)).body("replies", hasSize(1))
                .body("replies[0].to", equalTo(from)).extract().path("replies[0].text");
    }

    static String identifier() {
        return HexFormat.of().formatHex(new byte[] { (byte) ThreadLocalRandom.current().nextInt(),
                (byte) ThreadLocalRandom.current().nextInt(), (byte) ThreadLocalRandom.current().nextInt(),
                (byte) ThreadLocalRandom.current().nextInt() });
    }

    @Test
    void textsThatAreNotCommandsAreLeftToTheBot() {
        String phone = Api.randomPhone();
        for (String text : List.of("halo kak", "!", "  /  ", "!!!", "/home/budi", "! ?", "ada !status?")) {
            send(phone, text).statusCode(200).body("handled", equalTo(false)).body("replies", hasSize(0))
                    .body("command", equalTo(null));
        }
    }

    @Test
    void anAdminWordFromACustomerIsAnsweredExactlyLikeAnUnknownWord() {
        String phone = Api.randomPhone();
        String unknown = send("m-" + UUID.randomUUID(), phone, "!frobnicate").statusCode(200)
                .body("command", equalTo("unknown")).body("replies[0].text", containsString("!bantuan"))
                .extract().asString();
        for (String adminWord : List.of("!pending", "!confirm ORD-7KQ2M9XD", "!retry ORD-7KQ2M9XD", "!capacity",
                "!report", "!report 7d")) {
            String answer = send("m-" + UUID.randomUUID(), phone, adminWord).statusCode(200).extract().asString();
            assertThat(answer).isEqualTo(unknown);
        }
    }

    @Test
    void helpAnswersEveryAliasInAnyCaseAndSpacingInTheLanguageTheSenderWrites() {
        String stranger = Api.randomPhone();
        // !help is what the Indonesian server-ready message tells customers to type: the store's language
        assertThat(reply(stranger, "!help")).contains("*!paket*").contains("*!status*");
        assertThat(reply(stranger, "  /HELP  ")).contains("*!paket*");
        assertThat(reply(stranger, "!packages")).contains("*Server packages*");
        assertThat(reply(stranger, "!bantuan")).contains("*!paket*").contains("*!pesanan*");
        assertThat(reply(stranger, "!   BanTuan   ")).contains("*!paket*");
        send(stranger, "!help").body("command", equalTo("help")).body("data.admin", equalTo(false));
    }

    @Test
    void packagesListTheCatalogWithRupiahAndDurations() {
        String stranger = Api.randomPhone();
        String id = reply(stranger, "!paket");
        assertThat(id).contains("*Minecraft Basic* (mc-basic)").contains("2 GB RAM · CPU 1 core · disk 10 GB")
                .contains("Rp50.000/bulan · 1, 3, 6, 12 bulan").contains("Rp90.000/bulan");
        assertThat(id.indexOf("Minecraft Basic")).isLessThan(id.indexOf("Minecraft Pro"));
        String en = reply(stranger, "!Packages");
        assertThat(en).contains("Rp50.000/month · 1, 3, 6, 12 months");
        send(stranger, "!packages").body("command", equalTo("packages"))
                .body("data.packages.find { it.code == 'mc-basic' }.pricePerMonth", equalTo(50000));
    }

    @Test
    void ordersAreTheSendersOwnNewestFirstInTheirStoredLanguageWithHowManyMore() {
        String phone = Api.randomPhone();
        String stranger = Api.randomPhone();
        assertThat(reply(stranger, "!orders")).contains("You have no orders yet").contains("*!packages*");
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(bot().body(Api.orderBody(phone, "Budi Santoso", "mc-basic", 1)).post("/api/orders")
                    .then().statusCode(201).extract().path("orderId"));
        }
        Api.admin().body("{\"reason\":\"test\"}").post("/api/admin/orders/" + ids.get(11) + "/cancel")
                .then().statusCode(200);
        // The customer's stored language is id (orders default to it): the English alias does not change it.
        String text = reply(phone, "!orders");
        assertThat(text).contains("*Pesanan kamu*").contains("… dan 2 pesanan lainnya.")
                .contains("*" + ids.get(11) + "* Minecraft Basic, 1 bulan, Rp50.000: dibatalkan")
                .contains("*" + ids.get(10) + "* Minecraft Basic, 1 bulan, Rp50.000: menunggu konfirmasi admin")
                .doesNotContain(ids.get(0)).doesNotContain(ids.get(1));
        assertThat(text.indexOf(ids.get(11))).isLessThan(text.indexOf(ids.get(10)));
        send(phone, "!pesanan").body("data.total", equalTo(12)).body("data.orders", hasSize(10));
        assertThat(reply(stranger, "!pesanan")).doesNotContain("ORD-");
    }

    @Test
    void serverStatusIsLiveInEachStateAndOnlyForTheSendersOwnServers() throws Exception {
        String phone = Api.randomPhone();
        String running = identifier();
        String offline = identifier();
        String installing = identifier();
        String suspended = identifier();
        for (var e : Map.of(running, "running", offline, "offline", installing, "installing", suspended,
                "suspended").entrySet()) {
            PROVISIONING.state(e.getKey(), e.getValue());
            CompletedOrders.completed(broker, phone, e.getKey());
        }
        String all = reply(phone, "!status");
        assertThat(all).contains("🟢 *Server " + running + "*: menyala")
                .contains("CPU 37,5% · RAM 1,2 GB / 2 GB · disk 500 MB / 10 GB")
                .contains("Menyala selama 1 hari 3 jam 1 menit").contains("Alamat: 10.0.0.5:25565")
                .contains("🔴 *Server " + offline + "*: mati, ketik *!start " + offline + "*")
                .contains("🟡 *Server " + installing + "*: sedang dipasang")
                .contains("⛔ *Server " + suspended + "*: ditangguhkan");
        send(phone, "!server-status").body("command", equalTo("server-status")).body("data.servers", hasSize(4))
                .body("data.servers.find { it.identifier == '" + running + "' }.state", equalTo("running"));

        String one = reply(phone, "!SERVER-STATUS   " + running.toUpperCase() + " ");
        assertThat(one).startsWith("🟢 *Server " + running + "*").doesNotContain(offline);

        // Someone else's server: the same answer as one that does not exist, and provisioning is never asked.
        String other = Api.randomPhone();
        String theirs = identifier();
        PROVISIONING.state(theirs, "running");
        CompletedOrders.completed(broker, other, theirs);
        String notMine = send("x-" + UUID.randomUUID(), phone, "!status " + theirs).statusCode(200).extract()
                .path("replies[0].text");
        assertThat(notMine).isEqualTo("Server *" + theirs + "* tidak ditemukan di antara server kamu. Ketik "
                + "*!status* untuk melihat server kamu.");
        String missing = identifier();
        assertThat(reply(phone, "!status " + missing)).isEqualTo(notMine.replace(theirs, missing));
        // A hostile "identifier" is not shown back.
        assertThat(reply(phone, "!status *_x_*")).doesNotContain("_x_").contains("!status");
        assertThat(reply(Api.randomPhone(), "!server-status")).contains("belum punya server aktif");
        assertThat(reply(Api.randomPhone(), "!status")).contains("belum punya server aktif");
    }

    @Test
    void serverStatusDegradesWhenThePanelOrProvisioningIsAwayAndStillAnswers() throws Exception {
        String phone = Api.randomPhone();
        String server = identifier();
        PROVISIONING.state(server, "running");
        CompletedOrders.completed(broker, phone, server);

        PROVISIONING.panelDown(true);
        assertThat(reply(phone, "!status " + server)).contains("status tidak tersedia saat ini")
                .contains("*!status " + server + "*").doesNotContain("CPU");
        send(phone, "!status").body("data.servers[0].available", equalTo(false))
                .body("data.servers[0].reason", equalTo("PANEL_UNREACHABLE"));

        PROVISIONING.panelDown(false);
        PROVISIONING.failing(true);
        send(phone, "!status").statusCode(200).body("replies[0].text", containsString("tidak tersedia"))
                .body("data.servers[0].reason", equalTo("PROVISIONING_UNREACHABLE"));

        PROVISIONING.failing(false);
        PROVISIONING.delay(1_500);
        long start = System.nanoTime();
        send(phone, "!status").statusCode(200).body("replies[0].text", containsString("tidak tersedia"));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
    }

    @Test
    void powerActionsReachOnlyTheSendersOwnServerAndExplainWhyNot() throws Exception {
        String phone = Api.randomPhone();
        String running = identifier();
        String installing = identifier();
        String suspended = identifier();
        PROVISIONING.state(running, "running");
        PROVISIONING.state(installing, "installing");
        PROVISIONING.state(suspended, "suspended");
        CompletedOrders.completed(broker, phone, running);
        CompletedOrders.completed(broker, phone, installing);
        CompletedOrders.completed(broker, phone, suspended);

        assertThat(reply(phone, "!restart " + running)).contains("🔄 Server *" + running + "* sedang dinyalakan ulang")
                .contains("*!status " + running + "*");
        assertThat(reply(phone, "!STOP " + running)).contains("sedang dimatikan");
        assertThat(reply(phone, "/start " + running)).contains("sedang dinyalakan");
        assertThat(PROVISIONING.signals()).containsSubsequence(running + ":restart", running + ":stop",
                running + ":start");
        assertThat(reply(phone, "!start " + installing)).contains("masih dipasang");
        assertThat(reply(phone, "!restart " + suspended)).contains("ditangguhkan").contains("admin");
        assertThat(reply(phone, "!restart")).contains("Server yang mana?").contains("*!restart ");

        String other = Api.randomPhone();
        String theirs = identifier();
        PROVISIONING.state(theirs, "running");
        CompletedOrders.completed(broker, other, theirs);
        assertThat(reply(phone, "!stop " + theirs)).contains("tidak ditemukan di antara server kamu");
        assertThat(PROVISIONING.signals()).noneMatch(s -> s.startsWith(theirs));

        PROVISIONING.failing(true);
        assertThat(reply(phone, "!restart " + running)).contains("tidak bisa dihubungi").contains("semenit");
    }

    @Test
    void resetPasswordForTheSendersOnlyCompletedOrderOnceEvenWhenTheMessageIsRedelivered() throws Exception {
        String phone = Api.randomPhone();
        String order = CompletedOrders.completed(broker, phone, identifier());
        String messageId = "wamid." + UUID.randomUUID();

        String first = send(messageId, phone, "!login").statusCode(200).body("command", equalTo("reset-password"))
                .body("data.orderId", equalTo(order)).body("data.repeated", equalTo(false))
                .body("replies[0].text", containsString("Login panel baru untuk *" + order + "*"))
                .extract().asString();
        // WhatsApp redelivers: the same answer, nothing runs again.
        assertThat(send(messageId, phone, "!login").statusCode(200).extract().asString()).isEqualTo(first);
        assertThat(resets(order)).isEqualTo(1);
        // The same message id from another number is refused, never answered with the first sender's answer.
        send(messageId, Api.randomPhone(), "!login").statusCode(409).body("code", equalTo("MESSAGE_ID_REUSED"))
                .body("message", not(containsString(order)));
        // A new message within the interval: the earlier request again.
        assertThat(reply(phone, "!reset-password " + order.toLowerCase())).contains("sudah diminta barusan");
        assertThat(resets(order)).isEqualTo(1);
    }

    @Test
    void twoCopiesOfOneMessageArrivingTogetherRunOnce() throws Exception {
        String phone = Api.randomPhone();
        String order = CompletedOrders.completed(broker, phone, identifier());
        String messageId = "wamid." + UUID.randomUUID();
        List<CompletableFuture<String>> copies = List.of(1, 2, 3).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> send(messageId, phone, "!login " + order)
                        .statusCode(200).extract().asString()))
                .toList();
        List<String> answers = copies.stream().map(CompletableFuture::join).toList();
        assertThat(answers).allMatch(a -> a.equals(answers.get(0)));
        assertThat(JsonPath.from(answers.get(0)).getBoolean("data.repeated")).isFalse();
        assertThat(resets(order)).isEqualTo(1);
    }

    @Test
    void resetPasswordNeverReachesSomeoneElsesOrderButAnAdminsDoes() throws Exception {
        String phone = Api.randomPhone();
        String mine1 = CompletedOrders.completed(broker, phone, identifier());
        String mine2 = CompletedOrders.completed(broker, phone, identifier());
        String pending = Api.placeOrder();
        String other = Api.randomPhone();
        String theirs = CompletedOrders.completed(broker, other, identifier());

        String which = reply(phone, "!login");
        assertThat(which).contains("Untuk yang mana?").contains(mine1).contains(mine2)
                .contains("*!login " + mine2 + "*");
        String notMine = reply(phone, "!login " + theirs);
        assertThat(notMine).isEqualTo(reply(phone, "!login ORD-00000000")).doesNotContain(theirs);
        assertThat(reply(phone, "!login " + pending)).isEqualTo(notMine);
        assertThat(reply(phone, "!login ORD-*bold*")).contains("ORD- dan 8 karakter").doesNotContain("*bold*");
        assertThat(resets(theirs)).isZero();

        // The admin's number (ADMIN_PHONES "0811-0000-0001") may reset any completed order, recorded as theirs.
        send(ADMIN_PHONE, "!reset-password " + theirs).statusCode(200)
                .body("data.requestedBy", equalTo("admin:" + ADMIN_PHONE))
                .body("replies[0].text", containsString("ke pelanggan"));
        assertThat(resets(theirs)).isEqualTo(1);
        assertThat(reply(ADMIN_PHONE, "!reset-password " + pending)).contains("belum aktif");
    }

    /**
     * The admin commands through the endpoint, where a command runs inside the transaction that stores its answer: a
     * refusal from the ordering service (an order in the wrong state) is an ordinary reply, and the answer is stored.
     */
    @Test
    void theAdminConfirmsAndCancelsInTheChatAndAWrongStateIsARefusalNotAnError() {
        String admin = "+6281200000009";
        String orderId = Api.placeOrder();
        assertThat(reply(admin, "!help")).contains("!pending", "!confirm", "!retry");
        assertThat(reply(admin, "!pending")).contains(orderId);

        String confirmId = "adm-" + UUID.randomUUID();
        String confirmed = send(confirmId, admin, "!confirm " + orderId.toLowerCase()).statusCode(200)
                .body("command", equalTo("confirm")).body("data.outcome", equalTo("confirmed"))
                .extract().asString();
        Api.admin().get("/api/admin/orders/" + orderId).then().statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("confirmedBy", equalTo(admin));
        // WhatsApp redelivers: the same answer, nothing confirmed twice.
        assertThat(send(confirmId, admin, "!confirm " + orderId).statusCode(200).extract().asString())
                .isEqualTo(confirmed);

        String other = Api.placeOrder();
        send(admin, "!cancel " + other + " stok habis").statusCode(200).body("data.outcome", equalTo("cancelled"));
        // Confirming a cancelled order is refused by the ordering service inside the chat's transaction.
        String refusalId = "adm-" + UUID.randomUUID();
        String refusal = send(refusalId, admin, "!confirm " + other).statusCode(200)
                .body("data.outcome", equalTo("illegal_transition")).extract().asString();
        assertThat(send(refusalId, admin, "!confirm " + other).statusCode(200).extract().asString())
                .as("the refusal was stored like any answer").isEqualTo(refusal);
        assertThat(reply(admin, "!order " + other)).contains(other, "CANCELLED");
        Api.admin().get("/api/admin/orders/" + other).then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void theAdminsReportAsTypedInTheChatSaysWhichPartIsNotAvailableAndABadPeriodNamesTheAllowedOnes() {
        // provisioning-service here (ServersStandIn) has no report endpoints: 404; notification-service is not set up
        String report = send(ADMIN_PHONE, "!REPORT  7d").statusCode(200).body("command", equalTo("report"))
                .body("data.outcome", equalTo("report")).body("data.period", equalTo("7d"))
                .extract().path("replies[0].text");
        String to = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
        assertThat(report).startsWith("*Laporan " + LocalDate.parse(to).minusDays(6) + " s.d. " + to + "*")
                .contains("Pesanan: ", " masuk, ", " selesai · pendapatan Rp")
                .contains("Provisioning: tidak tersedia (HTTP 404).")
                .contains("Pesan: tidak tersedia (NOT_CONFIGURED).")
                .contains("Kapasitas: tidak tersedia (HTTP 404).");
        assertThat(reply(ADMIN_PHONE, "!report")).startsWith("*Laporan " + to + "*");
        send(ADMIN_PHONE, "!report yesterday").statusCode(200).body("command", equalTo("report"))
                .body("data.outcome", equalTo("usage")).body("data.field", equalTo("period"))
                .body("replies[0].text", equalTo("\"yesterday\" bukan periode laporan. Ketik !report, "
                        + "!report today, !report 7d atau !report 30d."));
    }

    @Test
    void theEleventhCommandInAMinuteIsToldToSlowDownAndTheTwelfthGetsSilence() {
        String phone = Api.randomPhone();
        String firstId = "r-" + UUID.randomUUID();
        send(firstId, phone, "!help").statusCode(200).body("command", equalTo("help"));
        for (int i = 2; i <= 10; i++) {
            send(phone, "!help").statusCode(200).body("command", equalTo("help"));
        }
        // A redelivery is answered from its record and does not count.
        send(firstId, phone, "!help").statusCode(200).body("command", equalTo("help"));
        send(phone, "!paket").statusCode(200).body("command", equalTo("rate-limited")).body("replies", hasSize(1))
                .body("replies[0].text", containsString("Pelan-pelan"));
        send(phone, "!paket").statusCode(200).body("handled", equalTo(true)).body("command", equalTo("rate-limited"))
                .body("replies", hasSize(0));
        // Not a command: still left to the bot, not counted.
        send(phone, "terima kasih").statusCode(200).body("handled", equalTo(false));
        // Another sender is not affected.
        send(Api.randomPhone(), "!help").statusCode(200).body("command", equalTo("help"));
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String phone = Api.randomPhone();
        badRequest(Map.of("from", phone, "text", "!help"), "messageId", "FIELD_REQUIRED");
        badRequest(Map.of("messageId", "x".repeat(129), "from", phone, "text", "!help"), "messageId",
                "FIELD_TOO_LONG");
        badRequest(Map.of("messageId", "two words", "from", phone, "text", "!help"), "messageId", "INVALID_TEXT");
        badRequest(Map.of("messageId", "m1", "text", "!help"), "from", "FIELD_REQUIRED");
        badRequest(Map.of("messageId", "m1", "from", "budi", "text", "!help"), "from", "INVALID_PHONE");
        badRequest(Map.of("messageId", "m1", "from", "120363041234567890@g.us", "text", "!help"), "from",
                "INVALID_PHONE");
        badRequest(Map.of("messageId", "m1", "from", phone), "text", "FIELD_REQUIRED");
        badRequest(Map.of("messageId", "m1", "from", phone, "text", "!".repeat(4097)), "text", "FIELD_TOO_LONG");
        badRequest(Map.of("messageId", "m1", "from", phone, "text", "!help", "pushName", "b".repeat(101)),
                "pushName", "FIELD_TOO_LONG");
        bot().body("").post("/api/chat/messages").then().statusCode(400).body("code", equalTo("BODY_REQUIRED"));
        given().contentType("application/json").body(Map.of("messageId", "m1", "from", phone, "text", "!help"))
                .post("/api/chat/messages").then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        // A JID and the 0-form are the same sender as the E.164 form.
        String jid = phone.substring(1) + "@s.whatsapp.net";
        bot().body(Map.of("messageId", "j-" + UUID.randomUUID(), "from", jid, "text", "!help"))
                .post("/api/chat/messages").then().statusCode(200).body("replies[0].to", equalTo(phone));
    }

    private static void badRequest(Map<String, String> body, String field, String code) {
        bot().body(body).post("/api/chat/messages").then().statusCode(400).body("code", equalTo(code))
                .body("field", equalTo(field)).body("message", containsString(field));
    }

    private static long resets(String orderId) {
        return QuarkusTransaction.requiringNew().call(() -> PasswordResetRequest.count("orderId", orderId));
    }
}
