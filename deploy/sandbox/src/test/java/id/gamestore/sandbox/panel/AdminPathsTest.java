package id.gamestore.sandbox.panel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminPathsTest extends PanelTestSupport {

    private static io.restassured.specification.RequestSpecification admin() {
        return given().baseUri(sandbox.panelUrl());
    }

    @Test
    void requestLogRecordsMethodPathStatusOwnerAndCounts() {
        app().get("/api/application/users").then().statusCode(200);
        app().get("/api/application/users/999").then().statusCode(404);
        app().get("/api/application/users/999").then().statusCode(404);
        admin().get("/__sandbox/requests").then().statusCode(200)
                .body("total", equalTo(3))
                .body("requests[0].method", equalTo("GET"))
                .body("requests[0].path", equalTo("/api/application/users"))
                .body("requests[0].status", equalTo(200))
                .body("requests[0].key_owner", equalTo("admin"))
                .body("counts.'GET /api/application/users/999 404'", equalTo(2));
        assertThat(panel().requestCounts()).containsEntry("GET /api/application/users 200", 1L);
        admin().delete("/__sandbox/requests").then().body("total", equalTo(0));
    }

    @Test
    void requestLogNamesTheSubjectOfUserAndServerCreatesOnlyAndNeverAPassword() {
        Map<String, Object> user = userBody("subj", "subj@example.com", "gs-customer-CUS-1");
        user.put("password", "Rahasia-Subject-123");
        int id = app().body(user).post("/api/application/users").then().statusCode(201)
                .extract().path("attributes.id");
        createServer(paperServer(id, "gs-order-ORD-1"));
        app().get("/api/application/users/external/gs-customer-CUS-1").then().statusCode(200);
        app().body(Map.of("email", "other@example.com", "username", "subj", "first_name", "A", "last_name", "B",
                "external_id", "gs-customer-CUS-2", "password", "Rahasia-Subject-123"))
                .patch("/api/application/users/" + id).then().statusCode(200);
        app().body(userBody("nosubj", "nosubj@example.com", null)).post("/api/application/users").then()
                .statusCode(201);

        String log = admin().get("/__sandbox/requests").then().statusCode(200)
                .body("total", equalTo(5))
                .body("requests[0].subject", equalTo("gs-customer-CUS-1"))
                .body("requests[1].path", equalTo("/api/application/servers"))
                .body("requests[1].subject", equalTo("gs-order-ORD-1"))
                .body("requests[2]", not(hasKey("subject")))
                .body("requests[3]", not(hasKey("subject")))
                .body("requests[4]", not(hasKey("subject")))
                .extract().asString();
        assertThat(log).doesNotContain("Rahasia-Subject-123").doesNotContain("gs-customer-CUS-2");
        assertThat(panel().requests()).extracting(RequestLog.Entry::subject)
                .containsExactly("gs-customer-CUS-1", "gs-order-ORD-1", null, null, null);
    }

    @Test
    void inventoryAndPasswordCheck() {
        Map<String, Object> body = userBody("inv", "inv@example.com", "cust-inv");
        body.put("password", "Rahasia-123");
        app().body(body).post("/api/application/users").then().statusCode(201);
        createServer(paperServer(3, "inv-1"));
        admin().get("/__sandbox/inventory").then().statusCode(200)
                .body("counts.users", equalTo(3))
                .body("counts.servers", equalTo(1))
                .body("counts.allocations_in_use", equalTo(1))
                .body("servers[0].externalId", equalTo("inv-1"))
                .body("users[2]", not(hasKey("passwordHash")));
        admin().body(Map.of("login", "inv@example.com", "password", "Rahasia-123")).post("/__sandbox/password-check")
                .then().body("valid", equalTo(true));
        admin().body(Map.of("login", "inv", "password", "nope")).post("/__sandbox/password-check")
                .then().body("valid", equalTo(false));
    }

    @Test
    void installControlAndResetPath() {
        admin().body(Map.of("seconds", 0.1)).post("/__sandbox/install").then().statusCode(200)
                .body("millis", equalTo(100));
        int user = createUser("installctl");
        int server = createServer(paperServer(user, "ictl"));
        await().atMost(Duration.ofSeconds(3)).until(() -> panel().inventory().server(server).orElseThrow().status() == null);
        admin().body(Map.of("millis", 60000)).post("/__sandbox/install").then().body("seconds", equalTo(60.0f));
        int slow = createServer(paperServer(user, "ictl-2"));
        admin().body(Map.of("success", false)).post("/__sandbox/servers/" + slow + "/install").then()
                .body("completed", equalTo(true));
        assertThat(panel().inventory().server(slow).orElseThrow().status()).isEqualTo("install_failed");
        admin().post("/__sandbox/reset").then().statusCode(200);
        assertThat(panel().inventory().serverCount()).isZero();
        assertThat(panel().installMillis()).isEqualTo(300);
        admin().get("/__sandbox/requests").then().body("requests", hasSize(0));
        admin().get("/__sandbox/nothing").then().statusCode(404);
    }

    @Test
    void adminPathsNeedNoKeyAndAreNotFaulted() {
        panel().faults().add(id.gamestore.sandbox.faults.Fault.serverError(500));
        admin().get("/__sandbox/health").then().statusCode(200).body("status", equalTo("UP"));
        admin().body(Map.of("per_window", 1, "window_millis", 60000)).post("/__sandbox/rate-limit").then()
                .statusCode(200).body("per_window", equalTo(1));
    }
}
