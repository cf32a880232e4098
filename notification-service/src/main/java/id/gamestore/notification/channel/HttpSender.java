package id.gamestore.notification.channel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The one HTTP client of the channels: JSON POST with timeouts, answering the status and raw body. Never logs bodies.
 */
final class HttpSender {
    private final HttpClient client;
    private final WhatsAppConfig config;

    HttpSender(WhatsAppConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
    }

    /** The answer, or null status with the failure's name when no answer came. */
    record Reply(int status, String body, String failure) {
        boolean answered() {
            return failure == null;
        }
    }

    Reply postJson(String url, byte[] json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(config.readTimeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), null);
        } catch (HttpTimeoutException e) {
            return new Reply(0, null, "TIMEOUT");
        } catch (IOException e) {
            return new Reply(0, null, "IO_ERROR");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, null, "INTERRUPTED");
        }
    }
}
