package id.gamestore.provisioning.support;

import java.util.Map;

import id.gamestore.sandbox.Sandbox;
import id.gamestore.sandbox.SandboxConfig;
import id.gamestore.sandbox.testing.SandboxTestResource;

/** The sandbox panel for the service's tests: its URL and keys become the service's panel configuration. */
public class SandboxResource extends SandboxTestResource {

    @Override
    protected SandboxConfig config() {
        return SandboxConfig.defaults().withInstallMillis(PanelProbe.INSTALL_MILLIS);
    }

    @Override
    protected Map<String, String> configOverrides(Sandbox sandbox) {
        return Map.of(
                "pterodactyl.admin-url", sandbox.panelUrl(),
                "pterodactyl.admin-api-key", sandbox.config().panelAppKey(),
                "pterodactyl.client-api-key", sandbox.config().panelClientKey(),
                "pterodactyl.public-url", "https://panel.example.test",
                "provisioning.login.notification-url", LoginDeliveryStub.current().url(),
                "provisioning.login.notification-api-key", LoginDeliveryStub.KEY);
    }
}
