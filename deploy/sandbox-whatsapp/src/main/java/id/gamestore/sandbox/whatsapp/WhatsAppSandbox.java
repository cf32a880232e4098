package id.gamestore.sandbox.whatsapp;

/** The WhatsApp sandbox: replaced by its implementation. */
public final class WhatsAppSandbox implements AutoCloseable {
    private final WhatsAppSandboxConfig config;

    private WhatsAppSandbox(WhatsAppSandboxConfig config) {
        this.config = config;
    }

    public static WhatsAppSandbox start(WhatsAppSandboxConfig config) {
        return new WhatsAppSandbox(config);
    }

    public String url() {
        return "http://127.0.0.1:" + config.port();
    }

    public void reset() {
    }

    @Override
    public void close() {
    }
}
