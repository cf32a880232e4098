package id.gamestore.sandbox.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientApiTest extends PanelTestSupport {

    private String installedServer(String ext) {
        int user = createUser(ext);
        int id = createServer(paperServer(user, ext));
        String identifier = app().get("/api/application/servers/" + id).then().extract().path("attributes.identifier");
        // false when the sandbox's own install timer (300 ms) was quicker, as on a loaded machine: installed either way
        panel().completeInstall(id, true);
        Object status = app().get("/api/application/servers/" + id).then().extract().path("attributes.status");
        assertThat(status).as("server %d installed", id).isNull();
        return identifier;
    }

    @Test
    void installingServerIs409AndInstalledServerReportsResources() {
        int user = createUser("clientapi");
        int id = createServer(paperServer(user, "client-1"));
        String identifier = app().get("/api/application/servers/" + id).then().extract().path("attributes.identifier");
        as(CLIENT_KEY).get("/api/client/servers/" + identifier + "/resources").then().statusCode(409)
                .body("errors[0].detail", equalTo(
                        "This server has not yet completed its installation process, please try again later."));
        await().atMost(Duration.ofSeconds(5)).until(() ->
                as(CLIENT_KEY).get("/api/client/servers/" + identifier + "/resources").statusCode() == 200);
        as(CLIENT_KEY).get("/api/client/servers/" + identifier + "/resources").then()
                .body("object", equalTo("stats"))
                .body("attributes.current_state", equalTo("offline"))
                .body("attributes.resources.memory_bytes", equalTo(0));
    }

    @Test
    void powerSignalsChangeStateAndBadSignalIs422() {
        String identifier = installedServer("power");
        as(CLIENT_KEY).body(Map.of("signal", "start")).post("/api/client/servers/" + identifier + "/power")
                .then().statusCode(204);
        as(CLIENT_KEY).get("/api/client/servers/" + identifier + "/resources").then()
                .body("attributes.current_state", equalTo("running"));
        as(CLIENT_KEY).body(Map.of("signal", "explode")).post("/api/client/servers/" + identifier + "/power")
                .then().statusCode(422).body("errors[0].meta.rule", equalTo("in"));
        as(CLIENT_KEY).body(Map.of("signal", "kill")).post("/api/client/servers/" + identifier + "/power")
                .then().statusCode(204);
        assertThat(panel().inventory().servers().get(0).powerState()).isEqualTo("offline");
    }

    @Test
    void filesWriteStoresContentAndNeedsFileParam() {
        String identifier = installedServer("files");
        as(CLIENT_KEY).contentType(ContentType.TEXT).queryParam("file", "/server.properties")
                .body("motd=Halo\nmax-players=20\n").post("/api/client/servers/" + identifier + "/files/write")
                .then().statusCode(204);
        assertThat(panel().writtenFiles(identifier)).containsEntry("/server.properties", "motd=Halo\nmax-players=20\n");
        as(CLIENT_KEY).contentType(ContentType.TEXT).body("x").post("/api/client/servers/" + identifier + "/files/write")
                .then().statusCode(422);
    }

    @Test
    void accountAnswersTheKeyOwnerAndAnUnknownKeyIs401() {
        as(CLIENT_KEY).get("/api/client/account").then().statusCode(200).body("object", equalTo("user"))
                .body("attributes.username", equalTo("admin")).body("attributes.admin", equalTo(true));
        as("ptlc_unknownunknownunknownunknownunknown").get("/api/client/account").then().statusCode(401);
    }

    @Test
    void unknownOrSuspendedServers() {
        as(CLIENT_KEY).get("/api/client/servers/deadbeef/resources").then().statusCode(404);
        String identifier = installedServer("suspclient");
        int id = panel().inventory().servers().get(0).id();
        app().post("/api/application/servers/" + id + "/suspend").then().statusCode(204);
        as(CLIENT_KEY).body(Map.of("signal", "start")).post("/api/client/servers/" + identifier + "/power")
                .then().statusCode(409);
    }

    @Test
    void wingsUnreachableOnClientCallsIs504() {
        String identifier = installedServer("clientwings");
        panel().faults().add(id.gamestore.sandbox.faults.Fault.wingsUnreachable().on("POST", "/api/client/*"));
        as(CLIENT_KEY).body(Map.of("signal", "start")).post("/api/client/servers/" + identifier + "/power")
                .then().statusCode(504);
        as(CLIENT_KEY).get("/api/client/servers/" + identifier + "/resources").then().statusCode(200);
    }

    @Test
    void serverViewIsAnsweredInEveryStateAndResourcesOnlyOnceInstalledOrWhenSuspended() {
        panel().setInstallMillis(60_000); // installing until completed below, however slow the machine
        int user = createUser("viewer");
        int id = createServer(paperServer(user, "view-1"));
        String identifier = app().get("/api/application/servers/" + id).then().extract().path("attributes.identifier");
        as(CLIENT_KEY).get("/api/client/servers/" + identifier).then().statusCode(200)
                .body("object", equalTo("server")).body("attributes.identifier", equalTo(identifier))
                .body("attributes.status", equalTo("installing")).body("attributes.is_installing", equalTo(true))
                .body("attributes.limits.memory", equalTo(1024)).body("attributes.limits.disk", equalTo(5120))
                .body("attributes.relationships.allocations.data[0].attributes.is_default", equalTo(true))
                .body("attributes.relationships.allocations.data[0].attributes.port", notNullValue());
        as(CLIENT_KEY).get("/api/client/servers/" + identifier + "/resources").then().statusCode(409);

        assertThat(panel().completeInstall(id, true)).isTrue();
        app().post("/api/application/servers/" + id + "/suspend").then().statusCode(204);
        as(CLIENT_KEY).get("/api/client/servers/" + identifier).then().statusCode(200)
                .body("attributes.status", equalTo("suspended")).body("attributes.is_suspended", equalTo(true));
        as(CLIENT_KEY).get("/api/client/servers/" + identifier + "/resources").then().statusCode(200)
                .body("attributes.current_state", equalTo("offline")).body("attributes.is_suspended", equalTo(true));
        as(CLIENT_KEY).body(Map.of("signal", "start")).post("/api/client/servers/" + identifier + "/power")
                .then().statusCode(409).body("errors[0].detail", equalTo(
                        "This server is currently suspended and the functionality requested is unavailable."));
        as(CLIENT_KEY).get("/api/client/servers/deadbeef").then().statusCode(404);
    }

    @Test
    void theStateSwitchPutsAServerInEveryStateACustomerCanSee() {
        String identifier = installedServer("switch");
        String admin = sandbox.panelUrl() + "/__sandbox/servers/";
        for (String power : new String[] { "starting", "running", "stopping", "offline" }) {
            given().body("{\"state\":\"" + power + "\"}").post(admin + identifier + "/state").then().statusCode(200)
                    .body("identifier", equalTo(identifier)).body("state", equalTo(power));
            as(CLIENT_KEY).get("/api/client/servers/" + identifier + "/resources").then().statusCode(200)
                    .body("attributes.current_state", equalTo(power));
        }
        int id = panel().inventory().servers().get(0).id();
        given().body("{\"state\":\"installing\"}").post(admin + id + "/state").then().statusCode(200);
        as(CLIENT_KEY).get("/api/client/servers/" + identifier + "/resources").then().statusCode(409);
        assertThat(panel().setServerState(identifier, "suspended")).contains(identifier);
        as(CLIENT_KEY).get("/api/client/servers/" + identifier).then().body("attributes.status", equalTo("suspended"));
        given().body("{\"state\":\"running\"}").post(admin + identifier + "/state").then().statusCode(200);
        as(CLIENT_KEY).get("/api/client/servers/" + identifier).then().body("attributes.status", nullValue());

        given().body("{\"state\":\"exploded\"}").post(admin + identifier + "/state").then().statusCode(400)
                .body("error", containsString("running, starting, stopping, offline, suspended, installing"));
        given().body("{\"state\":\"running\"}").post(admin + "deadbeef/state").then().statusCode(404);
    }
}
