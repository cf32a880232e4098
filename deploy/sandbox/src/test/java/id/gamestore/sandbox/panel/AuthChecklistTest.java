package id.gamestore.sandbox.panel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import id.gamestore.sandbox.panel.auth.ApiKey;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthChecklistTest extends PanelTestSupport {

    @Test
    void checklist01_missingOrUnknownBearerKeyIs401Unauthenticated() {
        given().baseUri(sandbox.panelUrl()).accept(ContentType.JSON).get("/api/application/users")
                .then().statusCode(401)
                .body("errors", hasSize(1))
                .body("errors[0].code", equalTo("AuthenticationException"))
                .body("errors[0].status", equalTo("401"))
                .body("errors[0].detail", equalTo("Unauthenticated."));
        as("ptla_unknownkey12" + "x".repeat(32)).get("/api/application/users").then().statusCode(401);
        String wrongSecret = APP_KEY.substring(0, 16) + "Y".repeat(32);
        as(wrongSecret).get("/api/application/users").then().statusCode(401);
        given().baseUri(sandbox.panelUrl()).accept(ContentType.JSON).header("Authorization", "Basic " + APP_KEY)
                .get("/api/application/users").then().statusCode(401);
        app().get("/api/application/users").then().statusCode(200);
    }

    @Test
    void checklist02_nonAdminOwnerIs403AndPermissionBitsAreEnforced() {
        as(STAFF_KEY).get("/api/application/users").then().statusCode(403)
                .body("errors[0].code", equalTo("AccessDeniedHttpException"))
                .body("errors[0].detail", equalTo("This account does not have permission to access the API."));
        as(LIMITED_KEY).get("/api/application/servers").then().statusCode(200);
        as(LIMITED_KEY).get("/api/application/users").then().statusCode(200);
        as(LIMITED_KEY).body(userBody("limited", "limited@example.com", null)).post("/api/application/users")
                .then().statusCode(403).body("errors[0].detail", equalTo("This action is unauthorized."));
        as(LIMITED_KEY).body(paperServer(1, "x")).post("/api/application/servers").then().statusCode(403);

        String writeOnly = "ptla_writeonly01" + "W".repeat(32);
        panel().addApiKey(ApiKey.application(writeOnly, 1, 0).withPermission("users", ApiKey.WRITE));
        as(writeOnly).get("/api/application/users").then().statusCode(403);
        as(writeOnly).body(userBody("writer", "writer@example.com", null)).post("/api/application/users")
                .then().statusCode(201);
    }

    @Test
    void checklist02_clientKeyOfRootAdminPassesApplicationChecksButAppKeyIsRefusedOnClientApi() {
        as(CLIENT_KEY).get("/api/application/nodes").then().statusCode(200);
        int user = createUser("clientcheck");
        int server = createServer(paperServer(user, "client-check"));
        String identifier = app().get("/api/application/servers/" + server).then().extract().path("attributes.identifier");
        app().get("/api/client/servers/" + identifier + "/resources").then().statusCode(403)
                .body("errors[0].detail", equalTo(
                        "You are attempting to use an application API key on an endpoint that requires a client API key."));
    }

    @Test
    void checklist03_withoutJsonAcceptErrorsRedirectInsteadOf401And422() {
        given().baseUri(sandbox.panelUrl()).redirects().follow(false).get("/api/application/users")
                .then().statusCode(302).header("Location", equalTo(sandbox.panelUrl() + "/auth/login"));
        given().baseUri(sandbox.panelUrl()).redirects().follow(false).header("Authorization", "Bearer " + APP_KEY)
                .header("Referer", "http://panel.example/admin").contentType(ContentType.JSON)
                .body(Map.of("username", "x")).post("/api/application/users")
                .then().statusCode(302).header("Location", equalTo("http://panel.example/admin"));
        given().baseUri(sandbox.panelUrl()).header("Authorization", "Bearer " + APP_KEY)
                .get("/api/application/users/999").then().statusCode(404)
                .contentType(startsWith("text/html"));
        given().baseUri(sandbox.panelUrl()).header("Authorization", "Bearer " + APP_KEY)
                .header("Accept", "Application/vnd.pterodactyl.v1+json")
                .get("/api/application/users/999").then().statusCode(404)
                .body("errors[0].code", equalTo("NotFoundHttpException"));
        given().baseUri(sandbox.panelUrl()).header("Authorization", "Bearer " + APP_KEY)
                .get("/api/application/users/1").then().statusCode(200).body("object", equalTo("user"));
    }

    @Test
    void checklist09_numericAndExternalIdRoutesAreExactAndNonNumericIdsAre404() {
        int user = createUser("exact");
        app().get("/api/application/users/" + user).then().statusCode(200).body("attributes.username", equalTo("exact"));
        app().get("/api/application/users/abc").then().statusCode(404)
                .body("errors[0].detail", equalTo("The requested resource could not be found on the server."));
        app().get("/api/application/users/external/cust-exact").then().statusCode(200)
                .body("attributes.id", equalTo(user));
        app().get("/api/application/users/external/cust-exac").then().statusCode(404);
        int server = createServer(paperServer(user, "order-77"));
        app().get("/api/application/servers/external/order-77").then().statusCode(200).body("attributes.id", equalTo(server));
        app().get("/api/application/servers/external/order-7").then().statusCode(404);
        String identifier = app().get("/api/application/servers/" + server).then().extract().path("attributes.identifier");
        app().get("/api/application/servers/" + identifier).then().statusCode(404);
    }

    @Test
    void externalIdLookupReturns404WhenUnknown() {
        app().get("/api/application/users/external/nobody").then().statusCode(404)
                .body("errors[0].code", equalTo("NotFoundHttpException"));
        app().get("/api/application/servers/external/nothing").then().statusCode(404);
    }

    @Test
    void unknownRouteIs404AndWrongVerbIs405BeforeAuthentication() {
        given().baseUri(sandbox.panelUrl()).accept(ContentType.JSON).get("/api/application/nope")
                .then().statusCode(404)
                .body("errors[0].detail", equalTo("The route api/application/nope could not be found."));
        given().baseUri(sandbox.panelUrl()).accept(ContentType.JSON).put("/api/application/users")
                .then().statusCode(405).body("errors[0].code", equalTo("MethodNotAllowedHttpException"));
    }

    @Test
    void malformedJsonIs400AfterAuthentication() {
        app().body("{\"email\": ").post("/api/application/users").then().statusCode(400)
                .body("errors[0].code", equalTo("BadRequestHttpException"))
                .body("errors[0].detail", startsWith("The JSON data passed in the request appears to be malformed: "));
    }
}
