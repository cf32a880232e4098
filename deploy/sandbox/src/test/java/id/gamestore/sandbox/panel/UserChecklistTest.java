package id.gamestore.sandbox.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserChecklistTest extends PanelTestSupport {

    @Test
    void checklist10_userCreateRulesUsernameLowerCasingAndUniques() {
        Map<String, Object> body = userBody("Budi.Santoso_01", "budi@example.com", "cust-1");
        body.put("password", "S3cret-pass");
        app().body(body).post("/api/application/users").then().statusCode(201)
                .body("object", equalTo("user"))
                .body("attributes.username", equalTo("budi.santoso_01"))
                .body("attributes.root_admin", equalTo(false))
                .body("attributes.language", equalTo("en"))
                .body("meta.resource", equalTo(sandbox.panelUrl() + "/api/application/users/3"));
        assertThat(panel().checkPassword("budi.santoso_01", "S3cret-pass")).isTrue();
        assertThat(panel().checkPassword("BUDI@example.com", "S3cret-pass")).isTrue();
        assertThat(panel().checkPassword("budi.santoso_01", "wrong")).isFalse();

        app().body(userBody("BUDI.santoso_01", "BUDI@example.com", "cust-1")).post("/api/application/users")
                .then().statusCode(422).body("errors", hasSize(3))
                .body("errors[0].detail", equalTo("The Third Party Identifier has already been taken."))
                .body("errors[0].meta.source_field", equalTo("external_id"))
                .body("errors[0].meta.rule", equalTo("unique"))
                .body("errors[1].detail", equalTo("The email has already been taken."))
                .body("errors[2].meta.source_field", equalTo("username"));

        Map<String, Object> numericExternal = userBody("numeric", "numeric@example.com", null);
        numericExternal.put("external_id", 42);
        app().body(numericExternal).post("/api/application/users").then().statusCode(422)
                .body("errors[0].detail", equalTo("The Third Party Identifier must be a string."))
                .body("errors[0].meta.rule", equalTo("string"));

        for (String bad : new String[] {"ab", "-abc", "abc-", "a b c", "abc!"}) {
            app().body(userBody(bad, bad.replace(' ', 'x') + "@example.com", null)).post("/api/application/users")
                    .then().statusCode(422).body("errors[0].meta.rule", equalTo("p_username"));
        }
        app().body(userBody("abc", "abc@example.com", null)).post("/api/application/users").then().statusCode(201);
        app().body(Map.of()).post("/api/application/users").then().statusCode(422)
                .body("errors.meta.rule", equalTo(java.util.List.of("required", "required", "required", "required")));
    }

    @Test
    void checklist11_patchNeedsAllFourIdentityFieldsAndPasswordOnlyChangesWhenNonEmpty() {
        Map<String, Object> create = userBody("patchme", "patch@example.com", "cust-p");
        create.put("password", "first-password");
        int id = app().body(create).post("/api/application/users").then().statusCode(201).extract().path("attributes.id");

        app().body(Map.of("email", "new@example.com")).patch("/api/application/users/" + id).then().statusCode(422)
                .body("errors.meta.source_field", equalTo(java.util.List.of("username", "first_name", "last_name")));

        Map<String, Object> update = new HashMap<>(userBody("patchme", "new@example.com", null));
        update.remove("external_id");
        update.put("password", "");
        app().body(update).patch("/api/application/users/" + id).then().statusCode(200)
                .body("attributes.email", equalTo("new@example.com"))
                .body("attributes.external_id", equalTo("cust-p"));
        assertThat(panel().checkPassword("patchme", "first-password")).isTrue();

        update.put("password", "second-password");
        update.put("external_id", null);
        app().body(update).patch("/api/application/users/" + id).then().statusCode(200)
                .body("attributes.external_id", equalTo(null));
        assertThat(panel().checkPassword("patchme", "second-password")).isTrue();
        assertThat(panel().checkPassword("patchme", "first-password")).isFalse();

        app().body(userBody("admin", "admin@sandbox.test", null)).patch("/api/application/users/" + id)
                .then().statusCode(422).body("errors", hasSize(2));
        app().body(userBody("patchme", "new@example.com", null)).patch("/api/application/users/" + id)
                .then().statusCode(200);
    }

    @Test
    void checklist12_deletingAUserWhoOwnsServersIs400DisplayException() {
        int user = createUser("owner");
        int server = createServer(paperServer(user, "owned-1"));
        app().delete("/api/application/users/" + user).then().statusCode(400)
                .body("errors[0].code", equalTo("DisplayException"))
                .body("errors[0].detail", equalTo("Cannot delete a user with active servers attached to their "
                        + "account. Please delete their servers before continuing."));
        app().delete("/api/application/servers/" + server).then().statusCode(204);
        app().delete("/api/application/users/" + user).then().statusCode(204);
        app().get("/api/application/users/" + user).then().statusCode(404);
        assertThat(panel().inventory().user(user)).isEmpty();
    }
}
