package id.gamestore.sandbox.whatsapp;

import id.gamestore.sandbox.support.Env;
import java.util.Map;

/**
 * Configuration of the WhatsApp faces (Cloud API and WAHA-style gateway). Port 0 picks a free port.
 * A null webhook URL means "no callback registered yet": statuses are still recorded, nothing is posted.
 */
public record WhatsAppSandboxConfig(int port, String token, String phoneNumberId, String appSecret,
        String verifyToken, String webhookUrl, String wahaApiKey, String wahaWebhookUrl) {

    public static final int DEFAULT_STANDALONE_PORT = 8091;

    public static WhatsAppSandboxConfig defaults() {
        return new WhatsAppSandboxConfig(0, "sandbox-wa-token", "100000000000001", "sandbox-app-secret",
                "sandbox-verify-token", null, "sandbox-waha-key", null);
    }

    /** Standalone configuration: every value from the environment, falling back to {@link #defaults()}. */
    public static WhatsAppSandboxConfig fromEnv() {
        return fromEnv(System.getenv());
    }

    static WhatsAppSandboxConfig fromEnv(Map<String, String> env) {
        WhatsAppSandboxConfig d = defaults();
        return new WhatsAppSandboxConfig(
                Env.integer(env, "SANDBOX_WA_PORT", DEFAULT_STANDALONE_PORT),
                Env.text(env, "SANDBOX_WA_TOKEN", d.token()),
                Env.text(env, "SANDBOX_WA_PHONE_NUMBER_ID", d.phoneNumberId()),
                Env.text(env, "SANDBOX_WA_APP_SECRET", d.appSecret()),
                Env.text(env, "SANDBOX_WA_VERIFY_TOKEN", d.verifyToken()),
                Env.text(env, "SANDBOX_WA_WEBHOOK_URL", d.webhookUrl()),
                Env.text(env, "SANDBOX_WAHA_API_KEY", d.wahaApiKey()),
                Env.text(env, "SANDBOX_WAHA_WEBHOOK_URL", d.wahaWebhookUrl()));
    }

    public WhatsAppSandboxConfig withPort(int newPort) {
        return new WhatsAppSandboxConfig(newPort, token, phoneNumberId, appSecret, verifyToken, webhookUrl,
                wahaApiKey, wahaWebhookUrl);
    }

    public WhatsAppSandboxConfig withWebhookUrl(String url) {
        return new WhatsAppSandboxConfig(port, token, phoneNumberId, appSecret, verifyToken, url,
                wahaApiKey, wahaWebhookUrl);
    }

    public WhatsAppSandboxConfig withWahaWebhookUrl(String url) {
        return new WhatsAppSandboxConfig(port, token, phoneNumberId, appSecret, verifyToken, webhookUrl,
                wahaApiKey, url);
    }

    @Override
    public String toString() {
        return "WhatsAppSandboxConfig[port=" + port + ", phoneNumberId=" + phoneNumberId + ", webhookUrl="
                + webhookUrl + ", wahaWebhookUrl=" + wahaWebhookUrl + "]";
    }
}
