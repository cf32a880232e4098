package id.gamestore.sandbox.faults;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * One fault switch: a kind, an optional scope (HTTP method and path glob, {@code *} matches anything including
 * slashes), an optional count of remaining hits (null = until cleared) and a probability per matching request.
 */
public record Fault(FaultKind kind, String method, String path, Integer times, double rate, long millis,
                    int status) {

    public Fault {
        method = method == null || method.isBlank() ? "*" : method.toUpperCase(java.util.Locale.ROOT);
        path = path == null || path.isBlank() ? "*" : path;
        if (rate <= 0 || rate > 1) {
            rate = 1.0;
        }
    }

    public static Fault of(FaultKind kind) {
        return new Fault(kind, "*", "*", null, 1.0, 0, 0);
    }

    public static Fault latency(Duration delay) {
        return of(FaultKind.LATENCY).withMillis(delay.toMillis());
    }

    public static Fault serverError(int status) {
        return of(FaultKind.ERROR).withStatus(status);
    }

    public static Fault rateLimited() {
        return of(FaultKind.RATE_LIMIT);
    }

    public static Fault timeout(Duration hold) {
        return of(FaultKind.TIMEOUT).withMillis(hold.toMillis());
    }

    public static Fault connectionReset() {
        return of(FaultKind.CONNECTION_RESET);
    }

    /** Performs the call (for {@code POST /servers}: creates the server), then drops the connection. */
    public static Fault resetAfterResponse() {
        return of(FaultKind.RESET_AFTER_RESPONSE);
    }

    public static Fault wingsUnreachable() {
        return of(FaultKind.WINGS_UNREACHABLE);
    }

    public Fault on(String httpMethod, String pathGlob) {
        return new Fault(kind, httpMethod, pathGlob, times, rate, millis, status);
    }

    public Fault times(int n) {
        return new Fault(kind, method, path, n, rate, millis, status);
    }

    public Fault withRate(double probability) {
        return new Fault(kind, method, path, times, probability, millis, status);
    }

    public Fault withMillis(long ms) {
        return new Fault(kind, method, path, times, rate, ms, status);
    }

    public Fault withStatus(int httpStatus) {
        return new Fault(kind, method, path, times, rate, millis, httpStatus);
    }

    public boolean matches(String requestMethod, String requestPath) {
        return ("*".equals(method) || method.equalsIgnoreCase(requestMethod)) && glob(path).matcher(requestPath).matches();
    }

    private static Pattern glob(String glob) {
        String[] parts = glob.split("\\*", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }
}
