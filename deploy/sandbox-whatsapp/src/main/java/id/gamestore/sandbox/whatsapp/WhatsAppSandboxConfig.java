package id.gamestore.sandbox.whatsapp;

/** Configuration of the WhatsApp faces (Cloud API and WAHA-style gateway). Port 0 picks a free port. */
public record WhatsAppSandboxConfig(int port, String token, String phoneNumberId, String appSecret,
        String verifyToken, String webhookUrl, String wahaApiKey, String wahaWebhookUrl) {

    public static WhatsAppSandboxConfig defaults() {
        return new WhatsAppSandboxConfig(0, "sandbox-wa-token", "100000000000001", "sandbox-app-secret",
                "sandbox-verify-token", null, "sandbox-waha-key", null);
    }
}
