package id.gamestore.sandbox;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox standalone from {@link SandboxConfig#fromEnv()}: prints the URLs and which keys are in use
 * (never the WhatsApp app secret), and stops cleanly on SIGTERM / Ctrl-C.
 */
public final class SandboxMain {
    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SandboxConfig config = SandboxConfig.fromEnv();
        Sandbox sandbox = Sandbox.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("sandbox: stopping");
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        System.out.println(banner(sandbox));
        stopped.await();
    }

    static String banner(Sandbox sandbox) {
        SandboxConfig c = sandbox.config();
        return String.join(System.lineSeparator(),
                "sandbox: Pterodactyl panel at " + sandbox.panelUrl() + " (admin paths under /__sandbox/)",
                "sandbox: WhatsApp API at " + sandbox.whatsappUrl(),
                "sandbox: panel application key " + source("SANDBOX_PANEL_APP_KEY", c.panelAppKey(),
                        SandboxConfig.DEFAULT_APP_KEY, "DEFAULT_APP_KEY"),
                "sandbox: panel read-only key " + source("SANDBOX_PANEL_LIMITED_KEY", c.panelLimitedKey(),
                        SandboxConfig.DEFAULT_LIMITED_KEY, "DEFAULT_LIMITED_KEY"),
                "sandbox: panel client key " + source("SANDBOX_PANEL_CLIENT_KEY", c.panelClientKey(),
                        SandboxConfig.DEFAULT_CLIENT_KEY, "DEFAULT_CLIENT_KEY"),
                "sandbox: WhatsApp phone number id " + c.waPhoneNumberId()
                        + ", token from SANDBOX_WA_TOKEN, app secret from SANDBOX_WA_APP_SECRET (not shown)",
                "sandbox: install takes " + c.installMillis() + " ms, rate limit " + c.rateLimitPerMinute()
                        + " per " + c.rateLimitWindowMillis() + " ms, seed "
                        + (c.seedFile() == null ? "built-in" : c.seedFile().toString()));
    }

    /** Only the key's 16-character identifier (never its secret part) and where it came from. */
    private static String source(String env, String value, String defaultValue, String constant) {
        String identifier = value.length() > 16 ? value.substring(0, 16) + "..." : "(short key)";
        return identifier + (value.equals(defaultValue)
                ? " (default: SandboxConfig." + constant + ", see docs/sandbox.md)" : " (from " + env + ")");
    }
}
