package id.gamestore.order.ordering;

import static id.gamestore.order.support.Api.bot;
import static id.gamestore.order.support.Api.orderBody;
import static id.gamestore.order.support.Api.randomPhone;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OrderResourceTest {

    @Test
    void placedOrderIsPendingWithAReadableIdAndItsPrice() {
        String phone = randomPhone();
        bot().body("{\"phone\":\"" + phone + "\",\"customerName\":\"Siti Nurhaliza\",\"email\":\"Siti@Example.com\","
                + "\"packageCode\":\"mc-pro\",\"durationMonths\":3,\"locale\":\"en\"}")
                .post("/api/orders").then().statusCode(201)
                .body("orderId", matchesPattern("ORD-[0-9A-HJKMNP-TV-Z]{8}"))
                .body("status", equalTo("PENDING"))
                .body("customerId", matchesPattern("CUS-[0-9A-HJKMNP-TV-Z]{10}"))
                .body("phone", equalTo(phone))
                .body("email", equalTo("siti@example.com"))
                .body("locale", equalTo("en"))
                .body("packageName", equalTo("Minecraft Pro"))
                .body("pricePerMonth", equalTo(90000))
                .body("totalPrice", equalTo(270000))
                .body("currency", equalTo("IDR"));
    }

    @Test
    void localeDefaultsToIndonesianAndIdsAreCaseInsensitive() {
        String id = bot().body(orderBody(randomPhone(), "Budi", "mc-pro", 6)).post("/api/orders")
                .then().statusCode(201).body("locale", equalTo("id")).extract().path("orderId");
        bot().get("/api/orders/" + id.toLowerCase()).then().statusCode(200).body("orderId", equalTo(id));
    }

    @Test
    void theThreeFormsOfOneNumberAreOneCustomer() {
        String national = "0812-" + digits(4) + "-" + digits(4);
        String rest = national.substring(1).replace("-", "");
        String international = "+62 " + rest.substring(0, 3) + " " + rest.substring(3, 7) + " " + rest.substring(7);
        String whatsapp = "62" + rest;
        String first = customerOf(national);
        org.assertj.core.api.Assertions.assertThat(customerOf(international)).isEqualTo(first);
        org.assertj.core.api.Assertions.assertThat(customerOf(whatsapp)).isEqualTo(first);
        bot().get("/api/customers/" + whatsapp + "/orders").then().statusCode(200)
                .body("customerId", equalTo(first)).body("phone", equalTo("+62" + rest))
                .body("orders", hasSize(3));
    }

    @Test
    void sameIdempotencyKeyAndBodyReturnsTheFirstOrder() {
        String key = "bot-" + UUID.randomUUID();
        String body = orderBody(randomPhone(), "Dewi Lestari", "mc-basic", 1);
        String first = bot().header("Idempotency-Key", key).body(body).post("/api/orders")
                .then().statusCode(201).extract().path("orderId");
        bot().header("Idempotency-Key", key).body(body).post("/api/orders")
                .then().statusCode(200).body("orderId", equalTo(first));
        String other = bot().header("Idempotency-Key", "bot-" + UUID.randomUUID()).body(body).post("/api/orders")
                .then().statusCode(201).extract().path("orderId");
        org.assertj.core.api.Assertions.assertThat(other).isNotEqualTo(first);
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyMakeOneOrder() {
        String key = "bot-" + UUID.randomUUID();
        String body = orderBody(randomPhone(), "Agus Salim", "mc-basic", 1);
        var calls = java.util.stream.IntStream.range(0, 6).mapToObj(i -> java.util.concurrent.CompletableFuture
                .supplyAsync(() -> bot().header("Idempotency-Key", key).body(body).post("/api/orders")
                        .then().extract())).toList();
        var responses = calls.stream().map(java.util.concurrent.CompletableFuture::join).toList();
        org.assertj.core.api.Assertions.assertThat(responses.stream().map(r -> r.statusCode()))
                .containsOnly(200, 201).containsOnlyOnce(201);
        org.assertj.core.api.Assertions.assertThat(responses.stream().map(r -> (String) r.path("orderId"))
                .distinct()).hasSize(1);
    }

    @Test
    void sameIdempotencyKeyWithAnotherBodyIsRefused() {
        String key = "bot-" + UUID.randomUUID();
        String phone = randomPhone();
        bot().header("Idempotency-Key", key).body(orderBody(phone, "Dewi", "mc-basic", 1)).post("/api/orders")
                .then().statusCode(201);
        bot().header("Idempotency-Key", key).body(orderBody(phone, "Dewi", "mc-basic", 3)).post("/api/orders")
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"))
                .body("field", equalTo("Idempotency-Key"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed JSON            | {\"phone\": \"0812\",                                     | MALFORMED_JSON       | ",
        "JSON array                | []                                                     | MALFORMED_JSON       | ",
        "duration not a number     | {PHONE,\"customerName\":\"Budi\",\"packageCode\":\"mc-basic\",\"durationMonths\":\"abc\"} | INVALID_FIELD_TYPE | durationMonths",
        "unknown package           | {PHONE,\"customerName\":\"Budi\",\"packageCode\":\"mc-ultra\",\"durationMonths\":1} | UNKNOWN_PACKAGE | packageCode",
        "duration not offered      | {PHONE,\"customerName\":\"Budi\",\"packageCode\":\"mc-basic\",\"durationMonths\":2} | DURATION_NOT_OFFERED | durationMonths",
        "duration missing          | {PHONE,\"customerName\":\"Budi\",\"packageCode\":\"mc-basic\"} | FIELD_REQUIRED | durationMonths",
        "markup in name            | {PHONE,\"customerName\":\"<script>alert(1)</script>\",\"packageCode\":\"mc-basic\",\"durationMonths\":1} | INVALID_NAME | customerName",
        "SQL in name               | {PHONE,\"customerName\":\"Budi'); DROP TABLE orders;--\",\"packageCode\":\"mc-basic\",\"durationMonths\":1} | INVALID_NAME | customerName",
        "control char in name      | {PHONE,\"customerName\":\"Budi\\u0000x\",\"packageCode\":\"mc-basic\",\"durationMonths\":1} | INVALID_NAME | customerName",
        "name missing              | {PHONE,\"packageCode\":\"mc-basic\",\"durationMonths\":1} | FIELD_REQUIRED | customerName",
        "name too long             | {PHONE,\"customerName\":\"LONGNAME\",\"packageCode\":\"mc-basic\",\"durationMonths\":1} | FIELD_TOO_LONG | customerName",
        "bad email                 | {PHONE,\"customerName\":\"Budi\",\"email\":\"budi@\",\"packageCode\":\"mc-basic\",\"durationMonths\":1} | INVALID_EMAIL | email",
        "bad locale                | {PHONE,\"customerName\":\"Budi\",\"packageCode\":\"mc-basic\",\"durationMonths\":1,\"locale\":\"fr\"} | INVALID_LOCALE | locale",
    })
    void badInputIsRefusedNamingTheFieldAndStoresNothing(String title, String body, String code, String field) {
        String phone = randomPhone();
        String json = body.replace("PHONE", "\"phone\":\"" + phone + "\"").replace("LONGNAME", "a".repeat(101));
        var response = bot().body(json).post("/api/orders").then().statusCode(400).body("code", equalTo(code))
                .body("message", not(matchesPattern("(?s).*(Exception|\\bat [a-z]+\\.).*")));
        if (field == null) {
            response.body("field", nullValue());
        } else {
            response.body("field", equalTo(field));
        }
        bot().get("/api/customers/" + phone + "/orders").then().statusCode(200)
                .body("customerId", nullValue()).body("orders", hasSize(0));
    }

    /** The bot forwards a foreign sender's WhatsApp id as digits: the order is theirs, not an Indonesian number's. */
    @ParameterizedTest
    @CsvSource({ "82101, +82101, 7", "6591, +6591, 6", "62812, +62812, 8" })
    void aWhatsAppIdIsTheCountryCodeAndTheNumber(String prefix, String e164Prefix, int randomDigits) {
        String rest = digits(randomDigits);
        String whatsAppId = prefix + rest;
        String customer = customerOf(whatsAppId);
        bot().get("/api/customers/" + whatsAppId + "@c.us/orders").then().statusCode(200)
                .body("phone", equalTo(e164Prefix + rest)).body("customerId", equalTo(customer))
                .body("orders", hasSize(1));
    }

    @ParameterizedTest
    @CsvSource({ "12", "+1 555", "0812-3456-78901234", "abc", "'0812<script>'", "+62 000 0000 0000", "8123456789",
        "6281234567890@g.us", "'6281 2345 6789 0123 4567 8901 2345 6789'" })
    void invalidPhoneIsA400NamingPhone(String phone) {
        bot().body(orderBody(phone, "Budi", "mc-basic", 1)).post("/api/orders").then().statusCode(400)
                .body("code", equalTo("INVALID_PHONE")).body("field", equalTo("phone"));
    }

    @Test
    void namesInAnyScriptWithApostrophesAndHyphensAreAccepted() {
        bot().body(orderBody(randomPhone(), "Ni Luh Putu Ayu-Wulandari O'Neil", "mc-basic", 1)).post("/api/orders")
                .then().statusCode(201);
        bot().body(orderBody(randomPhone(), "José Müller", "mc-basic", 1)).post("/api/orders")
                .then().statusCode(201);
        bot().body(orderBody(randomPhone(), "김민준", "mc-basic", 1)).post("/api/orders").then().statusCode(201);
    }

    @Test
    void unknownOrderIs404() {
        bot().get("/api/orders/ORD-ZZZZZZZZ").then().statusCode(404).body("code", equalTo("ORDER_NOT_FOUND"));
    }

    @Test
    void catalogListsThePackages() {
        bot().get("/api/packages").then().statusCode(200)
                .body("code", org.hamcrest.Matchers.contains("mc-basic", "mc-pro"))
                .body("find { it.code == 'mc-basic' }.resources.memory", equalTo(2048))
                .body("find { it.code == 'mc-pro' }.resources.cpu", equalTo(200))
                .body("find { it.code == 'mc-pro' }.resources.disk", equalTo(20480))
                .body("find { it.code == 'mc-basic' }.durations", org.hamcrest.Matchers.contains(1, 3, 6, 12));
    }

    private static String customerOf(String phone) {
        return bot().body(orderBody(phone, "Rina Wijaya", "mc-basic", 1)).post("/api/orders")
                .then().statusCode(201).extract().path("customerId");
    }

    private static String digits(int n) {
        StringBuilder s = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < n; i++) {
            s.append(r.nextInt(10));
        }
        return s.toString();
    }
}
