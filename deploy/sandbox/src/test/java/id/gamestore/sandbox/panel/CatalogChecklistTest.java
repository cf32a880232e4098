package id.gamestore.sandbox.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogChecklistTest extends PanelTestSupport {

    @Test
    void checklist25_nodeAllocatedResourcesAndAllocationListFiltersCreateAndDelete() {
        int user = createUser("nodes");
        java.util.Map<String, Object> body = paperServer(user, "node-1");
        body.remove("deploy");
        body.put("allocation", Map.of("default", 5));
        createServer(body);
        app().get("/api/application/nodes/1").then().statusCode(200)
                .body("object", equalTo("node"))
                .body("attributes.allocated_resources.memory", equalTo(1024))
                .body("attributes.allocated_resources.disk", equalTo(5120))
                .body("attributes.public", equalTo(true))
                .body("attributes.memory_overallocate", equalTo(0))
                .body("attributes", not(hasKey("daemon_token")));
        app().queryParam("filter[server_id]", "false").get("/api/application/nodes/1/allocations").then()
                .body("meta.pagination.total", equalTo(49));
        app().queryParam("filter[port]", "25569").get("/api/application/nodes/1/allocations").then()
                .body("data", hasSize(1)).body("data[0].attributes.assigned", equalTo(true))
                .body("data[0].attributes.alias", nullValue())
                .body("data[0].attributes.id", equalTo(5));
        app().queryParam("filter[ip]", "10.10.1").get("/api/application/nodes/1/allocations").then()
                .body("data", hasSize(0));
        app().queryParam("filter[ip]", "10.10.1.1").queryParam("filter[port]", "25565")
                .get("/api/application/nodes/1/allocations").then().body("data[0].attributes.id", equalTo(1));

        app().body(Map.of("ip", "10.10.1.11", "ports", List.of("27015", "27016-27017"), "alias", "game.example"))
                .post("/api/application/nodes/1/allocations").then().statusCode(204);
        int created = app().queryParam("filter[ip]", "10.10.1.11").get("/api/application/nodes/1/allocations")
                .then().body("data", hasSize(3)).body("data[0].attributes.alias", equalTo("game.example"))
                .extract().path("data[0].attributes.id");
        app().body(Map.of("ip", "10.10.1.11", "ports", List.of("80"))).post("/api/application/nodes/1/allocations")
                .then().statusCode(400).body("errors[0].detail", equalTo(
                        "The mapping provided for 80 was invalid and could not be processed."));
        app().body(Map.of("ip", "10.10.1.11", "ports", List.of(27020))).post("/api/application/nodes/1/allocations")
                .then().statusCode(422).body("errors[0].meta.source_field", equalTo("ports.0"));
        app().delete("/api/application/nodes/1/allocations/" + created).then().statusCode(204);
        app().delete("/api/application/nodes/1/allocations/5").then().statusCode(400)
                .body("errors[0].code", equalTo("ServerUsingAllocationException"));
        app().delete("/api/application/nodes/2/allocations/6").then().statusCode(404);
    }

    @Test
    void checklist26_eggsHaveImageMapFirstImageVariablesAndBelongToTheirNest() {
        app().queryParam("include", "variables").get("/api/application/nests/1/eggs/3").then().statusCode(200)
                .body("object", equalTo("egg"))
                .body("attributes.name", equalTo("Paper"))
                .body("attributes.nest", equalTo(1))
                .body("attributes.docker_images.'Java 17'", equalTo("ghcr.io/pterodactyl/yolks:java_17"))
                .body("attributes.docker_image", equalTo("ghcr.io/pterodactyl/yolks:java_21"))
                .body("attributes.relationships.variables.data.attributes.env_variable",
                        equalTo(List.of("MINECRAFT_VERSION", "SERVER_JARFILE", "DL_PATH", "BUILD_NUMBER")))
                .body("attributes.relationships.variables.data[1].attributes.rules",
                        equalTo("required|regex:/^([\\w\\d._-]+)(\\.jar)$/"))
                .body("attributes.relationships.variables.data[0].attributes.default_value", equalTo("latest"))
                .body("attributes.relationships.variables.data[2].attributes.user_viewable", equalTo(false));
        app().get("/api/application/nests/2/eggs/3").then().statusCode(404);
        app().get("/api/application/nests/1/eggs").then().statusCode(200)
                .body("object", equalTo("list")).body("$", not(hasKey("meta")))
                .body("data.attributes.id", hasItems(1, 2, 3, 5));
        app().queryParam("include", "eggs").get("/api/application/nests").then().statusCode(200)
                .body("meta.pagination.total", equalTo(2))
                .body("data[1].attributes.relationships.eggs.data.attributes.name",
                        equalTo(List.of("Ark: Survival Evolved", "Counter-Strike: Global Offensive")));
        app().queryParam("include", "variables").get("/api/application/nests/2/eggs/6").then().statusCode(200)
                .body("attributes.relationships.variables.data.find { it.attributes.env_variable == 'QUERY_PORT' }"
                        + ".attributes.rules", equalTo("required|numeric"));
    }

    @Test
    void checklist30_seedHasLocationsNodesAllocationsNestsEggsAndAdminOwningTheKey() {
        app().get("/api/application/locations").then().body("data.attributes.short", equalTo(List.of("jkt", "sgp")));
        app().get("/api/application/nodes").then()
                .body("data.attributes.name", equalTo(List.of("jkt-node-1", "jkt-node-2", "sgp-node-1")))
                .body("data.attributes.memory", equalTo(List.of(32768, 8192, 16384)))
                .body("data.attributes.location_id", equalTo(List.of(1, 1, 2)));
        app().get("/api/application/nodes/3/allocations").then().body("meta.pagination.total", equalTo(50))
                .body("data[0].attributes.id", equalTo(101)).body("data[0].attributes.ip", equalTo("10.10.2.1"));
        app().get("/api/application/nests/1").then().body("attributes.name", equalTo("Minecraft"));
        app().get("/api/application/users/1").then().body("attributes.root_admin", equalTo(true))
                .body("attributes.username", equalTo("admin"));
        assertThat(panel().inventory().allocations()).hasSize(150);
        assertThat(panel().checkPassword("admin", "sandbox-admin-password")).isTrue();
    }

    @Test
    void locationsCrudWithUniqueShortAndDeleteRefusedWithNodes() {
        int id = app().body(Map.of("short", "sby", "long", "Surabaya")).post("/api/application/locations").then()
                .statusCode(201).body("meta.resource", equalTo(sandbox.panelUrl() + "/api/application/locations/3"))
                .extract().path("attributes.id");
        app().body(Map.of("short", "JKT")).post("/api/application/locations").then().statusCode(422)
                .body("errors[0].detail", equalTo("The short has already been taken."));
        app().body(Map.of("short", "sby2")).patch("/api/application/locations/" + id).then().statusCode(200)
                .body("attributes.long", nullValue());
        app().delete("/api/application/locations/1").then().statusCode(400)
                .body("errors[0].code", equalTo("HasActiveNodesException"));
        app().delete("/api/application/locations/" + id).then().statusCode(204);
    }

    @Test
    void nodesCreateUpdateDeleteWithRules() {
        Map<String, Object> node = new java.util.HashMap<>(Map.of("name", "sgp-node-2", "location_id", 2,
                "fqdn", "sgp-node-2.sandbox.test", "scheme", "https", "memory", 4096, "memory_overallocate", 10,
                "disk", 20000, "disk_overallocate", 0, "daemon_listen", 8080, "daemon_sftp", 2022));
        int id = app().body(node).post("/api/application/nodes").then().statusCode(201)
                .body("meta.resource", equalTo(sandbox.panelUrl() + "/api/application/nodes/4"))
                .body("attributes.memory_overallocate", equalTo(10))
                .body("attributes.public", equalTo(true))
                .extract().path("attributes.id");
        node.put("memory", 0);
        node.put("name", "bad/name");
        node.remove("fqdn");
        app().body(node).patch("/api/application/nodes/" + id).then().statusCode(422)
                .body("errors.meta.source_field", equalTo(List.of("name", "fqdn", "memory")));
        app().body(Map.of("ip", "10.10.2.2", "ports", List.of("25565-25566"))).post("/api/application/nodes/" + id
                + "/allocations").then().statusCode(204);
        app().delete("/api/application/nodes/" + id).then().statusCode(204);
        assertThat(panel().inventory().allocations()).hasSize(150);
        app().delete("/api/application/nodes/1").then().statusCode(204);
        int user = createUser("nodedel");
        Map<String, Object> body = paperServer(user, "nd-1");
        body.remove("deploy");
        body.put("allocation", Map.of("default", 60));
        createServer(body);
        app().delete("/api/application/nodes/2").then().statusCode(400)
                .body("errors[0].code", equalTo("HasActiveServersException"))
                .body("errors[0].detail", equalTo("A node must have no servers linked to it in order to be deleted."));
    }

    @Test
    void transferIncludeIsAdvertisedButFailsAsOnTheRealPanel() {
        int user = createUser("transfer");
        int server = createServer(paperServer(user, "tr-1"));
        app().queryParam("include", "transfer").get("/api/application/servers/" + server).then().statusCode(500);
    }
}
