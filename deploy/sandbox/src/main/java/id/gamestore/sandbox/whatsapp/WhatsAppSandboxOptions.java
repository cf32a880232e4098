package id.gamestore.sandbox.whatsapp;

import id.gamestore.sandbox.support.Env;
import java.time.Duration;
import java.util.Map;

/**
 * Timing and limits of the sandbox. {@link #defaults()} are Meta's real figures (one message per recipient about
 * every 6 s, 80 messages/s per number); {@link #fast()} shortens every wait so tests run in milliseconds.
 *
 * @param pairSpacing     minimum spacing between messages to the same recipient (131056 when broken)
 * @param pairBurst       messages to one recipient allowed back to back before the spacing applies
 * @param messagesPerSecond throughput per business number (130429 when exceeded)
 * @param sentDelay       from acceptance to the {@code sent} status
 * @param deliveredDelay  from {@code sent} to {@code delivered}
 * @param readDelay       from {@code delivered} to {@code read}
 * @param webhookAttempts attempts per webhook delivery (first try included)
 * @param webhookBackoff  wait before the first retry; doubles on each further retry
 * @param webhookTimeout  connect and read timeout of one webhook POST
 * @param wahaHmacKey     key of the WAHA webhook HMAC (SHA-512); null sends WAHA webhooks unsigned
 * @param bindAddress     interface the server listens on
 * @param templates       extra approved templates, {@code name:language[:bodyParameterCount]} comma-separated
 */
public record WhatsAppSandboxOptions(Duration pairSpacing, int pairBurst, int messagesPerSecond, Duration sentDelay,
        Duration deliveredDelay, Duration readDelay, int webhookAttempts, Duration webhookBackoff,
        Duration webhookTimeout, String wahaHmacKey, String bindAddress, String templates) {

    public static WhatsAppSandboxOptions defaults() {
        return new WhatsAppSandboxOptions(Duration.ofSeconds(6), 1, 80, Duration.ofMillis(300),
                Duration.ofMillis(700), Duration.ofSeconds(2), 5, Duration.ofSeconds(1), Duration.ofSeconds(5),
                null, "127.0.0.1", null);
    }

    /** For tests: 1 s pair spacing, status steps 20 ms apart, webhook retries 50 ms apart. */
    public static WhatsAppSandboxOptions fast() {
        return new WhatsAppSandboxOptions(Duration.ofSeconds(1), 1, 80, Duration.ofMillis(20),
                Duration.ofMillis(20), Duration.ofMillis(20), 4, Duration.ofMillis(50), Duration.ofSeconds(2),
                null, "127.0.0.1", null);
    }

    public static WhatsAppSandboxOptions fromEnv() {
        return fromEnv(System.getenv());
    }

    static WhatsAppSandboxOptions fromEnv(Map<String, String> env) {
        WhatsAppSandboxOptions d = defaults();
        return new WhatsAppSandboxOptions(
                Env.millis(env, "SANDBOX_WA_PAIR_SPACING_MS", d.pairSpacing()),
                Env.integer(env, "SANDBOX_WA_PAIR_BURST", d.pairBurst()),
                Env.integer(env, "SANDBOX_WA_MPS", d.messagesPerSecond()),
                Env.millis(env, "SANDBOX_WA_SENT_DELAY_MS", d.sentDelay()),
                Env.millis(env, "SANDBOX_WA_DELIVERED_DELAY_MS", d.deliveredDelay()),
                Env.millis(env, "SANDBOX_WA_READ_DELAY_MS", d.readDelay()),
                Env.integer(env, "SANDBOX_WA_WEBHOOK_ATTEMPTS", d.webhookAttempts()),
                Env.millis(env, "SANDBOX_WA_WEBHOOK_BACKOFF_MS", d.webhookBackoff()),
                Env.millis(env, "SANDBOX_WA_WEBHOOK_TIMEOUT_MS", d.webhookTimeout()),
                Env.text(env, "SANDBOX_WAHA_HMAC_KEY", null),
                Env.text(env, "SANDBOX_WA_BIND_ADDRESS", d.bindAddress()),
                Env.text(env, "SANDBOX_WA_TEMPLATES", null));
    }

    public WhatsAppSandboxOptions withPairSpacing(Duration spacing) {
        return new WhatsAppSandboxOptions(spacing, pairBurst, messagesPerSecond, sentDelay, deliveredDelay,
                readDelay, webhookAttempts, webhookBackoff, webhookTimeout, wahaHmacKey, bindAddress, templates);
    }

    public WhatsAppSandboxOptions withMessagesPerSecond(int mps) {
        return new WhatsAppSandboxOptions(pairSpacing, pairBurst, mps, sentDelay, deliveredDelay,
                readDelay, webhookAttempts, webhookBackoff, webhookTimeout, wahaHmacKey, bindAddress, templates);
    }

    public WhatsAppSandboxOptions withWahaHmacKey(String key) {
        return new WhatsAppSandboxOptions(pairSpacing, pairBurst, messagesPerSecond, sentDelay, deliveredDelay,
                readDelay, webhookAttempts, webhookBackoff, webhookTimeout, key, bindAddress, templates);
    }

    @Override
    public String toString() {
        return "WhatsAppSandboxOptions[pairSpacing=" + pairSpacing + ", pairBurst=" + pairBurst
                + ", messagesPerSecond=" + messagesPerSecond + ", webhookAttempts=" + webhookAttempts + "]";
    }
}
