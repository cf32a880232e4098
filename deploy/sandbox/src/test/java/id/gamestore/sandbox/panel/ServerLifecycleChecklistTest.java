package id.gamestore.sandbox.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.gamestore.sandbox.faults.Fault;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerLifecycleChecklistTest extends PanelTestSupport {

    private static String status(int server) {
        return app().get("/api/application/servers/" + server).then().statusCode(200).extract().path("attributes.status");
    }

    private static Map<String, Object> build(int allocation) {
        Map<String, Object> body = new HashMap<>();
        body.put("allocation", allocation);
        body.put("limits", Map.of("memory", 2048, "swap", 0, "disk", 10240, "io", 500, "cpu", 200));
        body.put("feature_limits", Map.of("databases", 1, "backups", 2));
        return body;
    }

    @Test
    void checklist19_installCompletesToNullOrInstallFailedAndKeepsSuspended() {
        int user = createUser("install");
        int ok = createServer(paperServer(user, "inst-ok"));
        assertThat(status(ok)).isEqualTo("installing");
        await().atMost(Duration.ofSeconds(5)).until(() -> status(ok) == null);
        app().get("/api/application/servers/" + ok).then().body("attributes.container.installed", equalTo(1));

        panel().faults().failNextInstalls(1);
        int failed = createServer(paperServer(user, "inst-fail"));
        await().atMost(Duration.ofSeconds(5)).until(() -> "install_failed".equals(status(failed)));
        app().get("/api/application/servers/" + failed).then().body("attributes.container.installed", equalTo(0));

        panel().setInstallMillis(60_000);
        int suspended = createServer(paperServer(user, "inst-susp"));
        app().post("/api/application/servers/" + suspended + "/suspend").then().statusCode(204);
        assertThat(panel().completeInstall(suspended, true)).isFalse();
        assertThat(status(suspended)).isEqualTo("suspended");

        int hook = createServer(paperServer(user, "inst-hook"));
        assertThat(panel().completeInstall(hook, false)).isTrue();
        assertThat(status(hook)).isEqualTo("install_failed");
        app().post("/api/application/servers/" + hook + "/reinstall").then().statusCode(204);
        assertThat(status(hook)).isEqualTo("installing");
        assertThat(panel().completeInstall(hook, true)).isTrue();
        assertThat(status(hook)).isNull();
        app().post("/api/application/servers/" + hook + "/reinstall").then().statusCode(204);
        panel().completeInstall(hook, false);
        assertThat(status(hook)).isEqualTo("reinstall_failed");
    }

    @Test
    void checklist20_wingsUnreachableGives504AndRollsBack() {
        panel().setInstallMillis(60_000);
        int user = createUser("wings");
        int server = createServer(paperServer(user, "wings-1"));
        panel().faults().add(Fault.wingsUnreachable());

        app().body(paperServer(user, "wings-2")).post("/api/application/servers").then().statusCode(504)
                .body("errors[0].code", equalTo("DaemonConnectionException"))
                .body("errors[0].detail", equalTo(
                        "Could not establish a connection to the machine running this server. Please try again."));
        assertThat(panel().inventory().serverByExternalId("wings-2")).isEmpty();
        assertThat(panel().inventory().allocationsInUse()).hasSize(1);

        app().post("/api/application/servers/" + server + "/suspend").then().statusCode(504);
        assertThat(status(server)).isEqualTo("installing");
        app().post("/api/application/servers/" + server + "/reinstall").then().statusCode(504);
        app().delete("/api/application/servers/" + server).then().statusCode(504);
        assertThat(panel().inventory().server(server)).isPresent();
        app().delete("/api/application/servers/" + server + "/force").then().statusCode(204);
        assertThat(panel().inventory().server(server)).isEmpty();
        assertThat(panel().inventory().allocationsInUse()).isEmpty();
    }

    @Test
    void checklist21_suspendUnsuspendReinstallDeleteReturn204EmptyAndUnsuspendSetsNull() {
        int user = createUser("susp");
        int server = createServer(paperServer(user, "susp-1"));
        app().post("/api/application/servers/" + server + "/suspend").then().statusCode(204).body(emptyString());
        app().get("/api/application/servers/" + server).then().body("attributes.status", equalTo("suspended"))
                .body("attributes.suspended", equalTo(true));
        app().post("/api/application/servers/" + server + "/suspend").then().statusCode(204);
        app().post("/api/application/servers/" + server + "/unsuspend").then().statusCode(204).body(emptyString());
        app().get("/api/application/servers/" + server).then().body("attributes.status", nullValue());
        app().post("/api/application/servers/" + server + "/unsuspend").then().statusCode(204);
        app().post("/api/application/servers/" + server + "/reinstall").then().statusCode(204).body(emptyString());
        assertThat(status(server)).isEqualTo("installing");
        app().delete("/api/application/servers/" + server).then().statusCode(204).body(emptyString());
        app().get("/api/application/servers/" + server).then().statusCode(404);
        int other = createServer(paperServer(user, "susp-2"));
        app().delete("/api/application/servers/" + other + "/force").then().statusCode(204).body(emptyString());
    }

    @Test
    void checklist22_detailsPatchOverwritesExternalIdAndDescription() {
        int user = createUser("details");
        int other = createUser("details2");
        Map<String, Object> body = paperServer(user, "det-1");
        body.put("description", "my server");
        int server = createServer(body);
        app().body(Map.of("name", "renamed", "user", other)).patch("/api/application/servers/" + server + "/details")
                .then().statusCode(200)
                .body("attributes.name", equalTo("renamed"))
                .body("attributes.user", equalTo(other))
                .body("attributes.external_id", nullValue())
                .body("attributes.description", equalTo(""));
        app().body(Map.of("user", 999)).patch("/api/application/servers/" + server + "/details").then().statusCode(422)
                .body("errors[0].detail", equalTo("The Server Name field is required."))
                .body("errors[1].detail", equalTo("The selected User ID is invalid."));
        app().body(Map.of("name", "x", "user", user, "external_id", "det-1", "description", "d"))
                .patch("/api/application/servers/" + server + "/details").then().statusCode(200)
                .body("attributes.external_id", equalTo("det-1")).body("attributes.description", equalTo("d"));
    }

    @Test
    void checklist23_buildPatchAllocationLimitsFeatureLimitsAndAllocationChanges() {
        int user = createUser("build");
        Map<String, Object> body = paperServer(user, "build-1");
        body.remove("deploy");
        body.put("allocation", Map.of("default", 1));
        int server = createServer(body);

        app().body(build(1)).patch("/api/application/servers/" + server + "/build").then().statusCode(200)
                .body("attributes.limits.memory", equalTo(2048))
                .body("attributes.feature_limits.databases", equalTo(1))
                .body("attributes.feature_limits.allocations", nullValue());
        Map<String, Object> legacy = new HashMap<>(Map.of("allocation", 1, "memory", 512, "swap", 0, "disk", 1024,
                "io", 500, "cpu", 50));
        legacy.put("feature_limits", Map.of("databases", 0, "backups", 0, "allocations", 2));
        app().body(legacy).patch("/api/application/servers/" + server + "/build").then().statusCode(200)
                .body("attributes.limits.memory", equalTo(512));
        app().body(Map.of("allocation", 1)).patch("/api/application/servers/" + server + "/build").then()
                .statusCode(422).body("errors[0].meta.source_field", equalTo("memory"));
        app().body(build(2)).patch("/api/application/servers/" + server + "/build").then().statusCode(400)
                .body("errors[0].detail", equalTo(
                        "The requested default allocation is not currently assigned to this server."));
        Map<String, Object> add = build(2);
        add.put("add_allocations", List.of(2, 3, 60));
        app().body(add).patch("/api/application/servers/" + server + "/build").then().statusCode(200)
                .body("attributes.allocation", equalTo(2));
        assertThat(panel().inventory().server(server).orElseThrow().allocationIds()).containsExactlyInAnyOrder(1, 2, 3);
        Map<String, Object> remove = build(2);
        remove.put("remove_allocations", List.of(2));
        app().body(remove).patch("/api/application/servers/" + server + "/build").then().statusCode(400)
                .body("errors[0].detail", equalTo("You are attempting to delete the default allocation for this "
                        + "server but there is no fallback allocation to use."));
        remove.put("remove_allocations", List.of(1, 3));
        app().body(remove).patch("/api/application/servers/" + server + "/build").then().statusCode(200);
        assertThat(panel().inventory().server(server).orElseThrow().allocationIds()).containsExactly(2);
    }

    @Test
    void checklist24_startupPatchUsesFullEnvironmentSemantics() {
        int user = createUser("startup");
        int server = createServer(paperServer(user, "start-1"));
        Map<String, Object> body = new HashMap<>();
        body.put("startup", "java -jar {{SERVER_JARFILE}}");
        body.put("egg", PAPER_EGG);
        body.put("image", "ghcr.io/pterodactyl/yolks:java_21");
        body.put("skip_scripts", false);
        body.put("environment", Map.of());
        app().body(body).patch("/api/application/servers/" + server + "/startup").then().statusCode(200)
                .body("attributes.container.image", equalTo("ghcr.io/pterodactyl/yolks:java_21"))
                .body("attributes.container.environment.MINECRAFT_VERSION", equalTo("1.20.4"));
        body.put("environment", Map.of("SERVER_JARFILE", "server.jar"));
        app().body(body).patch("/api/application/servers/" + server + "/startup").then().statusCode(422)
                .body("errors[0].meta.source_field", equalTo("environment.BUILD_NUMBER"));
        body.put("environment", Map.of("SERVER_JARFILE", "server.jar", "BUILD_NUMBER", "200"));
        app().body(body).patch("/api/application/servers/" + server + "/startup").then().statusCode(200)
                .body("attributes.container.environment.MINECRAFT_VERSION", equalTo(""))
                .body("attributes.container.environment.BUILD_NUMBER", equalTo("200"));
        body.remove("skip_scripts");
        app().body(body).patch("/api/application/servers/" + server + "/startup").then().statusCode(422)
                .body("errors[0].detail", equalTo("The skip scripts field must be present."));
    }
}
