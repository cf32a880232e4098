package id.gamestore.notification.delivery;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.notification.channel.OutboundMessage;
import id.gamestore.notification.channel.SendOutcome;
import id.gamestore.notification.channel.TemplateNames;
import id.gamestore.notification.channel.WhatsAppChannel;
import id.gamestore.support.logging.LogContext;
import id.gamestore.notification.template.MessageKind;
import id.gamestore.notification.template.RenderedMessage;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends due deliveries. Driven by the database: a poll every few seconds plus a wake-up right after new work is
 * committed, so retries survive restarts and a fresh message goes out at once. Each claimed delivery is sent on a
 * small pool; its outcome is recorded in its own transaction.
 */
@ApplicationScoped
public class DeliveryDispatcher {
    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

    @Inject
    DeliveryConfig config;
    @Inject
    DeliveryClaims claims;
    @Inject
    DeliveryService deliveries;
    @Inject
    BodyCipher bodies;
    @Inject
    RecipientPacer pacer;
    @Inject
    WhatsAppChannel whatsApp;
    @Inject
    EmailTransport email;
    @Inject
    TemplateNames templateNames;
    @Inject
    ThroughputLimiter throughput;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile ExecutorService loop;
    private volatile ExecutorService senders;
    private volatile java.util.concurrent.Semaphore permits;

    @jakarta.annotation.PostConstruct
    void init() {
        permits = new java.util.concurrent.Semaphore(config.concurrency());
    }

    /** Asks for a pass over due deliveries now (cheap; coalesces with a pass already running). */
    public void wake() {
        again.set(true);
        if (running.compareAndSet(false, true)) {
            loop().execute(this::drain);
        }
    }

    @Scheduled(every = "${notification.delivery.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (loop != null) {
            loop.shutdownNow();
        }
        if (senders != null) {
            senders.shutdownNow();
        }
    }

    private void drain() {
        try {
            while (again.getAndSet(false)) {
                int requested;
                List<DispatchTask> claimed;
                do {
                    awaitFreeSender();
                    requested = Math.min(permits.availablePermits(), config.batchSize());
                    claimed = claims.claimDue(requested, config.lease());
                    claimed.forEach(this::submit);
                } while (claimed.size() == requested);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warnf("dispatch pass stopped: %s", e.getMessage());
        } finally {
            running.set(false);
            if (again.get() && running.compareAndSet(false, true)) {
                loop().execute(this::drain);
            }
        }
    }

    private void awaitFreeSender() throws InterruptedException {
        permits.acquire();
        permits.release();
    }

    private void submit(DispatchTask task) {
        permits.acquireUninterruptibly();
        try {
            senders().execute(() -> {
                try {
                    dispatch(task);
                } finally {
                    permits.release();
                }
            });
        } catch (RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    void dispatch(DispatchTask task) {
        UUID id = task.id();
        try (var ignored = LogContext.of(task.orderId(), task.eventId(), task.correlationId())) {
            Instant started = Instant.now();
            if (task.kind().isWhatsApp()) {
                Duration wait = pacer.reserve(task.recipient());
                if (!wait.isZero()) {
                    deliveries.postpone(id, wait);
                    return;
                }
            }
            if (task.bodyEnvelope() == null) {
                deliveries.recordOutcome(id, "none", "none", new SendOutcome.Rejected("BODY_PURGED"), started);
                return;
            }
            RenderedMessage message;
            try {
                message = bodies.open(id, task.bodyEnvelope());
            } catch (CredentialCipher.EnvelopeException | UncheckedIOException e) {
                // no retry can ever send it: fail now (the fallback takes over and the body, maybe a password,
                // is purged) instead of re-claiming it every lease until BODY_RETENTION
                deliveries.recordOutcome(id, "none", "none", new SendOutcome.Rejected("BODY_UNREADABLE"), started);
                return;
            }
            if (task.kind() == MessageKind.FALLBACK_EMAIL) {
                SendOutcome outcome = email.send(task.recipient(), message.subject(), message.text());
                deliveries.recordOutcome(id, "email", "email", outcome, started);
                return;
            }
            boolean template = whatsApp.needsTemplateOutsideWindow() && (task.forceTemplate() || !task.windowOpen());
            OutboundMessage outbound = new OutboundMessage(id, task.recipient(), message.text(),
                    templateNames.name(task.kind()), templateNames.language(task.locale()), message.templateParams(),
                    template);
            throughput.acquire();
            SendOutcome outcome = whatsApp.send(outbound);
            deliveries.recordOutcome(id, whatsApp.name(), template ? "template" : "text", outcome, started);
            if (outcome instanceof SendOutcome.NeedsTemplate) {
                wake();
            }
        } catch (RuntimeException e) {
            LOG.warnf("delivery %s not sent this time: %s", id, e.getClass().getSimpleName());
        }
    }

    private ExecutorService loop() {
        if (loop == null) {
            synchronized (this) {
                if (loop == null) {
                    loop = Executors.newSingleThreadExecutor(named("delivery-dispatch"));
                }
            }
        }
        return loop;
    }

    private ExecutorService senders() {
        if (senders == null) {
            synchronized (this) {
                if (senders == null) {
                    senders = Executors.newFixedThreadPool(config.concurrency(), named("delivery-send"));
                }
            }
        }
        return senders;
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
