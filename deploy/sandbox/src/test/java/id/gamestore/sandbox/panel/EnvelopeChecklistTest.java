package id.gamestore.sandbox.panel;

import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvelopeChecklistTest extends PanelTestSupport {

    @Test
    void checklist04_errorBodyHasOneEntryPerValidationMessageWithStringStatusAndMeta() {
        app().body(Map.of("email", "not-an-email", "username", "-bad-"))
                .post("/api/application/users").then().statusCode(422)
                .body("errors", hasSize(4))
                .body("errors[0].code", equalTo("ValidationException"))
                .body("errors[0].status", equalTo("422"))
                .body("errors[0].detail", equalTo("The email must be a valid email address."))
                .body("errors[0].meta.source_field", equalTo("email"))
                .body("errors[0].meta.rule", equalTo("email"))
                .body("errors[1].meta.rule", equalTo("p_username"))
                .body("errors[2].detail", equalTo("The first name field is required."))
                .body("errors[3].meta.source_field", equalTo("last_name"));
    }

    @Test
    void checklist05_itemAndListEnvelopes() {
        app().get("/api/application/users/1").then().statusCode(200)
                .body("object", equalTo("user")).body("attributes.id", equalTo(1))
                .body("$", not(hasKey("meta")));
        app().get("/api/application/locations").then().statusCode(200)
                .body("object", equalTo("list"))
                .body("data[0].object", equalTo("location"))
                .body("data[0].attributes.short", equalTo("jkt"))
                .body("meta.pagination.total", equalTo(2))
                .body("meta.pagination.count", equalTo(2))
                .body("meta.pagination.per_page", equalTo(50))
                .body("meta.pagination.current_page", equalTo(1))
                .body("meta.pagination.total_pages", equalTo(1))
                .body("meta.pagination.links", anEmptyMap());
    }

    @Test
    void checklist06_paginationDefaultsZeroPerPageAndLinksWithOnlyPage() {
        for (int i = 0; i < 3; i++) {
            createUser("pager" + i);
        }
        String base = sandbox.panelUrl() + "/api/application/users";
        app().queryParam("per_page", 2).queryParam("page", 2).queryParam("filter[email]", "example")
                .get("/api/application/users").then().statusCode(200)
                .body("data", hasSize(1))
                .body("meta.pagination.total", equalTo(3))
                .body("meta.pagination.count", equalTo(1))
                .body("meta.pagination.total_pages", equalTo(2))
                .body("meta.pagination.links.previous", equalTo(base + "?page=1"))
                .body("meta.pagination.links", not(hasKey("next")));
        app().queryParam("per_page", 2).get("/api/application/users").then()
                .body("meta.pagination.links.next", equalTo(base + "?page=2"));
        app().queryParam("per_page", 0).get("/api/application/nodes/1/allocations").then()
                .body("meta.pagination.per_page", equalTo(15)).body("data", hasSize(15));
        app().queryParam("per_page", 1000).get("/api/application/nodes/1/allocations").then()
                .body("meta.pagination.per_page", equalTo(1000)).body("data", hasSize(50));
        app().queryParam("page", "junk").get("/api/application/users").then()
                .body("meta.pagination.current_page", equalTo(1));
        app().get("/api/application/nodes/1/allocations").then().body("meta.pagination.per_page", equalTo(50));
    }

    @Test
    void checklist07_includesInRelationshipsUnpaginatedAndForbiddenAsNullResource() {
        int user = createUser("incl");
        int server = createServer(paperServer(user, "incl-1"));
        app().queryParam("include", "allocations,user, egg ,nope,allocations.node")
                .get("/api/application/servers/" + server).then().statusCode(200)
                .body("attributes.relationships.allocations.object", equalTo("list"))
                .body("attributes.relationships.allocations.data[0].object", equalTo("allocation"))
                .body("attributes.relationships.allocations.data[0].attributes.relationships.node.object",
                        equalTo("node"))
                .body("attributes.relationships.allocations", not(hasKey("meta")))
                .body("attributes.relationships.user.attributes.id", equalTo(user))
                .body("attributes.relationships.egg.attributes.id", equalTo(PAPER_EGG))
                .body("attributes.relationships", not(hasKey("nope")));
        app().get("/api/application/servers/" + server).then().body("attributes", not(hasKey("relationships")));

        String noUsers = "ptla_nousersread" + "N".repeat(32);
        panel().addApiKey(id.gamestore.sandbox.panel.auth.ApiKey.application(noUsers, 1, 3)
                .withPermission("users", 0));
        as(noUsers).queryParam("include", "user").get("/api/application/servers/" + server).then().statusCode(200)
                .body("attributes.relationships.user.object", equalTo("null_resource"))
                .body("attributes.relationships.user.attributes", nullValue());
        app().queryParam("include", "servers").get("/api/application/users/" + user).then()
                .body("attributes.relationships.servers.data[0].attributes.id", equalTo(server));
    }

    @Test
    void checklist08_filtersAreCaseInsensitiveSubstringsCommaIsOrUnknownIs400() {
        app().body(userBody("alice", "a@b.com", "12")).post("/api/application/users").then().statusCode(201);
        app().body(userBody("xalice", "xa@b.com", "112")).post("/api/application/users").then().statusCode(201);
        app().body(userBody("carol", "a@b.com.au", "7")).post("/api/application/users").then().statusCode(201);
        app().queryParam("filter[email]", "A@B.COM").get("/api/application/users").then()
                .body("meta.pagination.total", equalTo(3));
        app().queryParam("filter[external_id]", "12").get("/api/application/users").then()
                .body("data.attributes.username", containsInAnyOrder("alice", "xalice"));
        app().queryParam("filter[username]", "carol,xal").get("/api/application/users").then()
                .body("data.attributes.username", containsInAnyOrder("carol", "xalice"));
        app().queryParam("filter[username]", "").get("/api/application/users").then()
                .body("meta.pagination.total", equalTo(5));
        app().queryParam("filter[password]", "x").get("/api/application/users").then().statusCode(400)
                .body("errors[0].code", equalTo("InvalidFilterQuery"))
                .body("errors[0].detail", equalTo("Requested filter(s) `password` are not allowed. "
                        + "Allowed filter(s) are `email, uuid, username, external_id`."));
        app().queryParam("sort", "-id").get("/api/application/users").then()
                .body("data[0].attributes.username", equalTo("carol"));
        app().queryParam("sort", "email").get("/api/application/users").then().statusCode(400)
                .body("errors[0].code", equalTo("InvalidSortQuery"))
                .body("errors[0].detail", equalTo("Requested sort(s) `email` is not allowed. "
                        + "Allowed sort(s) are `id, uuid`."));
        app().queryParam("sort", "-memory").get("/api/application/nodes").then()
                .body("data[0].attributes.name", equalTo("jkt-node-1"));
        app().queryParam("filter[anything]", "x").queryParam("sort", "zzz").get("/api/application/nests")
                .then().statusCode(200);
    }

    @Test
    void checklist28_timestampsIdsAndExternalIdTypes() {
        int user = createUser("stamps");
        createServer(paperServer(user, "stamps-1"));
        String iso = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+00:00";
        app().get("/api/application/users/" + user).then()
                .body("attributes.created_at", matchesPattern(iso))
                .body("attributes.external_id", equalTo("cust-stamps"));
        app().get("/api/application/users/1").then().body("attributes.external_id", nullValue());
        app().queryParam("include", "variables").get("/api/application/nests/1/eggs/3").then()
                .body("attributes.created_at", matchesPattern(iso))
                .body("attributes.relationships.variables.data[0].attributes.created_at",
                        matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.000000Z"))
                .body("attributes.relationships.variables.data[0].attributes.user_viewable", equalTo(true));
        app().get("/api/application/servers/external/stamps-1").then()
                .body("attributes.id", org.hamcrest.Matchers.instanceOf(Integer.class))
                .body("attributes.external_id", equalTo("stamps-1"))
                .body("attributes.created_at", matchesPattern(iso));
    }

    @Test
    void checklist29_stringsAreTrimmedAndEmptyStringsBecomeNull() {
        Map<String, Object> body = userBody("  trimmed  ", "  trimmed@example.com ", "");
        int id = app().body(body).post("/api/application/users").then().statusCode(201)
                .body("attributes.username", equalTo("trimmed"))
                .body("attributes.email", equalTo("trimmed@example.com"))
                .body("attributes.external_id", nullValue())
                .extract().path("attributes.id");
        Map<String, Object> blank = userBody("", "x@example.com", null);
        app().body(blank).post("/api/application/users").then().statusCode(422)
                .body("errors[0].detail", equalTo("The username field is required."));
        app().queryParam("filter[username]", "   ").get("/api/application/users").then()
                .body("meta.pagination.total", equalTo(3));
        app().get("/api/application/users/" + id).then().body("attributes", aMapWithSize(12));
    }
}
