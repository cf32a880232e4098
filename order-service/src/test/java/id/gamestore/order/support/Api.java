package id.gamestore.order.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** REST calls as the bot and as an admin, with the test profile's keys. */
public final class Api {
    public static final String BOT_KEY = "test-bot-key-1";
    public static final String ADMIN_KEY = "test-admin-key";

    private Api() {
    }

    public static RequestSpecification bot() {
        return given().header("X-Api-Key", BOT_KEY).contentType(ContentType.JSON);
    }

    public static RequestSpecification admin() {
        return given().header("X-Api-Key", ADMIN_KEY).contentType(ContentType.JSON);
    }

    /** A random valid Indonesian mobile number in E.164, so tests never share a customer. */
    public static String randomPhone() {
        return "+62812" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static String orderBody(String phone, String name, String pkg, int months) {
        return "{\"phone\":\"" + phone + "\",\"customerName\":\"" + name + "\",\"packageCode\":\"" + pkg
                + "\",\"durationMonths\":" + months + "}";
    }

    /** Places an order as the bot and returns its id. */
    public static String placeOrder() {
        return bot().body(orderBody(randomPhone(), "Budi Santoso", "mc-basic", 1)).post("/api/orders")
                .then().statusCode(201).extract().path("orderId");
    }

    public static void confirm(String orderId) {
        admin().body("{\"confirmedBy\":\"admin test\"}").post("/api/admin/orders/" + orderId + "/confirm")
                .then().statusCode(200);
    }
}
