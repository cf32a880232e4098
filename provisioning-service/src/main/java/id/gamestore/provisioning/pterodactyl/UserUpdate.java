package id.gamestore.provisioning.pterodactyl;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Body of {@code PATCH /users/{id}} that sets a new password. The panel treats the PATCH as a full replace of
 * email, username, first and last name (omitting one is a 422), so they are re-sent as the panel has them.
 * {@link #toString()} never shows the password.
 */
public record UserUpdate(String email, String username, String firstName, String lastName, String password) {

    public static UserUpdate newPassword(PanelUser current, String password) {
        return new UserUpdate(current.email(), current.username(), current.firstName(), current.lastName(), password);
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("username", username);
        body.put("first_name", firstName);
        body.put("last_name", lastName);
        body.put("password", password);
        return body;
    }

    @Override
    public String toString() {
        return "UserUpdate[username=" + username + "]";
    }
}
