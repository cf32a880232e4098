package id.gamestore.order.ordering;

import static id.gamestore.order.support.Api.admin;
import static id.gamestore.order.support.Api.bot;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import id.gamestore.order.support.Api;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AdminOrderResourceTest {

    @Test
    void confirmRecordsWhoConfirmedAndTheTimeline() {
        String id = Api.placeOrder();
        admin().body("{\"confirmedBy\":\"Admin Rudi\"}").post("/api/admin/orders/" + id + "/confirm")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));
        admin().get("/api/admin/orders/" + id).then().statusCode(200)
                .body("orderId", equalTo(id))
                .body("status", equalTo("CONFIRMED"))
                .body("confirmedBy", equalTo("Admin Rudi"))
                .body("timeline.status", contains("PENDING", "CONFIRMED"))
                .body("timeline.kind", everyItem(equalTo("STATUS")));
    }

    @Test
    void confirmingACancelledOrderIsAnIllegalTransition() {
        String id = Api.placeOrder();
        admin().body("{\"reason\":\"not paid\"}").post("/api/admin/orders/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        admin().body("{\"reason\":\"not paid\"}").post("/api/admin/orders/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        admin().body("{\"confirmedBy\":\"admin\"}").post("/api/admin/orders/" + id + "/confirm")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"))
                .body("message", containsString("CANCELLED"));
    }

    @Test
    void cancellingAConfirmedOrderIsAnIllegalTransition() {
        String id = Api.placeOrder();
        Api.confirm(id);
        admin().body("{\"reason\":\"changed mind\"}").post("/api/admin/orders/" + id + "/cancel")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"))
                .body("message", containsString("CONFIRMED"));
    }

    @Test
    void confirmNeedsConfirmedByAndCancelNeedsAReason() {
        String id = Api.placeOrder();
        admin().body("{}").post("/api/admin/orders/" + id + "/confirm").then().statusCode(400)
                .body("code", equalTo("FIELD_REQUIRED")).body("field", equalTo("confirmedBy"));
        admin().body("{\"confirmedBy\":\"<b>x</b>\"}").post("/api/admin/orders/" + id + "/confirm").then()
                .statusCode(400).body("code", equalTo("INVALID_NAME")).body("field", equalTo("confirmedBy"));
        admin().post("/api/admin/orders/" + id + "/cancel").then().statusCode(400)
                .body("code", equalTo("BODY_REQUIRED"));
        admin().body("{\"reason\":\"<img src=x>\"}").post("/api/admin/orders/" + id + "/cancel").then()
                .statusCode(400).body("code", equalTo("INVALID_TEXT")).body("field", equalTo("reason"));
        admin().body("{\"confirmedBy\":\"a\"}").post("/api/admin/orders/ORD-ZZZZZZZZ/confirm").then()
                .statusCode(404).body("code", equalTo("ORDER_NOT_FOUND"));
    }

    @Test
    void listFiltersByStatusAndPages() {
        String id = Api.placeOrder();
        admin().body("{\"reason\":\"test\"}").post("/api/admin/orders/" + id + "/cancel").then().statusCode(200);
        admin().queryParam("status", "cancelled").queryParam("size", 2).get("/api/admin/orders").then()
                .statusCode(200).body("size", equalTo(2)).body("page", equalTo(0))
                .body("total", greaterThanOrEqualTo(1)).body("items.status", everyItem(equalTo("CANCELLED")))
                .body("items", hasSize(org.hamcrest.Matchers.lessThanOrEqualTo(2)));
        admin().queryParam("status", "LOST").get("/api/admin/orders").then().statusCode(400)
                .body("code", equalTo("INVALID_STATUS")).body("field", equalTo("status"));
        admin().queryParam("size", 1000).get("/api/admin/orders").then().statusCode(400)
                .body("code", equalTo("INVALID_PAGING")).body("field", equalTo("size"));
    }

    @Test
    void adminKeyMayCallBotEndpoints() {
        admin().get("/api/packages").then().statusCode(200);
        bot().get("/api/packages").then().statusCode(200);
    }
}
