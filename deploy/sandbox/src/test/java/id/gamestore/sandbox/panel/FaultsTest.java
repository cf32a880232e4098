package id.gamestore.sandbox.panel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import id.gamestore.sandbox.faults.Fault;
import id.gamestore.sandbox.support.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultsTest extends PanelTestSupport {
    private HttpResponse<String> send(String method, String path, Object body, Duration timeout) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.panelUrl() + path)).timeout(timeout)
                .header("Authorization", "Bearer " + APP_KEY).header("Accept", "application/json")
                .header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(body)));
        HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return fresh.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void latencyDelaysMatchingRequestsOnly() throws Exception {
        panel().faults().add(Fault.latency(Duration.ofMillis(400)).on("GET", "/api/application/nodes*"));
        long start = System.nanoTime();
        assertThat(send("GET", "/api/application/nodes", null, Duration.ofSeconds(5)).statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        start = System.nanoTime();
        send("GET", "/api/application/users", null, Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(400));
    }

    @Test
    void serverErrorsForNextNCallsThenNormal() {
        panel().faults().add(Fault.serverError(503).on("POST", "/api/application/users").times(2));
        for (int i = 0; i < 2; i++) {
            app().body(userBody("err" + i, "err" + i + "@example.com", null)).post("/api/application/users")
                    .then().statusCode(503).body("errors[0].status", equalTo("503"));
        }
        app().get("/api/application/users").then().statusCode(200);
        app().body(userBody("err9", "err9@example.com", null)).post("/api/application/users").then().statusCode(201);
        assertThat(panel().requestLog().count("POST", "/api/application/users", 503)).isEqualTo(2);
    }

    @Test
    void rateOfFiveHundredsIsProbabilistic() {
        panel().faults().add(Fault.serverError(500).withRate(0.5));
        int errors = 0;
        for (int i = 0; i < 60; i++) {
            if (app().get("/api/application/locations").statusCode() == 500) {
                errors++;
            }
        }
        assertThat(errors).isBetween(5, 55);
    }

    @Test
    void rateLimitBurstAnswers429WithRetryAfter() {
        panel().faults().add(Fault.rateLimited().withMillis(3000).times(1));
        app().get("/api/application/nodes").then().statusCode(429).header("Retry-After", "3")
                .body("errors[0].code", equalTo("ThrottleRequestsException"));
        app().get("/api/application/nodes").then().statusCode(200);
    }

    /** Sends one raw GET and returns the number of response bytes read before the server closed (no retries). */
    private static int rawGetBytes(String path, Duration readTimeout) throws IOException {
        URI uri = URI.create(sandbox.panelUrl());
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout((int) readTimeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nAuthorization: Bearer " + APP_KEY
                    + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return socket.getInputStream().readAllBytes().length;
        }
    }

    @Test
    void timeoutHoldsTheConnectionThenDropsIt() throws Exception {
        panel().faults().add(Fault.timeout(Duration.ofMillis(1500)).on("GET", "/api/application/users").times(1));
        assertThatThrownBy(() -> send("GET", "/api/application/users", null, Duration.ofMillis(500)))
                .isInstanceOf(HttpTimeoutException.class);
        panel().faults().add(Fault.timeout(Duration.ofMillis(300)).times(1));
        long start = System.nanoTime();
        assertThat(rawGetBytes("/api/application/users", Duration.ofSeconds(5))).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(rawGetBytes("/api/application/users", Duration.ofSeconds(5))).isPositive();
    }

    @Test
    void connectionResetDropsWithoutResponse() throws Exception {
        panel().faults().add(Fault.connectionReset().on("*", "/api/application/servers*").times(1));
        assertThat(rawGetBytes("/api/application/servers", Duration.ofSeconds(5))).isZero();
        assertThat(send("GET", "/api/application/servers", null, Duration.ofSeconds(5)).statusCode()).isEqualTo(200);
        assertThat(panel().requests()).anyMatch(RequestLog.Entry::dropped);
    }

    @Test
    void resetAfterServerCreatedLeavesTheServerForExternalIdLookup() throws Exception {
        int user = createUser("resetafter");
        panel().faults().add(Fault.resetAfterResponse().on("POST", "/api/application/servers").times(1));
        assertThatThrownBy(() -> send("POST", "/api/application/servers", paperServer(user, "lost-1"),
                Duration.ofSeconds(5))).isInstanceOf(IOException.class);
        app().get("/api/application/servers/external/lost-1").then().statusCode(200);
        assertThat(send("POST", "/api/application/servers", paperServer(user, "lost-1"), Duration.ofSeconds(5))
                .statusCode()).isEqualTo(422);
    }

    @Test
    void wingsUnreachableScopedToPathAndCount() {
        int user = createUser("wingsscope");
        panel().faults().add(Fault.wingsUnreachable().on("POST", "/api/application/servers").times(1));
        app().body(paperServer(user, "w-1")).post("/api/application/servers").then().statusCode(504);
        app().body(paperServer(user, "w-1")).post("/api/application/servers").then().statusCode(201);
    }

    @Test
    void adminPathSetsListsAndClearsFaults() {
        given().baseUri(sandbox.panelUrl()).body("{\"kind\":\"error\",\"status\":502,\"method\":\"GET\","
                + "\"path\":\"/api/application/nodes\",\"times\":1}").post("/__sandbox/faults")
                .then().statusCode(200).body("faults", hasSize(1)).body("faults[0].kind", equalTo("error"));
        app().get("/api/application/nodes").then().statusCode(502);
        app().get("/api/application/nodes").then().statusCode(200);
        given().baseUri(sandbox.panelUrl()).body("[{\"kind\":\"wings_unreachable\"},{\"kind\":\"install_failed\","
                + "\"times\":2},{\"kind\":\"latency\",\"millis\":10}]").post("/__sandbox/faults")
                .then().statusCode(200).body("faults", hasSize(3));
        assertThat(panel().faults().pendingInstallFailures()).isEqualTo(2);
        given().baseUri(sandbox.panelUrl()).delete("/__sandbox/faults").then().statusCode(200)
                .body("faults", hasSize(0));
        given().baseUri(sandbox.panelUrl()).body(Map.of("kind", "explode")).post("/__sandbox/faults")
                .then().statusCode(400);
    }

    @Test
    void resetClearsFaults() {
        panel().faults().add(Fault.serverError(500));
        sandbox.reset();
        app().get("/api/application/nodes").then().statusCode(200);
    }
}
