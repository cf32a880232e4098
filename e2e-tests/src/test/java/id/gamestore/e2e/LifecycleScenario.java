package id.gamestore.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import id.gamestore.sandbox.panel.PanelServer;
import id.gamestore.sandbox.whatsapp.SentMessage;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A trial package's whole life on the real services and the sandbox, in about two minutes (run by {@link EndToEndIT},
 * whose product sells a trial of 30 s per term with the lifecycle on seconds: the reminder 15 s before the end, the
 * suspension 2 s after it, the deletion 20 s into the suspension with the last warning 10 s before). The customer and
 * the admin use the chat (the webhook), the panel's state is checked in the sandbox's inventory at each step, and
 * every message is counted: reminder, suspension, renewal, reactivation, second reminder and suspension, last
 * warning, deletion, each once. order-service is restarted between the first reminder and the suspension: nothing is
 * sent twice and nothing is missed.
 */
final class LifecycleScenario {
    static final String TRIAL = "mc-trial";
    private final Product product;

    LifecycleScenario(Product product) {
        this.product = product;
    }

    void run() throws Exception {
        String phone = "+62813" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        String digits = phone.substring(1);
        product.sandbox.whatsapp().simulateInbound(digits, "Budi", "Halo kak, mau coba trial");
        String orderId = bot().header("Idempotency-Key", "e2e-life-" + phone)
                .body("{\"phone\":\"" + phone + "\",\"customerName\":\"Budi Santoso\",\"packageCode\":\"" + TRIAL
                        + "\",\"durationMonths\":1}")
                .post("/api/orders").then().statusCode(201).extract().path("orderId");
        admin().body("{\"confirmedBy\":\"e2e-admin\"}").post("/api/admin/orders/" + orderId + "/confirm").then()
                .statusCode(200);
        await("trial provisioned").atMost(Duration.ofMinutes(2)).until(() -> "COMPLETED".equals(order(orderId)
                .getString("status")));
        awaitOne(digits, "Server Siap");
        JsonPath order = order(orderId);
        String identifier = order.getString("server.identifier");
        Instant expires = Instant.parse(order.getString("term.expiresAt"));
        assertThat(order.getString("term.state")).isEqualTo("ACTIVE");
        assertThat(order.getString("term.trialDuration")).isEqualTo("PT30S");
        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(31));

        // 1. the reminder, with the renew command; then order-service restarts before the suspension
        awaitOne(digits, "Masa Aktif Server Segera Berakhir");
        assertThat(content(only(digits, "Masa Aktif Server Segera Berakhir"))).contains("!perpanjang " + orderId);
        product.orders.stop();
        product.orders.start().awaitReady(Duration.ofSeconds(90));

        // 2. suspended on the panel; customer and admin told
        await("suspended on the panel").atMost(Duration.ofSeconds(60)).until(() -> "suspended".equals(
                server(identifier).map(PanelServer::status).orElse(null)));
        awaitOne(digits, "Server Ditangguhkan");
        awaitOne(Product.ADMIN_PHONE, "Server ditangguhkan (masa aktif habis): " + orderId);
        await().atMost(Duration.ofSeconds(10)).until(() -> "SUSPENDED".equals(order(orderId).getString("term.state")));
        assertThat(count(digits, "Masa Aktif Server Segera Berakhir")).as("the reminder, also across the restart")
                .isEqualTo(1);
        AdminCli.Result suspended = AdminCli.run(product, "servers", "--state", "suspended");
        assertThat(suspended.exitCode()).isZero();
        assertThat(suspended.out()).contains(orderId, "SUSPENDED");

        // 3. the customer renews in the chat, the admin confirms in the chat: the server runs again
        product.sandbox.whatsapp().simulateInbound(digits, "Budi", "!perpanjang " + orderId + " 1");
        String renewal = changeId(content(awaitOne(digits, "REN-")));
        product.sandbox.whatsapp().simulateInbound(Product.ADMIN_PHONE, "Admin", "!confirm " + renewal);
        awaitOne(Product.ADMIN_PHONE, "Perpanjangan " + renewal);
        await("unsuspended on the panel").atMost(Duration.ofSeconds(60)).until(() -> server(identifier)
                .map(s -> s.status() == null).orElse(false));
        awaitOne(digits, "Server Berhasil Diperpanjang");
        awaitOne(digits, "Server Aktif Kembali");
        JsonPath renewed = order(orderId);
        assertThat(renewed.getString("term.state")).isEqualTo("ACTIVE");
        Instant second = Instant.parse(renewed.getString("term.expiresAt"));
        assertThat(second).isAfter(expires.plusSeconds(30)); // renewed from the renewal, not from the old end

