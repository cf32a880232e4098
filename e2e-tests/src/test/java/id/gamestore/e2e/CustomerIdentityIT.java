package id.gamestore.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.gamestore.sandbox.faults.Fault;
import id.gamestore.sandbox.panel.PanelUser;
import id.gamestore.sandbox.whatsapp.SentMessage;
import io.restassured.http.ContentType;

/**
 * A login goes only to the person it belongs to, on the real processes: foreign WhatsApp ids are not read as
 * Indonesian numbers, an email typed by whoever orders never hands over someone else's panel account, and one
 * customer's simultaneous orders under panel errors end with one panel user and a password that works.
 */
class CustomerIdentityIT {
    private static final String RETURNING = "gunakan password akun Anda yang sudah ada";
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
    void foreignWhatsAppIdsGetTheirLoginOnTheirOwnNumberNeverAnIndonesianOne() throws Exception {
        // WhatsApp ids as the bot forwards them: country code and number, digits only. Both orders run at once.
        Map<String, String> orderByWaId = new LinkedHashMap<>();
        for (String waId : List.of("821012345678", "6591234567")) {
            String orderId = placeOrder(waId, "Kim Minjun", null, "mc-basic");
            confirm(orderId);
            orderByWaId.put(waId, orderId);
        }
        for (Map.Entry<String, String> e : orderByWaId.entrySet()) {
            String waId = e.getKey();
            String orderId = e.getValue();
            assertThat(awaitStatus(orderId)).isEqualTo("COMPLETED");
            String text = awaitLoginMessage(waId).text();
            assertThat(text).contains("Order ID: " + orderId);
            assertThat(product.sandbox.panel().checkPassword(field(text, "Username"), field(text, "Password")))
                    .isTrue();
            assertThat(product.sandbox.whatsapp().messagesTo("62" + waId)).as("nothing to +62" + waId).isEmpty();
        }
    }

    @Test
    void anOrderTypedWithThePanelAdminsEmailNeverReachesTheAdminsAccount() throws Exception {
        String phone = freshPhone();
        String orderId = placeOrder(phone, "Mallory Attacker", "admin@sandbox.test", "mc-basic");
        confirm(orderId);
        assertThat(awaitStatus(orderId)).isEqualTo("COMPLETED");
        String text = awaitLoginMessage(digits(phone)).text();
        String username = field(text, "Username");
        assertThat(username).isNotEqualTo("admin");
        assertThat(product.sandbox.panel().checkPassword(username, field(text, "Password"))).isTrue();
        PanelUser user = product.sandbox.panel().users().stream().filter(u -> u.username().equals(username))
                .findFirst().orElseThrow();
        assertThat(user.email()).isNotEqualToIgnoringCase("admin@sandbox.test");
        assertThat(user.externalId()).startsWith("gs-customer-");

        // A password reset of that order changes the attacker's own account, never the admin's.
        given().baseUri(product.orders.url()).header("X-Api-Key", Product.BOT_KEY).contentType(ContentType.JSON)
                .body("{\"phone\":\"" + phone + "\"}").post("/api/orders/" + orderId + "/password-reset").then()
                .statusCode(202);
        await("reset message").atMost(Duration.ofSeconds(60)).until(() -> messagesTo(digits(phone)).stream()
                .anyMatch(m -> m.text().contains("Password baru")));
        assertThat(product.sandbox.panel().checkPassword("admin", "sandbox-admin-password"))
                .as("the admin's password still works").isTrue();
    }

