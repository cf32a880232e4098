package id.gamestore.sandbox.panel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitTest extends PanelTestSupport {

    @Test
    void checklist27_rateLimitPerKeyOwnerWithHeadersAnd429RetryAfter() {
        app().get("/api/application/users").then().statusCode(200)
                .header("X-RateLimit-Limit", "240").header("X-RateLimit-Remaining", "239");
        as(LIMITED_KEY).get("/api/application/users").then().header("X-RateLimit-Remaining", "238");
        panel().setRateLimit(3, 60_000);
        for (int i = 0; i < 3; i++) {
            app().get("/api/application/nodes").then().statusCode(200);
        }
        Response limited = as(LIMITED_KEY).get("/api/application/nodes");
        limited.then().statusCode(429)
                .header("X-RateLimit-Limit", "3").header("X-RateLimit-Remaining", "0")
                .body("errors[0].code", equalTo("ThrottleRequestsException"))
                .body("errors[0].detail", equalTo("Too Many Attempts."));
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        long reset = Long.parseLong(limited.header("X-RateLimit-Reset"));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(reset).isGreaterThan(System.currentTimeMillis() / 1000);
        given().baseUri(sandbox.panelUrl()).accept(ContentType.JSON).get("/api/application/nodes").then().statusCode(401);
        as(CLIENT_KEY).get("/api/application/nodes").then().statusCode(429);
    }

    @Test
    void windowResetsAfterConfiguredPeriodAndBucketsArePerOwner() {
        panel().setRateLimit(2, 700);
        app().get("/api/application/nodes").then().statusCode(200);
        app().get("/api/application/nodes").then().statusCode(200);
        app().get("/api/application/nodes").then().statusCode(429);
        as(STAFF_KEY).get("/api/application/nodes").then().statusCode(403);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> app().get("/api/application/nodes").statusCode() == 200);
    }

    @Test
    void clientApiHasItsOwnBucket() {
        panel().setRateLimit(1, 60_000);
        app().get("/api/application/nodes").then().statusCode(200);
        app().get("/api/application/nodes").then().statusCode(429);
        as(CLIENT_KEY).get("/api/client/servers/unknown/resources").then().statusCode(404)
                .header("X-RateLimit-Limit", "720");
    }

    @Test
    void adminPathsAreNotRateLimited() {
        panel().setRateLimit(1, 60_000);
        for (int i = 0; i < 5; i++) {
            given().baseUri(sandbox.panelUrl()).get("/__sandbox/health").then().statusCode(200);
        }
    }
}
