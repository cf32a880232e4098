package id.gamestore.sandbox.testing;

import id.gamestore.sandbox.Sandbox;
import id.gamestore.sandbox.SandboxConfig;
import id.gamestore.sandbox.panel.PanelSandbox;
import id.gamestore.sandbox.whatsapp.WhatsAppSandbox;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts a {@link Sandbox} for a {@code @QuarkusTest} and hands the service its URLs and keys. Subclass it in each
 * service and return that service's property names from {@link #configOverrides(Sandbox)}:
 *
 * <pre>
 * public class PanelSandboxResource extends SandboxTestResource {
 *     protected Map&lt;String, String&gt; configOverrides(Sandbox sandbox) {
 *         return Map.of("pterodactyl.url", sandbox.panelUrl(), "pterodactyl.api-key", sandbox.config().panelAppKey());
 *     }
 * }
 * </pre>
 *
 * Test fields annotated {@link InjectSandbox} of type Sandbox, PanelSandbox or WhatsAppSandbox are filled in;
 * {@link #current()} gives the running sandbox to code that cannot be injected.
 */
public abstract class SandboxTestResource implements QuarkusTestResourceLifecycleManager {
    private static volatile Sandbox current;
    private Sandbox sandbox;

    /** The sandbox started by the most recent resource still running, or null. */
    public static Sandbox current() {
        return current;
    }

    /** Override to change ports, install time, rate limit or seed; the default is {@link SandboxConfig#defaults()}. */
    protected SandboxConfig config() {
        return SandboxConfig.defaults();
    }

    /** The service's configuration properties pointing at the sandbox. */
    protected abstract Map<String, String> configOverrides(Sandbox sandbox);

    @Override
    public Map<String, String> start() {
        sandbox = Sandbox.start(config());
        current = sandbox;
        return new HashMap<>(configOverrides(sandbox));
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(sandbox, new TestInjector.AnnotatedAndMatchesType(InjectSandbox.class, Sandbox.class));
        injector.injectIntoFields(sandbox.panel(),
                new TestInjector.AnnotatedAndMatchesType(InjectSandbox.class, PanelSandbox.class));
        injector.injectIntoFields(sandbox.whatsapp(),
                new TestInjector.AnnotatedAndMatchesType(InjectSandbox.class, WhatsAppSandbox.class));
    }

    @Override
    public void stop() {
        if (sandbox != null) {
            if (current == sandbox) {
                current = null;
            }
            sandbox.close();
            sandbox = null;
        }
    }
}