    /**
     * Five customers place three orders each; the admin confirms all fifteen at once while 30% of the panel's user
     * creations and password updates answer 503. Every customer ends with one panel user, the newest password they were sent logs in, and no
     * "use your existing password" reaches a customer before a password did.
     */
    @Test
    void simultaneousOrdersOfOneCustomerUnderPanelErrorsEndWithOneUserAndAWorkingPassword() throws Exception {
        int usersBefore = product.sandbox.panel().userCount();
        Map<String, List<String>> ordersByPhone = new LinkedHashMap<>();
        for (int c = 0; c < 5; c++) {
            String phone = freshPhone();
            List<String> orders = new ArrayList<>();
            for (int o = 0; o < 3; o++) {
                orders.add(placeOrder(phone, "Pelanggan " + (char) ('A' + c), c % 2 == 0 ? "p" + c + "-" + digits(phone)
                        + "@example.com" : null, "mc-basic"));
            }
            ordersByPhone.put(phone, orders);
        }
        var faults = product.sandbox.panel().faults();
        faults.add(Fault.serverError(503).on("POST", "/api/application/users").withRate(0.3));
        faults.add(Fault.serverError(503).on("PATCH", "/api/application/users/*").withRate(0.3));
        try {
            ordersByPhone.values().stream().flatMap(List::stream).forEach(CustomerIdentityIT::confirm);
            for (List<String> orders : ordersByPhone.values()) {
                for (String orderId : orders) {
                    assertThat(awaitStatus(orderId)).as(orderId).isEqualTo("COMPLETED");
                }
            }
        } finally {
            faults.clear();
        }

        int returning = 0;
        for (Map.Entry<String, List<String>> e : ordersByPhone.entrySet()) {
            String to = digits(e.getKey());
            await("a server-ready message for every order of " + to).atMost(Duration.ofSeconds(120))
                    .until(() -> e.getValue().stream().allMatch(o -> messagesTo(to).stream()
                            .anyMatch(m -> m.text().contains("Server Siap") && m.text().contains("Order ID: " + o))));
            List<SentMessage> logins = messagesTo(to).stream().filter(m -> m.text().contains("Server Siap")).toList();
            String username = null;
            String lastPassword = null;
            for (SentMessage m : logins) {
                String u = field(m.text(), "Username");
                assertThat(username == null || username.equals(u)).as("one panel user for " + to).isTrue();
                username = u;
                if (m.text().contains(RETURNING)) {
                    returning++;
                    assertThat(lastPassword).as("a returning message to " + to + " before any password").isNotNull();
                } else {
                    lastPassword = field(m.text(), "Password");
                }
            }
            String name = username;
            assertThat(product.sandbox.panel().users().stream().filter(u -> u.username().equals(name)).count())
                    .isEqualTo(1);
            assertThat(product.sandbox.panel().checkPassword(username, lastPassword))
                    .as("the newest password sent to " + to + " logs in").isTrue();
        }
        assertThat(product.sandbox.panel().userCount()).as("one new panel user per customer")
                .isEqualTo(usersBefore + ordersByPhone.size());
        System.out.printf("customer logins e2e: customers=%d orders=%d returning=%d%n", ordersByPhone.size(),
                ordersByPhone.size() * 3, returning);
    }

    private static List<SentMessage> messagesTo(String digits) {
        return product.sandbox.whatsapp().messagesTo(digits).stream().filter(m -> m.text() != null).toList();
    }

    private static SentMessage awaitLoginMessage(String digits) {
        SentMessage[] found = new SentMessage[1];
        await("login message to " + digits).atMost(Duration.ofSeconds(90)).until(() -> {
            found[0] = messagesTo(digits).stream().filter(m -> m.text().contains("Server Siap")).findFirst()
                    .orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    private static String placeOrder(String phone, String name, String email, String pkg) {
        product.sandbox.whatsapp().simulateInbound(digits(phone), "Halo kak, mau pesan " + pkg);
        String emailJson = email == null ? "" : ",\"email\":\"" + email + "\"";
        return given().baseUri(product.orders.url()).header("X-Api-Key", Product.BOT_KEY)
                .header("Idempotency-Key", "e2e-id-" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE))
                .contentType(ContentType.JSON)
                .body("{\"phone\":\"" + phone + "\",\"customerName\":\"" + name + "\",\"packageCode\":\"" + pkg
                        + "\",\"durationMonths\":1" + emailJson + "}")
                .post("/api/orders").then().statusCode(201).extract().path("orderId");
    }

    private static void confirm(String orderId) {
        given().baseUri(product.orders.url()).header("X-Api-Key", Product.ADMIN_KEY).contentType(ContentType.JSON)
                .body("{\"confirmedBy\":\"e2e-admin\"}")
                .post("/api/admin/orders/" + orderId + "/confirm").then().statusCode(200);
    }

    private static String awaitStatus(String orderId) {
        String[] status = new String[1];
        await("order " + orderId + " provisioned or failed").atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    status[0] = given().baseUri(product.orders.url()).header("X-Api-Key", Product.ADMIN_KEY)
                            .get("/api/admin/orders/" + orderId).then().statusCode(200).extract().path("status");
                    return "COMPLETED".equals(status[0]) || "FAILED".equals(status[0]);
                });
        return status[0];
    }

    private static String freshPhone() {
        return "+62813" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private static String digits(String phone) {
        return phone.replace("+", "");
    }

    private static String field(String text, String label) {
        Matcher m = Pattern.compile("• " + label + ": (\\S+)").matcher(text);
        assertThat(m.find()).as(label + " in the message").isTrue();
        return m.group(1);
    }
}
