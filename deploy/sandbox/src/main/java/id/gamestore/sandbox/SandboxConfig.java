package id.gamestore.sandbox;

import id.gamestore.sandbox.panel.PanelSandboxConfig;
import id.gamestore.sandbox.support.Env;
import id.gamestore.sandbox.whatsapp.WhatsAppSandboxConfig;
import id.gamestore.sandbox.whatsapp.WhatsAppSandboxOptions;
import java.nio.file.Path;
import java.util.Map;

/**
 * Everything the sandbox needs. {@link #defaults()} is for tests (free ports, 200 ms installs);
 * {@link #fromEnv()} is the standalone run (ports 8090/8091, 5 s installs), every value overridable by environment.
 *
 * @param installMillis         how long a simulated install takes
 * @param rateLimitPerMinute    application API requests per key owner and window (real panel: 240)
 * @param rateLimitWindowMillis the fixed rate-limit window (real panel: 60000)
 * @param seedFile              seed JSON; null = the built-in {@code seed/default-seed.json}
 * @param panelBindAddress      interface the panel listens on (default {@code 127.0.0.1})
 * @param waOptions             WhatsApp timings and bind address ({@code fast()} in tests, {@code fromEnv()} standalone)
 */
public record SandboxConfig(int panelPort, int waPort, String panelAppKey, String panelLimitedKey,
                            String panelClientKey, String waToken, String waPhoneNumberId, String waAppSecret,
                            String waVerifyToken, String waWebhookUrl, String wahaApiKey, String wahaWebhookUrl,
                            long installMillis, int rateLimitPerMinute, long rateLimitWindowMillis, Path seedFile,
                            String panelBindAddress, WhatsAppSandboxOptions waOptions) {

    /** Root admin's application key, read and write on every resource ({@code SANDBOX_PANEL_APP_KEY}). */
    public static final String DEFAULT_APP_KEY = PanelSandboxConfig.DEFAULT_APP_KEY;
    /** Root admin's application key that may read everything and write nothing ({@code SANDBOX_PANEL_LIMITED_KEY}). */
    public static final String DEFAULT_LIMITED_KEY = PanelSandboxConfig.DEFAULT_LIMITED_KEY;
    /** Root admin's client key ({@code SANDBOX_PANEL_CLIENT_KEY}). */
    public static final String DEFAULT_CLIENT_KEY = PanelSandboxConfig.DEFAULT_CLIENT_KEY;
    /** Full-permission application key of the non-admin seed user "staff": every application call is 403. */
    public static final String DEFAULT_STAFF_KEY = PanelSandboxConfig.DEFAULT_STAFF_KEY;
    public static final int DEFAULT_PANEL_PORT = 8090;
    public static final int DEFAULT_WA_PORT = WhatsAppSandboxConfig.DEFAULT_STANDALONE_PORT;
    public static final long DEFAULT_STANDALONE_INSTALL_MILLIS = 5_000;
    public static final long DEFAULT_TEST_INSTALL_MILLIS = 200;
    public static final int DEFAULT_RATE_LIMIT = 240;

    /** For tests: free ports, default keys, 200 ms installs, 240 requests per 60 s, fast WhatsApp timings. */
    public static SandboxConfig defaults() {
        WhatsAppSandboxConfig wa = WhatsAppSandboxConfig.defaults();
        return new SandboxConfig(0, 0, DEFAULT_APP_KEY, DEFAULT_LIMITED_KEY, DEFAULT_CLIENT_KEY, wa.token(),
                wa.phoneNumberId(), wa.appSecret(), wa.verifyToken(), wa.webhookUrl(), wa.wahaApiKey(),
                wa.wahaWebhookUrl(), DEFAULT_TEST_INSTALL_MILLIS, DEFAULT_RATE_LIMIT, 60_000, null, "127.0.0.1",
                WhatsAppSandboxOptions.fast());
    }

    public static SandboxConfig fromEnv() {
        return fromEnv(System.getenv());
    }

    /**
     * Standalone configuration from {@code env}; see docs/sandbox.md for every variable and default. The WhatsApp
     * timing options ({@code SANDBOX_WA_*_MS} etc.) are read from the process environment.
     */
    public static SandboxConfig fromEnv(Map<String, String> env) {
        SandboxConfig d = defaults();
        long installMillis = DEFAULT_STANDALONE_INSTALL_MILLIS;
        if (Env.text(env, "SANDBOX_INSTALL_MILLIS", null) != null) {
            installMillis = Long.parseLong(Env.text(env, "SANDBOX_INSTALL_MILLIS", null));
        } else if (Env.text(env, "SANDBOX_INSTALL_SECONDS", null) != null) {
            installMillis = Math.round(Double.parseDouble(Env.text(env, "SANDBOX_INSTALL_SECONDS", null)) * 1000);
        }
        String seed = Env.text(env, "SANDBOX_SEED_FILE", null);
        return new SandboxConfig(
                Env.integer(env, "SANDBOX_PANEL_PORT", DEFAULT_PANEL_PORT),
                Env.integer(env, "SANDBOX_WA_PORT", DEFAULT_WA_PORT),
                Env.text(env, "SANDBOX_PANEL_APP_KEY", d.panelAppKey),
                Env.text(env, "SANDBOX_PANEL_LIMITED_KEY", d.panelLimitedKey),
                Env.text(env, "SANDBOX_PANEL_CLIENT_KEY", d.panelClientKey),
                Env.text(env, "SANDBOX_WA_TOKEN", d.waToken),
                Env.text(env, "SANDBOX_WA_PHONE_NUMBER_ID", d.waPhoneNumberId),
                Env.text(env, "SANDBOX_WA_APP_SECRET", d.waAppSecret),
                Env.text(env, "SANDBOX_WA_VERIFY_TOKEN", d.waVerifyToken),
                Env.text(env, "SANDBOX_WA_WEBHOOK_URL", d.waWebhookUrl),
                Env.text(env, "SANDBOX_WAHA_API_KEY", d.wahaApiKey),
                Env.text(env, "SANDBOX_WAHA_WEBHOOK_URL", d.wahaWebhookUrl),
                installMillis,
                Env.integer(env, "SANDBOX_PANEL_RATE_LIMIT", DEFAULT_RATE_LIMIT),
                Long.parseLong(Env.text(env, "SANDBOX_PANEL_RATE_LIMIT_WINDOW_MILLIS", "60000")),
                seed == null ? null : Path.of(seed),
                Env.text(env, "SANDBOX_PANEL_BIND_ADDRESS", "127.0.0.1"),
                WhatsAppSandboxOptions.fromEnv());
    }

    public PanelSandboxConfig panel() {
        return new PanelSandboxConfig(panelPort, panelAppKey, panelLimitedKey, panelClientKey, DEFAULT_STAFF_KEY,
                installMillis, rateLimitPerMinute, 720, rateLimitWindowMillis, seedFile, panelBindAddress);
    }

    public WhatsAppSandboxConfig whatsapp() {
        return new WhatsAppSandboxConfig(waPort, waToken, waPhoneNumberId, waAppSecret, waVerifyToken, waWebhookUrl,
                wahaApiKey, wahaWebhookUrl);
    }

    public SandboxConfig withPorts(int panel, int wa) {
        return new SandboxConfig(panel, wa, panelAppKey, panelLimitedKey, panelClientKey, waToken, waPhoneNumberId,
                waAppSecret, waVerifyToken, waWebhookUrl, wahaApiKey, wahaWebhookUrl, installMillis,
                rateLimitPerMinute, rateLimitWindowMillis, seedFile, panelBindAddress, waOptions);
    }

    public SandboxConfig withInstallMillis(long millis) {
        return new SandboxConfig(panelPort, waPort, panelAppKey, panelLimitedKey, panelClientKey, waToken,
                waPhoneNumberId, waAppSecret, waVerifyToken, waWebhookUrl, wahaApiKey, wahaWebhookUrl, millis,
                rateLimitPerMinute, rateLimitWindowMillis, seedFile, panelBindAddress, waOptions);
    }

    public SandboxConfig withRateLimit(int perWindow, long windowMillis) {
        return new SandboxConfig(panelPort, waPort, panelAppKey, panelLimitedKey, panelClientKey, waToken,
                waPhoneNumberId, waAppSecret, waVerifyToken, waWebhookUrl, wahaApiKey, wahaWebhookUrl,
                installMillis, perWindow, windowMillis, seedFile, panelBindAddress, waOptions);
    }

    public SandboxConfig withSeedFile(Path file) {
        return new SandboxConfig(panelPort, waPort, panelAppKey, panelLimitedKey, panelClientKey, waToken,
                waPhoneNumberId, waAppSecret, waVerifyToken, waWebhookUrl, wahaApiKey, wahaWebhookUrl,
                installMillis, rateLimitPerMinute, rateLimitWindowMillis, file, panelBindAddress, waOptions);
    }

    public SandboxConfig withWhatsAppOptions(WhatsAppSandboxOptions options) {
        return new SandboxConfig(panelPort, waPort, panelAppKey, panelLimitedKey, panelClientKey, waToken,
                waPhoneNumberId, waAppSecret, waVerifyToken, waWebhookUrl, wahaApiKey, wahaWebhookUrl,
                installMillis, rateLimitPerMinute, rateLimitWindowMillis, seedFile, panelBindAddress, options);
    }

    public SandboxConfig withWaWebhookUrl(String url) {
        return new SandboxConfig(panelPort, waPort, panelAppKey, panelLimitedKey, panelClientKey, waToken,
                waPhoneNumberId, waAppSecret, waVerifyToken, url, wahaApiKey, wahaWebhookUrl,
                installMillis, rateLimitPerMinute, rateLimitWindowMillis, seedFile, panelBindAddress, waOptions);
    }

    /** Never prints keys or secrets. */
    @Override
    public String toString() {
        return "SandboxConfig[panelPort=" + panelPort + ", waPort=" + waPort + ", waPhoneNumberId=" + waPhoneNumberId
                + ", installMillis=" + installMillis + ", rateLimit=" + rateLimitPerMinute + "/"
                + rateLimitWindowMillis + "ms, seedFile=" + seedFile + "]";
    }
}
