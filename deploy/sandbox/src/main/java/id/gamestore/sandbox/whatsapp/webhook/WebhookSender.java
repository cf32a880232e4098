package id.gamestore.sandbox.whatsapp.webhook;

import id.gamestore.sandbox.whatsapp.faults.Faults;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Posts webhook bodies, retrying non-2xx answers and connection failures with doubling backoff, and records
 * every attempt. Logs carry only the event, message id, attempt and outcome, never the body.
 */
public final class WebhookSender {
    private static final System.Logger LOG = System.getLogger(WebhookSender.class.getName());

    private final HttpClient client;
    private final ScheduledExecutorService scheduler;
    /** Timeout of one POST, attempts per delivery (first included), wait before the first retry. */
    public record Retries(Duration webhookTimeout, int webhookAttempts, Duration webhookBackoff) {
    }

    private final Retries options;
    private final Faults faults;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private final List<WebhookAttempt> attempts = new ArrayList<>();

    public WebhookSender(ScheduledExecutorService scheduler, Retries options, Faults faults,
            Clock clock) {
        this.client = HttpClient.newBuilder().connectTimeout(options.webhookTimeout()).build();
        this.scheduler = scheduler;
        this.options = options;
        this.faults = faults;
        this.clock = clock;
    }

    /** Posts now (on the calling thread), retries later; posts twice when duplicate webhooks are switched on. */
    public void post(String channel, String url, String event, String messageId, byte[] body,
            Map<String, String> headers) {
        if (url == null) {
            return;
        }
        long gen = generation.get();
        attempt(channel, url, event, messageId, body, headers, 1, gen);
        if (faults.duplicateWebhooks()) {
            attempt(channel, url, event, messageId, body, headers, 1, gen);
        }
    }

    private void attempt(String channel, String url, String event, String messageId, byte[] body,
            Map<String, String> headers, int attempt, long gen) {
        if (gen != generation.get()) {
            return;
        }
        int status = 0;
        String error = null;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(options.webhookTimeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName();
        }
        WebhookAttempt record = new WebhookAttempt(channel, url, event, messageId, attempt, status, error,
                clock.instant());
        synchronized (attempts) {
            attempts.add(record);
        }
        LOG.log(record.succeeded() ? System.Logger.Level.DEBUG : System.Logger.Level.INFO,
                "webhook {0} {1} message={2} attempt={3} http={4} error={5}",
                channel, event, messageId, attempt, status, error);
        if (!record.succeeded() && attempt < options.webhookAttempts()) {
            Duration wait = options.webhookBackoff().multipliedBy(1L << Math.min(attempt - 1, 16));
            scheduler.schedule(() -> attempt(channel, url, event, messageId, body, headers, attempt + 1, gen),
                    wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    public List<WebhookAttempt> attempts() {
        synchronized (attempts) {
            return List.copyOf(attempts);
        }
    }

    /** Forgets recorded attempts and drops retries still pending. */
    public void reset() {
        generation.incrementAndGet();
        synchronized (attempts) {
            attempts.clear();
        }
    }
}
