package id.gamestore.sandbox.panel.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.gamestore.sandbox.support.Json;
import java.util.List;

/** A panel error: HTTP status plus the {@code errors} array the real panel renders. */
public final class ApiException extends RuntimeException {
    private final int status;
    private final ArrayNode errors;

    public ApiException(int status, ArrayNode errors) {
        super("panel error " + status, null, false, false);
        this.status = status;
        this.errors = errors;
    }

    public static ApiException of(int status, String code, String detail) {
        ArrayNode errors = Json.array();
        errors.add(error(code, status, detail));
        return new ApiException(status, errors);
    }

    public static ApiException notFound() {
        return of(404, "NotFoundHttpException", "The requested resource could not be found on the server.");
    }

    public static ApiException unauthenticated() {
        return of(401, "AuthenticationException", "Unauthenticated.");
    }

    public static ApiException unauthorized() {
        return of(403, "AccessDeniedHttpException", "This action is unauthorized.");
    }

    public static ApiException display(String detail) {
        return of(400, "DisplayException", detail);
    }

    public static ApiException badRequest(String code, String detail) {
        return of(400, code, detail);
    }

    public static ApiException wingsUnreachable() {
        return of(504, "DaemonConnectionException",
                "Could not establish a connection to the machine running this server. Please try again.");
    }

    public static ApiException validation(List<FieldError> fieldErrors) {
        ArrayNode errors = Json.array();
        fieldErrors.forEach(e -> {
            ObjectNode node = error("ValidationException", 422, e.detail());
            ObjectNode meta = node.putObject("meta");
            meta.put("source_field", e.field());
            meta.put("rule", e.rule());
            errors.add(node);
        });
        return new ApiException(422, errors);
    }

    private static ObjectNode error(String code, int status, String detail) {
        ObjectNode node = Json.object();
        node.put("code", code);
        node.put("status", Integer.toString(status));
        node.put("detail", detail);
        return node;
    }

    public int status() {
        return status;
    }

    public ObjectNode body() {
        ObjectNode body = Json.object();
        body.set("errors", errors.deepCopy());
        return body;
    }

    /** One validation message. */
    public record FieldError(String field, String rule, String detail) {
    }
}
