package id.gamestore.sandbox.whatsapp.faults;

import id.gamestore.sandbox.support.DaemonThreads;
import id.gamestore.sandbox.support.Json;
import id.gamestore.sandbox.whatsapp.store.Phones;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Run-time fault switches, shared by both faces. Every setter returns {@code this} for chaining. */
public final class Faults {
    public static final String SESSION_WORKING = "WORKING";

    private final Map<String, RecipientOutcome> recipients = new ConcurrentHashMap<>();
    private final Deque<FaultKind> next = new ArrayDeque<>();
    private volatile Duration latency = Duration.ZERO;
    private volatile boolean duplicateWebhooks;
    private volatile boolean reorderWebhooks;
    private volatile boolean wrongSignature;
    private volatile String wahaSessionStatus = SESSION_WORKING;

    public Faults undeliverable(String phone) {
        return recipient(phone, RecipientOutcome.UNDELIVERABLE);
    }

    public Faults recipient(String phone, RecipientOutcome outcome) {
        recipients.put(Phones.digits(phone), outcome);
        return this;
    }

    public RecipientOutcome outcomeFor(String phone) {
        return recipients.getOrDefault(Phones.digits(phone), RecipientOutcome.NORMAL);
    }

    /** The next {@code count} send calls (either face) fail with {@code kind}, after earlier queued faults. */
    public synchronized Faults failNext(int count, FaultKind kind) {
        for (int i = 0; i < count; i++) {
            next.addLast(kind);
        }
        return this;
    }

    /** Takes the fault for this send call, or null. */
    public synchronized FaultKind takeNext() {
        return next.pollFirst();
    }

    public synchronized int pendingFaults() {
        return next.size();
    }

    public Faults latency(Duration added) {
        latency = added == null ? Duration.ZERO : added;
        return this;
    }

    public Duration latency() {
        return latency;
    }

    /** Every webhook is posted twice. */
    public Faults duplicateWebhooks(boolean on) {
        duplicateWebhooks = on;
        return this;
    }

    public boolean duplicateWebhooks() {
        return duplicateWebhooks;
    }

    /** {@code read} is posted before {@code delivered} (both keep their true timestamps). */
    public Faults reorderWebhooks(boolean on) {
        reorderWebhooks = on;
        return this;
    }

    public boolean reorderWebhooks() {
        return reorderWebhooks;
    }

    /** Webhooks carry a signature made with the wrong key: a receiver must reject them. */
    public Faults wrongSignature(boolean on) {
        wrongSignature = on;
        return this;
    }

    public boolean wrongSignature() {
        return wrongSignature;
    }

    /** WAHA session state: anything but WORKING makes {@code sendText} answer 422. */
    public Faults wahaSessionStatus(String status) {
        wahaSessionStatus = status == null ? SESSION_WORKING : status;
        return this;
    }

    public String wahaSessionStatus() {
        return wahaSessionStatus;
    }

    /** Adds the configured latency to the calling request. */
    public void applyLatency() {
        DaemonThreads.pause(latency.toMillis());
    }

    public synchronized void clear() {
        recipients.clear();
        next.clear();
        latency = Duration.ZERO;
        duplicateWebhooks = false;
        reorderWebhooks = false;
        wrongSignature = false;
        wahaSessionStatus = SESSION_WORKING;
    }

    public synchronized Map<String, Object> describe() {
        List<String> queued = next.stream().map(Enum::name).toList();
        return Json.obj("recipients", new TreeMap<>(recipients), "next", queued, "latencyMs", latency.toMillis(),
                "duplicateWebhooks", duplicateWebhooks, "reorderWebhooks", reorderWebhooks,
                "wrongSignature", wrongSignature, "wahaSessionStatus", wahaSessionStatus);
    }
}
