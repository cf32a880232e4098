package id.gamestore.sandbox.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.gamestore.sandbox.support.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerCreateChecklistTest extends PanelTestSupport {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sub(Map<String, Object> body, String key) {
        return (Map<String, Object>) body.get(key);
    }

    @Test
    void checklist13_serverCreateRuleTablePresentFieldsStringOnlyValuesAndUniqueExternalId() {
        int user = createUser("rules");
        Map<String, Object> body = paperServer(user, "dup-1");
        createServer(body);
        app().body(paperServer(user, "dup-1")).post("/api/application/servers").then().statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].detail", equalTo("The external id has already been taken."))
                .body("errors[0].meta.rule", equalTo("unique"));

        Map<String, Object> bad = paperServer(user, null);
        bad.put("external_id", 12345);
        bad.remove("docker_image");
        bad.remove("environment");
        sub(bad, "feature_limits").remove("backups");
        sub(bad, "limits").put("io", 5);
        sub(bad, "deploy").put("port_range", List.of(25565));
        app().body(bad).post("/api/application/servers").then().statusCode(422)
                .body("errors.meta.source_field", equalTo(List.of("external_id", "docker_image", "environment",
                        "limits.io", "feature_limits.backups", "deploy.port_range.0")))
                .body("errors.meta.rule", equalTo(List.of("string", "required", "present", "between", "present",
                        "string")))
                .body("errors[1].detail", equalTo("The docker image field is required."))
                .body("errors[2].detail", equalTo("The environment field must be present."))
                .body("errors[3].detail", equalTo("The limits.io must be between 10 and 1000."));

        Map<String, Object> noDeploy = paperServer(user, null);
        noDeploy.remove("deploy");
        app().body(noDeploy).post("/api/application/servers").then().statusCode(422)
                .body("errors[0].meta.source_field", equalTo("allocation.default"))
                .body("errors[0].meta.rule", equalTo("required"));
        assertThat(panel().inventory().serverCount()).isEqualTo(1);
    }

    /**
     * StoreServerRequest::withValidator: without a (truthy) deploy, {@code allocation.default} is
     * required|integer|bail|exists and each {@code allocation.additional.*} integer|exists (no bail); rules() types
     * {@code deploy.port_range.*} as string; ServerCreationService assigns every additional allocation to the server.
     */
    @Test
    void allocationDefaultIsPlainRequiredWithBailAndAdditionalAllocationsAreValidatedAndAssigned() {
        int user = createUser("multi");
        Map<String, Object> body = paperServer(user, "m-1");
        body.remove("deploy");
        app().body(body).post("/api/application/servers").then().statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].meta.source_field", equalTo("allocation.default"))
                .body("errors[0].meta.rule", equalTo("required"))
                .body("errors[0].detail", equalTo("The allocation.default field is required."));
        body.put("deploy", Map.of());
        app().body(body).post("/api/application/servers").then().statusCode(422)
                .body("errors.meta.source_field", equalTo(List.of("allocation.default", "deploy")))
                .body("errors.meta.rule", equalTo(List.of("required", "required")));
        body.remove("deploy");
        body.put("allocation", Map.of("default", "abc", "additional", List.of("x")));
        app().body(body).post("/api/application/servers").then().statusCode(422)
                .body("errors.meta.source_field", equalTo(List.of("allocation.default", "allocation.additional.0",
                        "allocation.additional.0")))
                .body("errors.meta.rule", equalTo(List.of("integer", "integer", "exists")))
                .body("errors[0].detail", equalTo("The allocation.default must be an integer."));

        body.put("allocation", Map.of("default", 101, "additional", List.of(103, 102)));
        int id = app().body(body).queryParam("include", "allocations").post("/api/application/servers").then()
                .statusCode(201).body("attributes.allocation", equalTo(101))
                .body("attributes.relationships.allocations.data.attributes.id", equalTo(List.of(101, 102, 103)))
                .body("attributes.relationships.allocations.data.attributes.assigned",
                        equalTo(List.of(true, true, true)))
                .extract().path("attributes.id");
        assertThat(panel().inventory().server(id).orElseThrow().allocationIds()).containsExactlyInAnyOrder(101, 102,
                103);

        Map<String, Object> taken = paperServer(user, "m-2");
        taken.remove("deploy");
        taken.put("allocation", Map.of("default", 104, "additional", List.of(105, 102)));
        app().body(taken).post("/api/application/servers").then().statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].meta.source_field", equalTo("allocation.additional.1"))
                .body("errors[0].meta.rule", equalTo("exists"))
                .body("errors[0].detail", equalTo("The selected allocation.additional.1 is invalid."));
        assertThat(panel().inventory().allocationsInUse()).extracting(PanelAllocation::id)
                .containsExactlyInAnyOrder(101, 102, 103);

        app().delete("/api/application/servers/" + id + "/force").then().statusCode(204);
        assertThat(panel().inventory().allocationsInUse()).isEmpty();

        Map<String, Object> ports = paperServer(user, "m-3");
        sub(ports, "deploy").put("port_range", java.util.Arrays.asList(25565, null, "25566"));
        app().body(ports).post("/api/application/servers").then().statusCode(422)
                .body("errors.meta.source_field", equalTo(List.of("deploy.port_range.0", "deploy.port_range.1")))
                .body("errors.meta.rule", equalTo(List.of("string", "string")))
                .body("errors[0].detail", equalTo("The deploy.port range.0 must be a string."));
        sub(ports, "deploy").put("port_range", List.of("25566"));
        app().body(ports).queryParam("include", "allocations").post("/api/application/servers").then()
                .statusCode(201).body("attributes.relationships.allocations.data[0].attributes.port", equalTo(25566));
    }

    @Test
    void checklist14_allocationDefaultMustExistAndBeUnassigned() {
        int user = createUser("alloc");
        Map<String, Object> body = paperServer(user, "a-1");
        body.remove("deploy");
        body.put("allocation", Map.of("default", 101, "additional", List.of(102)));
        app().body(body).post("/api/application/servers").then().statusCode(201)
                .body("attributes.allocation", equalTo(101))
                .body("attributes.node", equalTo(3));
        assertThat(panel().inventory().allocationsInUse()).extracting(PanelAllocation::id)
                .containsExactlyInAnyOrder(101, 102);

        Map<String, Object> again = paperServer(user, "a-2");
        again.remove("deploy");
        again.put("allocation", Map.of("default", 101));
        app().body(again).post("/api/application/servers").then().statusCode(422)
                .body("errors[0].meta.source_field", equalTo("allocation.default"))
                .body("errors[0].meta.rule", equalTo("exists"))
                .body("errors[0].detail", equalTo("The selected allocation.default is invalid."));
        again.put("allocation", Map.of("default", 99999));
        app().body(again).post("/api/application/servers").then().statusCode(422)
                .body("errors[0].meta.rule", equalTo("exists"));
        again.put("allocation", Map.of("default", 103));
        again.put("deploy", Map.of("locations", List.of(2), "dedicated_ip", false, "port_range", List.of("25600")));
        app().body(again).post("/api/application/servers").then().statusCode(201)
                .body("attributes.node", equalTo(3));
    }

    @Test
    void checklist15_deploySelectsViableNodesAndFreeAllocationsOr400() {
        int user = createUser("deploy");
        Map<String, Object> sgp = paperServer(user, "sgp-1");
        sub(sgp, "deploy").put("locations", List.of(2));
        sub(sgp, "deploy").put("port_range", List.of("25570-25571", "25580"));
        int id = app().body(sgp).queryParam("include", "allocations").post("/api/application/servers")
                .then().statusCode(201).body("attributes.node", equalTo(3))
                .body("attributes.relationships.allocations.data[0].attributes.ip", equalTo("10.10.2.1"))
                .extract().path("attributes.id");
        int port = app().queryParam("include", "allocations").get("/api/application/servers/" + id).then()
                .extract().path("attributes.relationships.allocations.data[0].attributes.port");
        assertThat(port).isIn(25570, 25571, 25580);

        Map<String, Object> huge = paperServer(user, "huge");
        sub(huge, "limits").put("memory", 40000);
        app().body(huge).post("/api/application/servers").then().statusCode(400)
                .body("errors[0].code", equalTo("NoViableNodeException"))
                .body("errors[0].detail", equalTo(
                        "No nodes satisfying the requirements specified for automatic deployment could be found."));

        Map<String, Object> fill = paperServer(user, "fill-sgp");
        sub(fill, "limits").put("memory", 15000);
        sub(fill, "deploy").put("locations", List.of(2));
        app().body(fill).post("/api/application/servers").then().statusCode(201);
        Map<String, Object> over = paperServer(user, "over-sgp");
        sub(over, "limits").put("memory", 1000);
        sub(over, "deploy").put("locations", List.of(2));
        app().body(over).post("/api/application/servers").then().statusCode(400)
                .body("errors[0].code", equalTo("NoViableNodeException"));

        Map<String, Object> noPort = paperServer(user, "noport");
        sub(noPort, "deploy").put("port_range", List.of("30000"));
        app().body(noPort).post("/api/application/servers").then().statusCode(400)
                .body("errors[0].code", equalTo("NoViableAllocationException"))
                .body("errors[0].detail", equalTo(
                        "No allocations satisfying the requirements for automatic deployment were found."));

        Map<String, Object> dedicated = paperServer(user, "dedicated");
        sub(dedicated, "deploy").put("locations", List.of(2));
        sub(dedicated, "deploy").put("dedicated_ip", true);
        sub(dedicated, "limits").put("memory", 100);
        app().body(dedicated).post("/api/application/servers").then().statusCode(400)
                .body("errors[0].code", equalTo("NoViableAllocationException"));

        Map<String, Object> wide = paperServer(user, "wide");
        sub(wide, "deploy").put("port_range", List.of("20000-21500"));
        app().body(wide).post("/api/application/servers").then().statusCode(400)
                .body("errors[0].code", equalTo("DisplayException"));
    }

    @Test
    void checklist15_overAllocationPercentExtendsNodeCapacity(@TempDir Path dir) throws Exception {
        app().queryParam("memory", 12000).queryParam("disk", 0).queryParam("location_ids[]", 1)
                .get("/api/application/nodes/deployable").then().statusCode(200)
                .body("data.attributes.name", equalTo(List.of("jkt-node-1")))
                .body("$", not(org.hamcrest.Matchers.hasKey("meta")));

        ObjectNode seed = (ObjectNode) Json.MAPPER.readTree(getClass().getResourceAsStream("/seed/default-seed.json"));
        ((ObjectNode) seed.get("nodes").get(1)).put("memory_overallocate", 50);
        Path file = dir.resolve("seed.json");
        Files.write(file, Json.MAPPER.writeValueAsBytes(seed));
        try (PanelSandbox over = PanelSandbox.start(PanelSandboxConfig.defaults().withSeedFile(file))) {
            io.restassured.RestAssured.given().baseUri(over.url()).header("Authorization", "Bearer " + APP_KEY)
                    .accept(io.restassured.http.ContentType.JSON)
                    .queryParam("memory", 12000).queryParam("disk", 0).queryParam("location_ids[]", 1)
                    .get("/api/application/nodes/deployable").then().statusCode(200)
                    .body("data.attributes.name", equalTo(List.of("jkt-node-1", "jkt-node-2")))
                    .body("data[1].attributes.memory_overallocate", equalTo(50))
                    .body("data[1].attributes.sum_memory", equalTo(0));
            io.restassured.RestAssured.given().baseUri(over.url()).header("Authorization", "Bearer " + APP_KEY)
                    .accept(io.restassured.http.ContentType.JSON)
                    .queryParam("memory", 12289).queryParam("disk", 0).queryParam("location_ids[]", 1)
                    .get("/api/application/nodes/deployable").then().statusCode(200)
                    .body("data.attributes.name", equalTo(List.of("jkt-node-1")));
        }
    }

    @Test
    void checklist16_validationOrderIsBodyThenDeployThenEggVariables() {
        int user = createUser("order");
        Map<String, Object> body = paperServer(user, "ord");
        sub(body, "limits").put("memory", 99999);
        body.put("environment", new HashMap<>());
        body.remove("name");
        app().body(body).post("/api/application/servers").then().statusCode(422)
                .body("errors[0].meta.source_field", equalTo("name"));
        body.put("name", "ordered");
        app().body(body).post("/api/application/servers").then().statusCode(400)
                .body("errors[0].code", equalTo("NoViableNodeException"));
        sub(body, "limits").put("memory", 512);
        app().body(body).post("/api/application/servers").then().statusCode(422)
                .body("errors[0].meta.source_field", equalTo("environment.SERVER_JARFILE"));
        assertThat(panel().inventory().serverCount()).isZero();
    }

    @Test
    void checklist17_eggVariablesValidatedAgainstRuleStringsAndOmittedOptionalStoredEmpty() {
        int user = createUser("vars");
        Map<String, Object> body = paperServer(user, "vars-1");
        body.put("environment", new HashMap<>(Map.of("SERVER_JARFILE", "server.zip", "MINECRAFT_VERSION",
                "x".repeat(21))));
        app().body(body).post("/api/application/servers").then().statusCode(422)
                .body("errors.meta.source_field", equalTo(List.of("environment.MINECRAFT_VERSION",
                        "environment.SERVER_JARFILE", "environment.BUILD_NUMBER")))
                .body("errors[0].detail", equalTo("The Minecraft Version variable may not be greater than 20 characters."))
                .body("errors[1].detail", equalTo("The Server Jar File variable format is invalid."))
                .body("errors[1].meta.rule", equalTo("regex"))
                .body("errors[2].detail", equalTo("The Build Number variable field is required."));

        body.put("environment", new HashMap<>(Map.of("SERVER_JARFILE", "paper.jar", "BUILD_NUMBER", "196",
                "NOT_A_VARIABLE", "ignored")));
        app().body(body).post("/api/application/servers").then().statusCode(201)
                .body("attributes.container.environment.MINECRAFT_VERSION", equalTo(""))
                .body("attributes.container.environment.DL_PATH", equalTo(""))
                .body("attributes.container.environment.SERVER_JARFILE", equalTo("paper.jar"))
                .body("attributes.container.environment", not(org.hamcrest.Matchers.hasKey("NOT_A_VARIABLE")));

        Map<String, Object> csgo = paperServer(user, "csgo-1");
        csgo.put("egg", CSGO_EGG);
        csgo.put("docker_image", "ghcr.io/pterodactyl/games:source");
        csgo.put("environment", new HashMap<>(Map.of("SRCDS_MAP", "de_dust2", "SRCDS_APPID", "740",
                "STEAM_ACC", "short!")));
        app().body(csgo).post("/api/application/servers").then().statusCode(422)
                .body("errors.meta.rule", equalTo(List.of("alpha_num", "size")));
        csgo.put("environment", new HashMap<>(Map.of("SRCDS_MAP", "de_dust2", "SRCDS_APPID", "740")));
        app().body(csgo).post("/api/application/servers").then().statusCode(422)
                .body("errors[0].detail", equalTo("The Steam Account Token variable field is required."));
        csgo.put("environment", new HashMap<>(Map.of("SRCDS_MAP", "de_dust2", "SRCDS_APPID", "740",
                "STEAM_ACC", "0123456789ABCDEF0123456789ABCDEF")));
        app().body(csgo).post("/api/application/servers").then().statusCode(201).body("attributes.nest", equalTo(2));
    }

    @Test
    void checklist18_createReturns201InstallingNotInstalledWithAllocationsAndIncludes() {
        int user = createUser("created");
        Map<String, Object> body = paperServer(user, "created-1");
        body.put("oom_disabled", false);
        app().body(body).queryParam("include", "allocations").post("/api/application/servers").then()
                .statusCode(201)
                .body("object", equalTo("server"))
                .body("$", not(org.hamcrest.Matchers.hasKey("meta")))
                .body("attributes.status", equalTo("installing"))
                .body("attributes.suspended", equalTo(false))
                .body("attributes.container.installed", equalTo(0))
                .body("attributes.limits.oom_disabled", equalTo(false))
                .body("attributes.identifier.length()", equalTo(8))
                .body("attributes.description", equalTo(""))
                .body("attributes.container.environment.P_SERVER_LOCATION", equalTo("jkt"))
                .body("attributes.relationships.allocations.data[0].attributes.assigned", equalTo(true))
                .body("attributes.relationships.allocations.data[0].attributes.port",
                        org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(25565))
                                .and(org.hamcrest.Matchers.lessThanOrEqualTo(25614)));
    }
}