        // 4. the second term runs out: a second reminder, a second suspension, the last warning, the deletion
        int userId = server(identifier).orElseThrow().userId();
        await("second reminder").atMost(Duration.ofSeconds(60)).until(() -> count(digits,
                "Masa Aktif Server Segera Berakhir") == 2);
        await("second suspension").atMost(Duration.ofSeconds(60)).until(() -> count(digits,
                "Server Ditangguhkan") == 2);
        awaitOne(digits, "Peringatan Terakhir");
        await("deleted on the panel").atMost(Duration.ofSeconds(90)).until(() -> server(identifier).isEmpty());
        await("the customer's panel user, which owned nothing else, deleted too").atMost(Duration.ofSeconds(30))
                .until(() -> product.sandbox.panel().users().stream().noneMatch(u -> u.id() == userId));
        awaitOne(digits, "Server Telah Dihapus");
        awaitOne(Product.ADMIN_PHONE, "Server dihapus (tidak diperpanjang): " + orderId);
        await().atMost(Duration.ofSeconds(10)).until(() -> "TERMINATED".equals(order(orderId).getString("term.state")));

        // each message once (a short wait for anything that would wrongly follow)
        Thread.sleep(3000);
        assertThat(count(digits, "Masa Aktif Server Segera Berakhir")).isEqualTo(2);
        assertThat(count(digits, "Server Ditangguhkan")).isEqualTo(2);
        assertThat(count(digits, "Server Berhasil Diperpanjang")).isEqualTo(1);
        assertThat(count(digits, "Server Aktif Kembali")).isEqualTo(1);
        assertThat(count(digits, "Peringatan Terakhir")).isEqualTo(1);
        assertThat(count(digits, "Server Telah Dihapus")).isEqualTo(1);
        // after the deletion a renewal is a new order
        product.sandbox.whatsapp().simulateInbound(digits, "Budi", "!perpanjang " + orderId + " 1");
        awaitOne(digits, "sudah dihapus");
        List<String> timeline = order(orderId).getList("timeline.step");
        assertThat(timeline).containsSubsequence("TERM_STARTED", "REMINDER", "SUSPEND_REQUESTED", "SUSPEND_DONE",
                "RENEWED", "UNSUSPEND_REQUESTED", "UNSUSPEND_DONE", "REMINDER", "SUSPEND_DONE",
                "TERMINATION_WARNING", "TERMINATE_REQUESTED", "TERMINATE_DONE");
    }

    private io.restassured.specification.RequestSpecification bot() {
        return given().baseUri(product.orders.url()).header("X-Api-Key", Product.BOT_KEY).contentType(ContentType.JSON);
    }

    private io.restassured.specification.RequestSpecification admin() {
        return given().baseUri(product.orders.url()).header("X-Api-Key", Product.ADMIN_KEY)
                .contentType(ContentType.JSON);
    }

    private JsonPath order(String orderId) {
        return admin().get("/api/admin/orders/" + orderId).then().statusCode(200).extract().jsonPath();
    }

    private Optional<PanelServer> server(String identifier) {
        return product.sandbox.panel().servers().stream().filter(s -> identifier.equals(s.identifier())).findFirst();
    }

    private long count(String digits, String marker) {
        return product.sandbox.whatsapp().messagesTo(digits).stream().filter(m -> content(m).contains(marker)).count();
    }

    /** A free text's body, or an approved template's parameters (outside the 24-hour window). */
    private static String content(SentMessage m) {
        if (m.text() != null) {
            return m.text();
        }
        return m.templateParams() == null ? "" : String.join("\n", m.templateParams());
    }

    private SentMessage only(String digits, String marker) {
        List<SentMessage> found = product.sandbox.whatsapp().messagesTo(digits).stream()
                .filter(m -> content(m).contains(marker)).toList();
        assertThat(found).as("messages to " + digits + " with '" + marker + "'").hasSize(1);
        return found.get(0);
    }

    /** Waits for the first message with {@code marker} to {@code digits} and returns it. */
    private SentMessage awaitOne(String digits, String marker) {
        await("'" + marker + "' to " + digits).atMost(Duration.ofSeconds(60)).until(() -> count(digits, marker) >= 1);
        return product.sandbox.whatsapp().messagesTo(digits).stream().filter(m -> content(m).contains(marker))
                .findFirst().orElseThrow();
    }

    private static String changeId(String text) {
        Matcher m = Pattern.compile("REN-[0-9A-Z]{8}").matcher(text);
        assertThat(m.find()).as("a renewal id in: " + text).isTrue();
        return m.group();
    }
}
