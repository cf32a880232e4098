package id.gamestore.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import id.gamestore.sandbox.faults.Fault;
import id.gamestore.sandbox.panel.PanelServer;
import id.gamestore.sandbox.panel.PanelUser;
import id.gamestore.sandbox.whatsapp.SentMessage;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The product driven through REST the way the store's bot and admin drive it, with the sandbox in place of the
 * Pterodactyl panel and WhatsApp, and the three services as separate processes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {
    static Product product;

    @BeforeAll
    static void startProduct() throws Exception {
        product = Product.start();
    }

    @AfterAll
    static void stopProduct() throws Exception {
        if (product != null) {
            product.close();
        }
    }

    @Test
    @Order(1)
    void orderIsProvisionedAndTheCustomerGetsALoginThatWorks() throws Exception {
        String phone = freshPhone();
        int usersBefore = product.sandbox.panel().userCount();
        int serversBefore = product.sandbox.panel().serverCount();

        String orderId = placeOrder(phone, "mc-basic", 3);
        confirm(orderId);
        JsonPath order = awaitFinalStatus(orderId);
        assertThat(order.getString("status")).isEqualTo("COMPLETED");

        SentMessage message = awaitServerReadyMessage(phone);
        String text = message.text();
        assertThat(text).contains("Server Siap Digunakan", "Order ID: " + orderId, "Paket: ", "Durasi: 3 bulan",
                "Status: ✅ Selesai", "URL: " + product.sandbox.panelUrl(), "Username: ", "Password: ", "Server ID: ",
                "Nama: ", "IP: ", "RAM: 2048MB | CPU: 100% | Disk: 10240MB", "wa.me/6281100000000", "!help",
                "!server-status ", "Simpan informasi login ini dengan aman");
        String username = field(text, "Username");
        String password = field(text, "Password");
        assertThat(product.sandbox.panel().checkPassword(username, password))
                .as("the password in the WhatsApp message logs in at the panel").isTrue();
        assertThat(product.sandbox.panel().userCount()).isEqualTo(usersBefore + 1);
        assertThat(product.sandbox.panel().serverCount()).isEqualTo(serversBefore + 1);
        assertThat(product.sandbox.whatsapp().messagesTo(digits(phone)).stream()
                .filter(m -> m.text() != null && m.text().contains("Server Siap"))).hasSize(1);
        assertThat(product.allLogs()).as("no service log contains the customer's password").doesNotContain(password);
    }

    @Test
    @Order(2)
    void serverCreationRejectedEndsFailedWithNothingLeftAndTheCustomerIsTold() throws Exception {
        String phone = freshPhone();
        List<PanelUser> usersBefore = product.sandbox.panel().users();
        List<PanelServer> serversBefore = product.sandbox.panel().servers();
        String faultId = product.sandbox.panel().faults()
                .add(Fault.serverError(422).on("POST", "/api/application/servers"));
        String orderId = placeOrder(phone, "mc-basic", 1);
        try {
            confirm(orderId);
            JsonPath order = awaitFinalStatus(orderId);
            assertThat(order.getString("status")).isEqualTo("FAILED");
        } finally {
            product.sandbox.panel().faults().remove(faultId);
        }
        assertThat(product.sandbox.panel().users()).as("the user created for this order was removed")
                .hasSameSizeAs(usersBefore);
        assertThat(product.sandbox.panel().servers()).hasSameSizeAs(serversBefore);
        await("failure notice on WhatsApp").atMost(Duration.ofSeconds(60))
                .until(() -> !product.sandbox.whatsapp().messagesTo(digits(phone)).isEmpty());
        assertThat(product.sandbox.whatsapp().messagesTo(digits(phone)))
                .noneMatch(m -> m.text() != null && m.text().contains("Password:"));
        // The admin's alert (the approved template: the admin has not written in the last 24 hours) reaches the
        // admin's own number and ends with the reply that retries.
        SentMessage[] alert = new SentMessage[1];
        await("admin alert").atMost(Duration.ofSeconds(60)).until(() -> {
            alert[0] = product.sandbox.whatsapp().messagesTo(Product.ADMIN_PHONE).stream()
                    .filter(m -> m.templateParams() != null && m.templateParams().contains(orderId)).findFirst()
                    .orElse(null);
            return alert[0] != null;
        });
        assertThat(alert[0].latestStatus()).isNotEqualTo("failed");
        assertThat(alert[0].templateParams()).last().isEqualTo("!retry " + orderId);
    }

    @Test
    @Order(3)
    void provisioningKilledMidJobStillCompletesOnce() throws Exception {
        String phone = freshPhone();
        int usersBefore = product.sandbox.panel().userCount();
        int serversBefore = product.sandbox.panel().serverCount();
        product.sandbox.panel().setInstallMillis(8_000);
        try {
            String orderId = placeOrder(phone, "mc-basic", 1);
            confirm(orderId);
            await("server created in the panel").atMost(Duration.ofSeconds(60))
                    .until(() -> product.sandbox.panel().serverCount() > serversBefore);
            product.provisioning.kill9();
            product.sandbox.panel().setInstallMillis(1_000);
            product.provisioning.start().awaitReady(Duration.ofSeconds(150));

            JsonPath order = awaitFinalStatus(orderId);
            awaitServerReadyMessage(phone);
            // Let any duplicate the restart might produce surface before counting.
            await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);

            int lost = "COMPLETED".equals(order.getString("status")) ? 0 : 1;
            int users = product.sandbox.panel().userCount() - usersBefore;
            int servers = product.sandbox.panel().serverCount() - serversBefore;
            long messages = product.sandbox.whatsapp().messagesTo(digits(phone)).stream()
                    .filter(m -> m.text() != null && m.text().contains("Server Siap")).count();
            int duplicated = Math.max(0, users - 1) + Math.max(0, servers - 1) + (int) Math.max(0, messages - 1);
            int orphaned = lost == 1 ? users + servers : 0;
            System.out.printf("crash test: lost=%d duplicated=%d orphaned=%d recovered=%d%n", lost, duplicated,
                    orphaned, 1 - lost);
            assertThat(lost).isZero();
            assertThat(duplicated).isZero();
            assertThat(orphaned).isZero();
            assertThat(users).isEqualTo(1);
            assertThat(servers).isEqualTo(1);
            assertThat(messages).isEqualTo(1);
        } finally {
            product.sandbox.panel().setInstallMillis(1_000);
        }
    }

    @Test
    @Order(4)
    void customerResetsThePasswordThroughTheBot() throws Exception {
        String phone = freshPhone();
        String orderId = placeOrder(phone, "mc-basic", 1);
        confirm(orderId);
        assertThat(awaitFinalStatus(orderId).getString("status")).isEqualTo("COMPLETED");
        String first = awaitServerReadyMessage(phone).text();
        String username = field(first, "Username");

        // The customer types !reset-password; the bot relays it (and retries it once, as bots do).
        String requestId = resetByBot(orderId, phone, false);
        assertThat(resetByBot(orderId, phone, true)).isEqualTo(requestId);
        SentMessage reset = awaitMessage(phone, "Password Panel Baru");
        String newPassword = field(reset.text(), "Password baru");
        assertThat(reset.text()).contains(orderId, username, product.sandbox.panelUrl());
        assertThat(product.sandbox.panel().checkPassword(username, newPassword)).isTrue();
        assertThat(product.sandbox.panel().checkPassword(username, field(first, "Password"))).isFalse();
        await("reset request completed").atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(
                given().baseUri(product.orders.url()).header("X-Api-Key", Product.BOT_KEY)
                        .get("/api/orders/" + orderId + "/password-reset/" + requestId).then().statusCode(200)
                        .extract().path("status")));
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(product.sandbox.whatsapp().messagesTo(digits(phone)).stream()
                .filter(m -> m.text() != null && m.text().contains("Password Panel Baru"))).hasSize(1);
        assertThat(product.allLogs()).doesNotContain(newPassword);

        // Someone else's phone cannot reset this customer's login.
        given().baseUri(product.orders.url()).header("X-Api-Key", Product.BOT_KEY).contentType(ContentType.JSON)
                .body("{\"phone\":\"" + freshPhone() + "\"}").post("/api/orders/" + orderId + "/password-reset")
                .then().statusCode(404);
    }

    private static String resetByBot(String orderId, String phone, boolean repeated) {
        return given().baseUri(product.orders.url()).header("X-Api-Key", Product.BOT_KEY)
                .contentType(ContentType.JSON).body("{\"phone\":\"" + phone + "\"}")
                .post("/api/orders/" + orderId + "/password-reset").then().statusCode(202)
                .body("repeated", org.hamcrest.Matchers.is(repeated)).extract().path("requestId");
    }

    private static SentMessage awaitMessage(String phone, String marker) {
        SentMessage[] found = new SentMessage[1];
        await("'" + marker + "' message to " + phone).atMost(Duration.ofSeconds(60)).until(() -> {
            found[0] = product.sandbox.whatsapp().messagesTo(digits(phone)).stream()
                    .filter(m -> m.text() != null && m.text().contains(marker)).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    /**
     * The store runs no bot of its own: the customer and the admin type commands to the store's WhatsApp number, the
     * signed webhook brings them to notification-service, order-service answers, and the reply goes back through
     * WhatsApp. A stranger asking about the customer's server learns nothing about it.
     */
    @Test
    @Order(6)
    void customerAndAdminChatWithTheStoreThroughTheWebhookWithoutABotOfTheirOwn() throws Exception {
        String phone = freshPhone();
        String orderId = placeOrder(phone, "mc-basic", 1);
        confirm(orderId);
        JsonPath order = awaitFinalStatus(orderId);
        assertThat(order.getString("status")).isEqualTo("COMPLETED");
        String identifier = order.getString("server.identifier");
        String address = order.getString("server.address");
        awaitServerReadyMessage(phone);

        product.sandbox.whatsapp().simulateInbound(digits(phone), "Budi", "!server-status " + identifier);
        String status = awaitReply(digits(phone), identifier).text();
        assertThat(status).contains(identifier, address);
        assertThat(status).containsAnyOf("🟢", "🟡");

        String stranger = freshPhone();
        product.sandbox.whatsapp().simulateInbound(digits(stranger), "Mallory", "!status " + identifier);
        String strangerReply = awaitReply(digits(stranger), "!").text();
        assertThat(strangerReply).doesNotContain(address, "Budi", orderId);

        String waiting = placeOrder(freshPhone(), "mc-basic", 1);
        product.sandbox.whatsapp().simulateInbound(Product.ADMIN_PHONE, "Admin", "!pending");
        assertThat(awaitReply(Product.ADMIN_PHONE, waiting).text()).contains(waiting);
        // the admin's report on demand, with the figures of all three services (none "not available")
        product.sandbox.whatsapp().simulateInbound(Product.ADMIN_PHONE, "Admin", "!report");
        String[] found = new String[1];
        await("!report answered").atMost(Duration.ofSeconds(30)).until(() -> {
            found[0] = product.sandbox.whatsapp().messagesTo(Product.ADMIN_PHONE).stream().map(SentMessage::text)
                    .filter(t -> t != null && t.contains("Pesanan:") && !t.contains("harian") && !t.contains("mingguan"))
                    .findFirst().orElse(null);
            return found[0] != null;
        });
        String report = found[0];
        assertThat(report).contains("Laporan", "Pesanan:").doesNotContain("tidak tersedia", "null");
        System.out.printf("chat e2e: customer got%n%s%nstranger got%n%s%nadmin report%n%s%n", status, strangerReply,
                report);
    }

    /** The first message to {@code digits} that contains {@code marker} and is not the server-ready message. */
    private static SentMessage awaitReply(String digits, String marker) {
        SentMessage[] found = new SentMessage[1];
        await("chat reply to " + digits).atMost(Duration.ofSeconds(30)).until(() -> {
            found[0] = product.sandbox.whatsapp().messagesTo(digits).stream()
                    .filter(m -> m.text() != null && !m.text().contains("Server Siap") && m.text().contains(marker))
                    .findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    @Test
    @Order(5)
    void adminCliDrivesTheRunningProduct() throws Exception {
        String phone = freshPhone();
        String orderId = placeOrder(phone, "mc-basic", 1);

        assertThat(cli("orders", "--status", "PENDING").out()).contains(orderId);
        assertThat(cli("confirm", orderId, "--by", "cli-admin").exitCode()).isZero();
        AdminCli.Result watch = cli("watch", orderId, "--interval", "1", "--timeout", "120");
        assertThat(watch.exitCode()).as(watch.out()).isZero();
        assertThat(watch.out()).contains("COMPLETED");
        assertThat(cli("job", orderId).out()).contains("WAIT_INSTALL", "COMPLETED");
        assertThat(cli("capacity").out()).contains("NODE", "FREE_MEM_MIB");
        awaitServerReadyMessage(phone);

        String oldPassword = field(awaitServerReadyMessage(phone).text(), "Password");

        // The delivered message's body is purged, so resending it is refused with a clear reason ...
        AdminCli.Result deliveries = cli("--json", "deliveries", orderId);
        assertThat(deliveries.exitCode()).as(deliveries.out()).isZero();
        String deliveryId = JsonPath.from(deliveries.out()).getString("find { it.kind == 'SERVER_READY' }.id");
        assertThat(deliveryId).as(deliveries.out()).isNotBlank();
        await("server-ready delivered and its body purged").atMost(Duration.ofSeconds(30)).until(() -> {
            AdminCli.Result resend = cli("resend", deliveryId);
            return resend.exitCode() != 0 && resend.out().contains("BODY_PURGED");
        });
        // ... and the admin resends the login as a new password instead.
        AdminCli.Result reset = cli("reset-password", orderId, "--by", "cli-admin");
        assertThat(reset.exitCode()).as(reset.out()).isZero();
        assertThat(reset.out()).contains("password reset requested");
        String newPassword = field(awaitMessage(phone, "Password Panel Baru").text(), "Password baru");
        String username = field(awaitServerReadyMessage(phone).text(), "Username");
        assertThat(newPassword).isNotEqualTo(oldPassword);
        assertThat(product.sandbox.panel().checkPassword(username, newPassword)).isTrue();
        assertThat(product.sandbox.panel().checkPassword(username, oldPassword)).isFalse();
        assertThat(cli("delivery-stats").out()).contains("sent");
        AdminCli.Result health = cli("health");
        assertThat(health.exitCode()).as(health.out()).isZero();

        // the reports of the three running services, put together by the CLI (issue 15)
        AdminCli.Result report = cli("report", "--days", "2");
        assertThat(report.exitCode()).as(report.out()).isZero();
        assertThat(report.out()).contains("Orders", "Provisioning", "Success rate", "Undelivered", "Capacity")
                .doesNotContain("not available");
        AdminCli.Result provisioningReport = cli("--json", "report", "provisioning", "--days", "2");
        assertThat(provisioningReport.exitCode()).as(provisioningReport.out()).isZero();
        assertThat(JsonPath.from(provisioningReport.out()).getInt("totals.completed")).isPositive();

        AdminCli.Result unknown = cli("order", "ORD-NOPE0000");
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.out()).doesNotContain("Exception");
    }

    /**
     * Every expression of the operations dashboard (deploy/grafana) reads metrics the running services really export:
     * deploy/grafana/check-dashboard.py against the three services' /q/metrics, after orders, deliveries and panel
     * calls have happened (a counter shows only once it counted something). Before the restart of the last test.
     */
    @Test
    @Order(6)
    void theOperationsDashboardReadsOnlyMetricsTheServicesExport() throws Exception {
        Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
        List<String> command = new java.util.ArrayList<>(List.of("python3",
                root.resolve("deploy/grafana/check-dashboard.py").toString(),
                root.resolve("deploy/grafana/dashboards/operations.json").toString()));
        for (ServiceProcess s : List.of(product.orders, product.provisioning, product.notifications)) {
            command.add(s.managementUrl() + "/q/metrics");
        }
        // the dead-letter gauges are registered by their first read, 5 s after start-up
        await("every dashboard metric exported").atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    assertThat(p.waitFor()).as(out).isZero();
                    assertThat(out).contains(" 0 unknown");
                });
    }

    /**
     * A 30 s trial through reminder, an order-service restart, suspension, renewal in the chat (unsuspended), second
     * expiry and deletion: {@link LifecycleScenario}. Last, since it restarts order-service.
     */
    @Test
    @Order(7)
    void aTrialIsRemindedSuspendedRenewedAndAfterItsSecondTermDeleted() throws Exception {
        new LifecycleScenario(product).run();
    }

    private static AdminCli.Result cli(String... args) throws Exception {
        return AdminCli.run(product, args);
    }

    private static String freshPhone() {
        return "+62812" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private static String digits(String phone) {
        return phone.replace("+", "");
    }

    /** The customer orders by chatting with the store's bot, which opens WhatsApp's 24-hour window for free text. */
    private static String placeOrder(String phone, String pkg, int months) {
        product.sandbox.whatsapp().simulateInbound(digits(phone), "Halo kak, mau pesan " + pkg + " " + months + " bulan");
        return given().baseUri(product.orders.url()).header("X-Api-Key", Product.BOT_KEY)
                .header("Idempotency-Key", "e2e-" + phone).contentType(ContentType.JSON)
                .body("{\"phone\":\"" + phone + "\",\"customerName\":\"Budi Santoso\",\"packageCode\":\"" + pkg
                        + "\",\"durationMonths\":" + months + "}")
                .post("/api/orders").then().statusCode(201).extract().path("orderId");
    }

    private static void confirm(String orderId) {
        given().baseUri(product.orders.url()).header("X-Api-Key", Product.ADMIN_KEY).contentType(ContentType.JSON)
                .body("{\"confirmedBy\":\"e2e-admin\"}")
                .post("/api/admin/orders/" + orderId + "/confirm").then().statusCode(200);
    }

    private static JsonPath awaitFinalStatus(String orderId) {
        JsonPath[] last = new JsonPath[1];
        await("order " + orderId + " provisioned or failed").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    last[0] = given().baseUri(product.orders.url()).header("X-Api-Key", Product.ADMIN_KEY)
                            .get("/api/admin/orders/" + orderId).then().statusCode(200).extract().jsonPath();
                    String s = last[0].getString("status");
                    return "COMPLETED".equals(s) || "FAILED".equals(s);
                });
        return last[0];
    }

    private static SentMessage awaitServerReadyMessage(String phone) {
        SentMessage[] found = new SentMessage[1];
        await("server-ready message to " + phone).atMost(Duration.ofSeconds(60)).until(() -> {
            found[0] = product.sandbox.whatsapp().messagesTo(digits(phone)).stream()
                    .filter(m -> m.text() != null && m.text().contains("Server Siap")).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    private static String field(String text, String label) {
        Matcher m = Pattern.compile("• " + label + ": (\\S+)").matcher(text);
        assertThat(m.find()).as(label + " in the message").isTrue();
        return m.group(1);
    }
}
