package id.gamestore.sandbox.whatsapp.cloud;

import id.gamestore.sandbox.support.Json;
import id.gamestore.sandbox.whatsapp.faults.FaultKind;
import id.gamestore.sandbox.whatsapp.store.Ids;
import java.util.Map;

/** A Graph API error: HTTP status plus the {@code {"error": {...}}} body Meta answers with. */
public record GraphError(int httpStatus, int code, String type, String message, String details) {

    public static GraphError invalidToken() {
        return new GraphError(401, 190, "OAuthException", "Invalid OAuth access token - Cannot parse access token",
                null);
    }

    public static GraphError unknownObject(String id) {
        return new GraphError(400, 100, "GraphMethodException", "Unsupported post request. Object with ID '" + id
                + "' does not exist, cannot be loaded due to missing permissions, or does not support this "
                + "operation.", null);
    }

    public static GraphError unknownPath(String path) {
        return new GraphError(400, 2500, "OAuthException", "Unknown path components: " + path, null);
    }

    public static GraphError invalidParameter(String message, String details) {
        return whatsapp(400, 100, message, details);
    }

    public static GraphError whatsapp(int httpStatus, int code, String message, String details) {
        return new GraphError(httpStatus, code, "OAuthException", "(#" + code + ") " + message, details);
    }

    public static GraphError of(FaultKind kind) {
        if (kind == FaultKind.TOKEN_EXPIRED) {
            return new GraphError(401, 190, "OAuthException", kind.message() + ".", null);
        }
        return whatsapp(kind.httpStatus(), kind.code(), kind.message(), kind.message());
    }

    public Map<String, Object> body() {
        Map<String, Object> errorData = details == null ? null
                : Json.obj("messaging_product", "whatsapp", "details", details);
        return Json.obj("error", Json.obj("message", message, "type", type, "code", code,
                "error_data", errorData, "fbtrace_id", Ids.fbtrace()));
    }
}
