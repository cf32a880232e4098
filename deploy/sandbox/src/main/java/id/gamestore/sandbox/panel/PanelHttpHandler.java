package id.gamestore.sandbox.panel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import id.gamestore.sandbox.faults.Fault;
import id.gamestore.sandbox.faults.FaultKind;
import id.gamestore.sandbox.faults.Faults;
import id.gamestore.sandbox.panel.auth.ApiKey;
import id.gamestore.sandbox.panel.auth.KeyStore;
import id.gamestore.sandbox.panel.auth.RateLimiter;
import id.gamestore.sandbox.panel.context.PanelContext;
import id.gamestore.sandbox.panel.http.ApiException;
import id.gamestore.sandbox.panel.http.ApiRequest;
import id.gamestore.sandbox.panel.http.ApiResponse;
import id.gamestore.sandbox.panel.http.JsonBodies;
import id.gamestore.sandbox.panel.http.Route;
import id.gamestore.sandbox.panel.http.Router;
import id.gamestore.sandbox.panel.model.User;
import id.gamestore.sandbox.support.DaemonThreads;
import id.gamestore.sandbox.support.Exchanges;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The panel's request pipeline, in the real panel's order: faults (infrastructure), route (404/405), key (401),
 * JSON body (400), rate limit (429), route-model binding (404), root admin (403), permission (403), handler.
 */
