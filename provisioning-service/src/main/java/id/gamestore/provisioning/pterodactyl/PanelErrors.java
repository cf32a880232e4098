package id.gamestore.provisioning.pterodactyl;

import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the panel's {@code {"errors":[{code,status,detail,meta}]}} body into a {@link PanelException}. */
final class PanelErrors {
    private PanelErrors() {
    }

    static PanelException from(HttpResponse<String> response, ObjectMapper json) {
        int status = response.statusCode();
        Duration retryAfter = response.headers().firstValue("Retry-After").flatMap(PanelErrors::seconds).orElse(null);
        JsonNode first = firstError(response.body(), json);
        if (first == null) {
            return new PanelException(status, "HttpError", "unexpected answer without an error body", null, null,
                    retryAfter);
        }
        JsonNode meta = first.path("meta");
        java.util.List<String> violations = new java.util.ArrayList<>();
        for (JsonNode e : errorsOf(response.body(), json)) {
            if (e.path("meta").hasNonNull("source_field")) {
                violations.add(e.path("meta").path("source_field").asText() + "|" + e.path("meta").path("rule").asText());
            }
        }
        return new PanelException(status, first.path("code").asText("HttpError"), first.path("detail").asText(""),
                meta.hasNonNull("source_field") ? meta.get("source_field").asText() : null,
                meta.hasNonNull("rule") ? meta.get("rule").asText() : null, retryAfter, violations);
    }

    private static JsonNode firstError(String body, ObjectMapper json) {
        JsonNode errors = errorsOf(body, json);
        return errors.isEmpty() ? null : errors.get(0);
    }

    private static JsonNode errorsOf(String body, ObjectMapper json) {
        try {
            JsonNode errors = json.readTree(body == null ? "" : body).path("errors");
            return errors.isArray() ? errors : json.createArrayNode();
        } catch (java.io.IOException e) {
            return json.createArrayNode();
        }
    }

    private static java.util.Optional<Duration> seconds(String value) {
        try {
            return java.util.Optional.of(Duration.ofSeconds(Math.max(1, Long.parseLong(value.trim()))));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
