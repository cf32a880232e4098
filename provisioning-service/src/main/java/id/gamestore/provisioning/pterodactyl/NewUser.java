package id.gamestore.provisioning.pterodactyl;

import java.util.LinkedHashMap;
import java.util.Map;

/** Body of {@code POST /users}. {@link #toString()} never shows the password. */
public record NewUser(String externalId, String email, String username, String firstName, String lastName,
        String password) {

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("external_id", externalId);
        body.put("email", email);
        body.put("username", username);
        body.put("first_name", firstName);
        body.put("last_name", lastName);
        body.put("password", password);
        return body;
    }

    @Override
    public String toString() {
        return "NewUser[externalId=" + externalId + ", username=" + username + "]";
    }
}
