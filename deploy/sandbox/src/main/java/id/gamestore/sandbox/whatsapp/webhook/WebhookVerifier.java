package id.gamestore.sandbox.whatsapp.webhook;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;

/** Calls {@code GET <callback>?hub.mode=subscribe&hub.challenge=N&hub.verify_token=T} and checks the echo. */
public final class WebhookVerifier {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient client;
    private final String verifyToken;
    private final Duration timeout;

    public WebhookVerifier(String verifyToken, Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.verifyToken = verifyToken;
        this.timeout = timeout;
    }

    public WebhookVerification verify(String url) {
        if (url == null || url.isBlank()) {
            return new WebhookVerification(url, false, 0, "no callback URL");
        }
        String challenge = String.valueOf(1_000_000_000L + RANDOM.nextInt(1_000_000_000));
        String query = "hub.mode=subscribe&hub.challenge=" + challenge + "&hub.verify_token="
                + URLEncoder.encode(verifyToken, StandardCharsets.UTF_8);
        String target = url + (url.contains("?") ? "&" : "?") + query;
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(target)).timeout(timeout)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            boolean echoed = response.statusCode() == 200 && challenge.equals(response.body().trim());
            return new WebhookVerification(url, echoed, response.statusCode(),
                    echoed ? "challenge echoed" : "expected 200 with the challenge as the body");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookVerification(url, false, 0, "interrupted");
        } catch (Exception e) {
            return new WebhookVerification(url, false, 0, e.getClass().getSimpleName());
        }
    }
}
