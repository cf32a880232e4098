package id.gamestore.order.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.json.JsonObject;

/**
 * Refuses a body whose declared Content-Length is over the limit with a 413 {@link id.gamestore.support.rest.ApiError} before anything reads it.
 */
@ApplicationScoped
public class PayloadLimitFilter {
    private static final int EARLY_PRIORITY = 1000;

    private final long maxBodyBytes;

    PayloadLimitFilter(@ConfigProperty(name = "order.http.max-body-bytes", defaultValue = "16384") long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    void register(@Observes Filters filters) {
        String body = new JsonObject()
                .put("code", ErrorCodes.PAYLOAD_TOO_LARGE)
                .put("message", "request body is larger than " + maxBodyBytes + " bytes")
                .encode();
        filters.register(rc -> {
            String length = rc.request().getHeader("Content-Length");
            if (length != null && isOver(length)) {
                rc.response().setStatusCode(413).putHeader("Content-Type", "application/json")
                        .putHeader("Connection", "close").end(body);
                return;
            }
            rc.next();
        }, EARLY_PRIORITY);
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
