package id.gamestore.sandbox.panel;

import java.nio.file.Path;

/**
 * Panel settings. Keys are whole tokens ({@code ptla_}/{@code ptlc_} + 11 identifier chars + 32 secret chars).
 * {@code seedFile} null = the built-in {@code seed/default-seed.json}.
 *
 * @param port                    0 = any free port
 * @param appKey                  root admin's application key, every permission read and write
 * @param limitedKey              root admin's application key with read-only permissions
 * @param clientKey               root admin's client ({@code ptlc_}) key
 * @param staffKey                full-permission application key of the non-admin seed user "staff" (403 on every call)
 * @param installMillis           how long an install takes
 * @param rateLimitPerMinute      application API requests per window per key owner (real panel: 240)
 * @param clientRateLimitPerMinute client API requests per window per key owner (real panel: 720)
 * @param rateLimitWindowMillis   the fixed window (real panel: 60000)
 * @param bindAddress             interface to listen on ({@code 127.0.0.1}; {@code 0.0.0.0} for every interface)
 */
public record PanelSandboxConfig(int port, String appKey, String limitedKey, String clientKey, String staffKey,
                                 long installMillis, int rateLimitPerMinute, int clientRateLimitPerMinute,
                                 long rateLimitWindowMillis, Path seedFile, String bindAddress) {

    public static final String DEFAULT_APP_KEY = "ptla_sandboxadmn" + "SandboxApplicationKeyLocalDevAll";
    public static final String DEFAULT_LIMITED_KEY = "ptla_sandboxread" + "SandboxReadOnlyKeyForLocalDevUse";
    public static final String DEFAULT_CLIENT_KEY = "ptlc_sandboxclnt" + "SandboxClientKeyForLocalDevelopm";
    public static final String DEFAULT_STAFF_KEY = "ptla_sandboxstaf" + "SandboxNonAdminKeyForLocalDevUse";

    /** Test defaults: free port, 200 ms installs, real rate limits. */
    public static PanelSandboxConfig defaults() {
        return new PanelSandboxConfig(0, DEFAULT_APP_KEY, DEFAULT_LIMITED_KEY, DEFAULT_CLIENT_KEY, DEFAULT_STAFF_KEY,
                200, 240, 720, 60_000, null, "127.0.0.1");
    }

    public PanelSandboxConfig withPort(int newPort) {
        return new PanelSandboxConfig(newPort, appKey, limitedKey, clientKey, staffKey, installMillis,
                rateLimitPerMinute, clientRateLimitPerMinute, rateLimitWindowMillis, seedFile, bindAddress);
    }

    public PanelSandboxConfig withInstallMillis(long millis) {
        return new PanelSandboxConfig(port, appKey, limitedKey, clientKey, staffKey, millis,
                rateLimitPerMinute, clientRateLimitPerMinute, rateLimitWindowMillis, seedFile, bindAddress);
    }

    public PanelSandboxConfig withRateLimit(int perWindow, long windowMillis) {
        return new PanelSandboxConfig(port, appKey, limitedKey, clientKey, staffKey, installMillis,
                perWindow, clientRateLimitPerMinute, windowMillis, seedFile, bindAddress);
    }

    public PanelSandboxConfig withSeedFile(Path file) {
        return new PanelSandboxConfig(port, appKey, limitedKey, clientKey, staffKey, installMillis,
                rateLimitPerMinute, clientRateLimitPerMinute, rateLimitWindowMillis, file, bindAddress);
    }

    public PanelSandboxConfig withBindAddress(String address) {
        return new PanelSandboxConfig(port, appKey, limitedKey, clientKey, staffKey, installMillis,
                rateLimitPerMinute, clientRateLimitPerMinute, rateLimitWindowMillis, seedFile, address);
    }

    @Override
    public String toString() {
        return "PanelSandboxConfig[port=" + port + ", installMillis=" + installMillis + ", rateLimit="
                + rateLimitPerMinute + "/" + rateLimitWindowMillis + "ms, seedFile=" + seedFile + ", bindAddress=" + bindAddress + "]";
    }
}
