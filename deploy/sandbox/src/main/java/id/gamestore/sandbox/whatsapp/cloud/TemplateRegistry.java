package id.gamestore.sandbox.whatsapp.cloud;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The approved templates the Cloud face accepts, by name and language, with their body parameter count
 * ({@link #ANY_PARAMETERS} skips the count check). Unknown name or language gives 132001, a wrong count 132000.
 */
public final class TemplateRegistry {
    public static final int ANY_PARAMETERS = -1;

    /** One approved template. */
    public record Template(String name, String language, int bodyParameters) {
    }

    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    /**
     * Meta's sample {@code hello_world} plus the product's templates (notification-service's defaults) in Indonesian
     * and English, any parameter count.
     */
    public static TemplateRegistry withDefaults() {
        TemplateRegistry registry = new TemplateRegistry();
        registry.register("hello_world", "en_US", 0);
        for (String name : List.of("server_siap_v1", "server_ready", "provisioning_started",
                "provisioning_progress", "provisioning_failed", "provisioning_completed", "credentials_reset",
                "credentials_reset_failed", "password_reset", "password_reset_failed",
                "admin_alert", "lifecycle_notice", "admin_notice", "admin_report")) {
            registry.register(name, "id", ANY_PARAMETERS);
            registry.register(name, "en", ANY_PARAMETERS);
        }
        return registry;
    }

    /**
     * Adds templates from a spec such as {@code server_siap_v1:id:14,order_gagal:id} (name:language[:count]);
     * a missing count means any.
     */
    public void registerAll(String spec) {
        if (spec == null || spec.isBlank()) {
            return;
        }
        for (String entry : spec.split(",")) {
            String[] parts = entry.trim().split(":");
            if (parts.length >= 2) {
                int count = parts.length >= 3 ? Integer.parseInt(parts[2].trim()) : ANY_PARAMETERS;
                register(parts[0].trim(), parts[1].trim(), count);
            }
        }
    }

    public void register(String name, String language, int bodyParameters) {
        templates.put(key(name, language), new Template(name, language, bodyParameters));
    }

    public Template find(String name, String language) {
        return templates.get(key(name, language));
    }

    public List<Template> all() {
        return new ArrayList<>(templates.values());
    }

    private static String key(String name, String language) {
        return name + "\u0000" + language;
    }
}
