package id.gamestore.sandbox.whatsapp.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import id.gamestore.sandbox.support.Exchanges;
import java.io.IOException;
import java.util.Map;

/**
 * {@code GET /webhook}: the subscription handshake a webhook receiver answers. Mode {@code subscribe} and the
 * configured verify token give 200 with the challenge as plain text; anything else 403.
 */
public final class VerificationHandler implements HttpHandler {
    private final String verifyToken;

    public VerificationHandler(String verifyToken) {
        this.verifyToken = verifyToken;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            Exchanges.empty(exchange, 405);
            return;
        }
        Map<String, String> q = Exchanges.queryLast(exchange);
        String challenge = q.get("hub.challenge");
        if ("subscribe".equals(q.get("hub.mode")) && verifyToken.equals(q.get("hub.verify_token"))
                && challenge != null) {
            Exchanges.text(exchange, 200, challenge);
        } else {
            Exchanges.text(exchange, 403, "Forbidden");
        }
    }
}
