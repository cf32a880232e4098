package id.gamestore.provisioning.pterodactyl;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place that sends HTTP to the panel. Every request takes a slot from the shared rate budget, sends
 * {@code Accept: application/json} (without it the panel answers errors with redirects and HTML), and turns any
 * non-2xx answer into a {@link PanelException}. It does not retry: retrying is the saga scheduler's job.
 */
@ApplicationScoped
public class PanelHttp {
    static final String APPLICATION = "application";
    static final String CLIENT = "client";
    /** The code of the {@link PanelException} a client call gets when no client key is configured. */
    public static final String MISSING_CLIENT_KEY = "MissingClientKey";
    private static final Duration SHORTEST = Duration.ofMillis(50);

    private final PanelConfig config;
    private final PanelRateLimiter limiter;
    private final MeterRegistry registry;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http;

    public PanelHttp(PanelConfig config, PanelRateLimiter limiter, MeterRegistry registry) {
        this.config = config;
        this.limiter = limiter;
        this.registry = registry;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        // the budget beside pterodactyl_requests_total: a dashboard shows requests per minute against it
        Gauge.builder("pterodactyl.ratelimit.limit", config, c -> c.rateLimitPerMinute()).tag("api", APPLICATION)
                .description("Panel requests per minute this service allows itself").register(registry);
        Gauge.builder("pterodactyl.ratelimit.limit", config, c -> c.clientRateLimitPerMinute()).tag("api", CLIENT)
                .description("Panel requests per minute this service allows itself").register(registry);
    }

    /** Application API call; {@code path} is relative to {@code /api/application/}. */
    public JsonNode application(String method, String path, Object body, Duration timeout) {
        return send(APPLICATION, "/api/application/" + path, method, body, timeout, config.adminApiKey(),
                config.rateLimitPerMinute());
    }

    public JsonNode application(String method, String path) {
        return application(method, path, null, config.readTimeout());
    }

    /** Client API call; {@code path} is relative to {@code /api/client/}. */
    public JsonNode client(String method, String path, Object body) {
        return send(CLIENT, "/api/client/" + path, method, body, config.readTimeout(), clientKey(),
                config.clientRateLimitPerMinute(), config.rateLimitMaxWait(), false);
    }

    /**
     * Client API call for someone waiting (a customer in a chat): the answer within {@code within}, the wait for a
     * slot of the rate budget included, or a {@link PanelException} (429 {@code LocalRateBudget} when no slot came in
     * time, status 0 on a timeout).
     */
    public JsonNode clientWithin(String method, String path, Object body, Duration within) {
        return send(CLIENT, "/api/client/" + path, method, body, within, clientKey(), config.clientRateLimitPerMinute(),
                within, true);
    }

    private String clientKey() {
        return config.clientApiKey().orElseThrow(() -> new PanelException(401, MISSING_CLIENT_KEY,
                "PTERODACTYL_CLIENT_API_KEY is not configured", null, null, null));
    }

    private JsonNode send(String api, String path, String method, Object body, Duration timeout, String key,
            int limit) {
        return send(api, path, method, body, timeout, key, limit, config.rateLimitMaxWait(), false);
    }

    /** {@code budgetWaitCounts}: the time spent waiting for a rate-budget slot comes out of {@code timeout}. */
    private JsonNode send(String api, String path, String method, Object body, Duration timeout, String key,
            int limit, Duration maxBudgetWait, boolean budgetWaitCounts) {
        long begin = System.nanoTime();
        limiter.acquire(api, limit, maxBudgetWait);
        Duration left = budgetWaitCounts ? timeout.minusNanos(System.nanoTime() - begin) : timeout;
        HttpRequest request = build(path, method, body, left.compareTo(SHORTEST) < 0 ? SHORTEST : left, key);
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            count(api, method, "io");
            throw PanelException.unreachable(method + " " + templateOf(path), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PanelException.unreachable(method + " " + templateOf(path), e);
        }
        count(api, method, Integer.toString(response.statusCode()));
        if (response.statusCode() >= 200 && response.statusCode() < 300) {
            return parse(response.body());
        }
        PanelException error = PanelErrors.from(response, json);
        if (error.status() == 429) {
            limiter.backOff(api, limit, error.retryAfter().orElse(Duration.ofSeconds(5)));
        }
        throw error;
    }

    private HttpRequest build(String path, String method, Object body, Duration timeout, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(trimSlash(config.adminUrl()) + path))
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + key)
                .header("User-Agent", "gamestore-provisioning/1");
        if (body == null) {
            return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        if (body instanceof String text) {
            return b.header("Content-Type", "text/plain").method(method, HttpRequest.BodyPublishers.ofString(text))
                    .build();
        }
        try {
            return b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
        } catch (IOException e) {
            throw new IllegalArgumentException("request body cannot be serialised", e);
        }
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return json.nullNode();
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new PanelException(502, "MalformedResponse", "the panel answered with something that is not JSON",
                    null, null, null);
        }
    }

    private void count(String api, String method, String status) {
        Counter.builder("pterodactyl.requests").tag("api", api).tag("method", method).tag("status", status)
                .register(registry).increment();
    }

    static String templateOf(String path) {
        int q = path.indexOf('?');
        return (q < 0 ? path : path.substring(0, q)).replaceAll("/\\d+", "/{id}");
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
