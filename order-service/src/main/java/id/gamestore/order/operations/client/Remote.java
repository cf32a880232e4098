package id.gamestore.order.operations.client;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The outcome of one admin call to another service, without HTTP types: its answer, or why there is none. A refusal
 * carries the other service's error body ({@code code}, {@code message}) as it sent it.
 *
 * @param outcome what happened
 * @param value the answer when {@link Outcome#OK}, else null
 * @param status the HTTP status when the service answered, else 0
 * @param code the error body's {@code code} when it refused, else null
 * @param message the error body's {@code message} when it refused, else null
 */
public record Remote<T>(Outcome outcome, T value, int status, String code, String message) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What became of the call. */
    public enum Outcome {
        /** A 2xx answer. */
        OK,
        /** A 4xx answer other than 401/403: the request is refused (not found, wrong state, ...). */
        REFUSED,
        /** 401 or 403: the other service does not accept the configured admin key. */
        KEY_REJECTED,
        /** No answer (refused connection, timeout) or a 5xx: try again later. */
        UNREACHABLE,
        /** The URL or the key is not configured: nothing was called. */
        NOT_CONFIGURED
    }

    public static <T> Remote<T> notConfigured() {
        return new Remote<>(Outcome.NOT_CONFIGURED, null, 0, null, null);
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }

    /** Runs one call of a REST client interface and sorts what came back. */
    public static <T> Remote<T> call(Supplier<T> call) {
        try {
            return new Remote<>(Outcome.OK, call.get(), 200, null, null);
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            Map<?, ?> body = errorBody(e);
            Outcome outcome = status == 401 || status == 403 ? Outcome.KEY_REJECTED
                    : status >= 400 && status < 500 ? Outcome.REFUSED : Outcome.UNREACHABLE;
            return new Remote<>(outcome, null, status, text(body.get("code")), text(body.get("message")));
        } catch (RuntimeException e) {
            return new Remote<>(Outcome.UNREACHABLE, null, 0, null, null);
        }
    }

    private static Map<?, ?> errorBody(WebApplicationException e) {
        try {
            String raw = e.getResponse().readEntity(String.class);
            return raw == null || raw.isBlank() ? Map.of() : JSON.readValue(raw, Map.class);
        } catch (Exception unreadable) {
            return Map.of();
        }
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }
}
