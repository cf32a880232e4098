package id.gamestore.provisioning.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.gamestore.sandbox.Sandbox;
import io.quarkus.test.junit.QuarkusTestProfile;

/** The service without PTERODACTYL_CLIENT_API_KEY: only the sandbox below (the global one would set the key again). */
public class NoClientKeyProfile implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(WithoutClientKey.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    /** The sandbox panel, with the client key left out of the service's configuration. */
    public static class WithoutClientKey extends SandboxResource {
        @Override
        protected Map<String, String> configOverrides(Sandbox sandbox) {
            Map<String, String> config = new HashMap<>(super.configOverrides(sandbox));
            config.put("pterodactyl.client-api-key", "");
            return config;
        }
    }
}
