package id.gamestore.provisioning.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * System properties a test resource sets while it runs and puts back when it stops. Command-line {@code -D} values
 * (the private database and vhost of a run) outrank a resource's returned overrides, so a resource that must win
 * sets the system property itself.
 */
final class SystemOverrides {
    private final Map<String, String> previous = new LinkedHashMap<>();

    void set(String key, String value) {
        previous.putIfAbsent(key, System.getProperty(key));
        System.setProperty(key, value);
    }

    void restore() {
        previous.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
        previous.clear();
    }
}