final class PanelHttpHandler implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(PanelHttpHandler.class.getName());
    private final Router router;
    private final PanelContext ctx;
    private final KeyStore keys;
    private final RateLimiter limiter;
    private final RequestLog log;
    private final Supplier<PanelSandboxConfig> config;
    private final Supplier<String> baseUrl;
    private final RouteBinder binder;

    PanelHttpHandler(Router router, PanelContext ctx, KeyStore keys, RateLimiter limiter, RequestLog log,
                     Supplier<PanelSandboxConfig> config, Supplier<String> baseUrl) {
        this.router = router;
        this.ctx = ctx;
        this.keys = keys;
        this.limiter = limiter;
        this.log = log;
        this.config = config;
        this.baseUrl = baseUrl;
        this.binder = new RouteBinder(ctx.state());
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
        String path = ex.getRequestURI().getPath();
        Outcome outcome = new Outcome(method, path);
        try {
            if (applyFaults(ex, method, path, outcome)) {
                return;
            }
            ApiResponse response = process(ex, method, path, outcome);
            outcome.status = response.status();
            if (response.status() < 300 && ctx.faults().take(FaultKind.RESET_AFTER_RESPONSE, method, path).isPresent()) {
                outcome.dropped = true;
                record(outcome);
                ex.close();
                return;
            }
            record(outcome);
            Exchanges.tree(ex, response.status(), response.body());
        } catch (ApiException e) {
            outcome.status = e.status();
            record(outcome);
            sendError(ex, e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sandbox panel: unexpected error on " + method + " " + path, e);
            outcome.status = 500;
            record(outcome);
            sendError(ex, ApiException.of(500, "HttpException",
                    "An unexpected error was encountered while processing this request, please try again."));
        } finally {
            record(outcome);
        }
    }

    /**
     * Logs the request once, before its answer is written: a client that reads the request log right after its
     * answer arrived must find the request there.
     */
    private void record(Outcome outcome) {
        if (!outcome.recorded) {
            outcome.recorded = true;
            log.record(outcome.method, outcome.path, outcome.status, outcome.owner, outcome.dropped, outcome.subject);
        }
    }

    private boolean applyFaults(HttpExchange ex, String method, String path, Outcome outcome) throws IOException {
        Faults faults = ctx.faults();
        Optional<Fault> latency = faults.take(FaultKind.LATENCY, method, path);
        if (latency.isPresent()) {
            DaemonThreads.pause(latency.get().millis());
        }
        Optional<Fault> timeout = faults.take(FaultKind.TIMEOUT, method, path);
        if (timeout.isPresent()) {
            DaemonThreads.pause(timeout.get().millis() > 0 ? timeout.get().millis() : 30_000);
            outcome.dropped = true;
            record(outcome);
            ex.close();
            return true;
        }
        if (faults.take(FaultKind.CONNECTION_RESET, method, path).isPresent()) {
            outcome.dropped = true;
            record(outcome);
            ex.close();
            return true;
        }
        Optional<Fault> throttle = faults.take(FaultKind.RATE_LIMIT, method, path);
        if (throttle.isPresent()) {
            long retry = Math.max(1, throttle.get().millis() / 1000);
            int limit = config.get().rateLimitPerMinute();
            ex.getResponseHeaders().set("X-RateLimit-Limit", Integer.toString(limit));
            ex.getResponseHeaders().set("X-RateLimit-Remaining", "0");
            ex.getResponseHeaders().set("Retry-After", Long.toString(retry));
            ex.getResponseHeaders().set("X-RateLimit-Reset", Long.toString(System.currentTimeMillis() / 1000 + retry));
            outcome.status = 429;
            record(outcome);
            sendError(ex, ApiException.of(429, "ThrottleRequestsException", "Too Many Attempts."));
            return true;
        }
        Optional<Fault> error = faults.take(FaultKind.ERROR, method, path);
        if (error.isPresent()) {
            int status = error.get().status() >= 400 ? error.get().status() : 500;
            outcome.status = status;
            record(outcome);
            sendError(ex, ApiException.of(status, "HttpException",
                    "An unexpected error was encountered while processing this request, please try again."));
            return true;
        }
        return false;
    }

    private ApiResponse process(HttpExchange ex, String method, String path, Outcome outcome) throws IOException {
        Router.Match match = router.find(method, path);
        Route route = match.route();
        String bearer = bearer(ex);
        ApiKey key = keys.find(bearer).orElseThrow(ApiException::unauthenticated);
        User owner;
        synchronized (ctx.state()) {
            owner = ctx.state().users.get(key.ownerId());
        }
        if (owner == null) {
            throw ApiException.unauthenticated();
        }
        outcome.owner = owner.username;
        byte[] raw = Exchanges.body(ex);
        JsonNode body = Exchanges.isJson(ex) ? JsonBodies.parse(raw) : null;
        outcome.subject = RequestLog.subjectOf(method, path, body);
        boolean client = route.api() == Route.Api.CLIENT;
        if (client && key.type() == ApiKey.KeyType.APPLICATION) {
            throw ApiException.of(403, "AccessDeniedHttpException",
                    "You are attempting to use an application API key on an endpoint that requires a client API key.");
        }
        throttle(ex, (client ? "client:" : "application:") + owner.uuid,
                client ? config.get().clientRateLimitPerMinute() : config.get().rateLimitPerMinute());
        binder.bind(route, match.params(), owner);
        if (!client) {
            if (!owner.rootAdmin) {
                throw ApiException.of(403, "AccessDeniedHttpException",
                        "This account does not have permission to access the API.");
            }
            if (!key.allows(route.resource(), route.level(), owner.rootAdmin)) {
                throw ApiException.unauthorized();
            }
        }
        ApiRequest request = new ApiRequest(method, path, Exchanges.query(ex), match.params(), body, key, owner,
                baseUrl.get()).withRawBody(raw);
        return route.handler().apply(request);
    }

    private void throttle(HttpExchange ex, String bucket, int limit) {
        RateLimiter.Decision d = limiter.hit(bucket, limit);
        ex.getResponseHeaders().set("X-RateLimit-Limit", Integer.toString(d.limit()));
        ex.getResponseHeaders().set("X-RateLimit-Remaining", Integer.toString(d.remaining()));
        if (!d.allowed()) {
            ex.getResponseHeaders().set("Retry-After", Long.toString(d.retryAfterSeconds()));
            ex.getResponseHeaders().set("X-RateLimit-Reset", Long.toString(d.resetEpochSeconds()));
            throw ApiException.of(429, "ThrottleRequestsException", "Too Many Attempts.");
        }
    }

    private static String bearer(HttpExchange ex) {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return auth.substring(7).trim();
    }

    /** JSON errors when Accept asks for JSON; otherwise the redirects and HTML pages a browser-facing panel gives. */
    private void sendError(HttpExchange ex, ApiException e) throws IOException {
        if (Exchanges.wantsJson(ex)) {
            ObjectNode body = e.body();
            Exchanges.tree(ex, e.status(), body);
            return;
        }
        if (e.status() == 401) {
            ex.getResponseHeaders().set("Location", baseUrl.get() + "/auth/login");
            Exchanges.text(ex, 302, "text/html; charset=UTF-8", "Redirecting to " + baseUrl.get() + "/auth/login");
            return;
        }
        if (e.status() == 422) {
            String back = ex.getRequestHeaders().getFirst("Referer");
            String target = back == null ? baseUrl.get() : back;
            ex.getResponseHeaders().set("Location", target);
            Exchanges.text(ex, 302, "text/html; charset=UTF-8", "Redirecting to " + target);
            return;
        }
        Exchanges.text(ex, e.status(), "text/html; charset=UTF-8",
                "<!DOCTYPE html><html><head><title>Error " + e.status() + "</title></head><body><h1>"
                        + e.status() + "</h1></body></html>");
    }

    private static final class Outcome {
        final String method;
        final String path;
        int status;
        String owner;
        String subject;
        boolean dropped;
        boolean recorded;

        Outcome(String method, String path) {
            this.method = method;
            this.path = path;
        }
    }
}
