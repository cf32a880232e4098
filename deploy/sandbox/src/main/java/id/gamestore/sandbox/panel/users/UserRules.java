package id.gamestore.sandbox.panel.users;

import com.fasterxml.jackson.databind.JsonNode;
import id.gamestore.sandbox.panel.http.Validator;
import id.gamestore.sandbox.panel.model.PanelState;
import id.gamestore.sandbox.panel.model.User;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** The user create/update rule table (section 4.3/4.4 of the reference), in the panel's rule order. */
final class UserRules {
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][\\w.-]+[a-z0-9]$");
    /** Verbatim from the panel's Username rule, including its line break and indentation. */
    private static final String USERNAME_MESSAGE = "The :attribute must start and end with alpha-numeric characters and"
            + "\n                contain only letters, numbers, dashes, underscores, and periods.";

    private UserRules() {
    }

    /** Validates a create ({@code self} null) or update body; throws 422 with every message. */
    static void validate(JsonNode body, PanelState state, User self) {
        Validator v = new Validator(body);
        v.field("external_id", "Third Party Identifier").nullable().string().maxLength(191)
                .unique(ext -> state.users.values().stream()
                        .anyMatch(u -> u != self && ext.equalsIgnoreCase(Objects.toString(u.externalId, null))));
        v.field("email").required().email().lengthBetween(1, 191)
                .unique(email -> state.users.values().stream()
                        .anyMatch(u -> u != self && u.email.equalsIgnoreCase(email)));
        v.field("username").required().lengthBetween(1, 191)
                .unique(name -> state.users.values().stream()
                        .anyMatch(u -> u != self && u.username.equalsIgnoreCase(name)))
                .rule("p_username", USERNAME_MESSAGE,
                        n -> n.isTextual() && USERNAME.matcher(n.asText().toLowerCase(Locale.ROOT)).matches());
        v.field("first_name").required().string().lengthBetween(1, 191);
        v.field("last_name").required().string().lengthBetween(1, 191);
        v.field("password").nullable().string();
        v.field("root_admin", "Root Administrator Status").bool();
        v.field("language").nullable().rule("in", "The selected :attribute is invalid.",
                n -> "en".equals(n.asText()));
        v.throwIfFailed();
    }
}
