package id.gamestore.sandbox.support;

import java.time.Duration;
import java.util.Map;

/** Standalone settings from environment variables: a blank value counts as unset, values are trimmed. */
public final class Env {
    private Env() {
    }

    public static String text(Map<String, String> env, String name, String fallback) {
        String v = env.get(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    public static int integer(Map<String, String> env, String name, int fallback) {
        String v = text(env, name, null);
        return v == null ? fallback : Integer.parseInt(v);
    }

    public static Duration millis(Map<String, String> env, String name, Duration fallback) {
        String v = text(env, name, null);
        return v == null ? fallback : Duration.ofMillis(Long.parseLong(v));
    }
}
