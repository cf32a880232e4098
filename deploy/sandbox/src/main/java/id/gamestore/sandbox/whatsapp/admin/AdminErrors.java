package id.gamestore.sandbox.whatsapp.admin;

import com.sun.net.httpserver.HttpExchange;
import id.gamestore.sandbox.whatsapp.http.Exchanges;
import id.gamestore.sandbox.whatsapp.http.Json;
import java.io.IOException;

/** Error answers of the admin paths: a stable code and a message naming the field. */
final class AdminErrors {
    private AdminErrors() {
    }

    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }

    static void send(HttpExchange exchange, int status, String code, String message) throws IOException {
        Exchanges.json(exchange, status, Json.obj("error", Json.obj("code", code, "message", message)));
    }
}
