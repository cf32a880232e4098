package id.gamestore.sandbox.panel;

import static io.restassured.RestAssured.given;

import id.gamestore.sandbox.Sandbox;
import id.gamestore.sandbox.SandboxConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One sandbox per test class on free ports, reset before each test; requests go over real HTTP. */
abstract class PanelTestSupport {
    static final String APP_KEY = SandboxConfig.DEFAULT_APP_KEY;
    static final String LIMITED_KEY = SandboxConfig.DEFAULT_LIMITED_KEY;
    static final String CLIENT_KEY = SandboxConfig.DEFAULT_CLIENT_KEY;
    static final String STAFF_KEY = SandboxConfig.DEFAULT_STAFF_KEY;
    static final int PAPER_EGG = 3;
    static final int CSGO_EGG = 7;
    static Sandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.start(SandboxConfig.defaults().withInstallMillis(300));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void resetSandbox() {
        sandbox.reset();
    }

    static PanelSandbox panel() {
        return sandbox.panel();
    }

    static RequestSpecification app() {
        return as(APP_KEY);
    }

    static RequestSpecification as(String key) {
        return given().baseUri(sandbox.panelUrl()).header("Authorization", "Bearer " + key)
                .accept(ContentType.JSON).contentType(ContentType.JSON);
    }

    static Map<String, Object> userBody(String username, String email, String externalId) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("email", email);
        body.put("first_name", "Budi");
        body.put("last_name", "Santoso");
        if (externalId != null) {
            body.put("external_id", externalId);
        }
        return body;
    }

    static int createUser(String username) {
        return app().body(userBody(username, username + "@example.com", "cust-" + username))
                .post("/api/application/users").then().statusCode(201).extract().path("attributes.id");
    }

    /** A Paper server body using automatic deployment in Jakarta. */
    static Map<String, Object> paperServer(int user, String externalId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Paper " + externalId);
        body.put("user", user);
        body.put("egg", PAPER_EGG);
        body.put("docker_image", "ghcr.io/pterodactyl/yolks:java_17");
        body.put("startup", "java -Xms128M -jar {{SERVER_JARFILE}}");
        body.put("environment", new HashMap<>(Map.of("SERVER_JARFILE", "server.jar", "BUILD_NUMBER", "latest",
                "MINECRAFT_VERSION", "1.20.4")));
        body.put("limits", new HashMap<>(Map.of("memory", 1024, "swap", 0, "disk", 5120, "io", 500, "cpu", 100)));
        body.put("feature_limits", new HashMap<>(Map.of("databases", 0, "backups", 0, "allocations", 0)));
        body.put("deploy", new HashMap<>(Map.of("locations", List.of(1), "dedicated_ip", false,
                "port_range", List.of())));
        if (externalId != null) {
            body.put("external_id", externalId);
        }
        return body;
    }

    static int createServer(Map<String, Object> body) {
        return app().body(body).post("/api/application/servers").then().statusCode(201)
                .extract().path("attributes.id");
    }
}
