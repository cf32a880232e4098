package id.gamestore.notification.dispatch;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.notification.channel.EmailTransport;
import id.gamestore.notification.channel.OutboundMessage;
import id.gamestore.notification.channel.SendOutcome;
import id.gamestore.notification.channel.TemplateNames;
import id.gamestore.notification.channel.WhatsAppChannel;
import id.gamestore.support.concurrent.SerialRuns;
import id.gamestore.support.logging.LogContext;
import id.gamestore.notification.delivery.BodyCipher;
import id.gamestore.notification.delivery.DeliveriesQueued;
import id.gamestore.notification.delivery.DeliveryService;
import id.gamestore.notification.pacing.RecipientPacer;
import id.gamestore.notification.pacing.ThroughputLimiter;
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

    private final DispatchConfig config;
    private final DeliveryClaims claims;
    private final DeliveryService deliveries;
    private final AttemptRecorder attempts;
    private final BodyCipher bodies;
    private final RecipientPacer pacer;
    private final WhatsAppChannel whatsApp;
    private final EmailTransport email;
    private final TemplateNames templateNames;
    private final ThroughputLimiter throughput;

    private final Semaphore permits;
    /**
     * The dispatch pass and the sends run on Quarkus's worker pool through this executor; it propagates no context
     * (each pass and send opens its own transactions) and is stopped with the application.
     */
    private final ManagedExecutor executor;
    /** One pass at a time; a wake-up during a pass makes one more. */
    private final SerialRuns passes;

    public DeliveryDispatcher(DispatchConfig config, DeliveryClaims claims, DeliveryService deliveries,
            AttemptRecorder attempts, BodyCipher bodies, RecipientPacer pacer, WhatsAppChannel whatsApp,
            EmailTransport email, TemplateNames templateNames, ThroughputLimiter throughput) {
        this.config = config;
        this.claims = claims;
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.bodies = bodies;
        this.pacer = pacer;
        this.whatsApp = whatsApp;
        this.email = email;
        this.templateNames = templateNames;
        this.throughput = throughput;
        this.permits = new Semaphore(config.concurrency());
        // one dispatch pass plus the sends in flight
        this.executor = ManagedExecutor.builder().maxAsync(config.concurrency() + 1)
                .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
        this.passes = new SerialRuns(executor, this::pass);
    }

    /** Asks for a pass over due deliveries now (cheap; coalesces with a pass already running). */
    public void wake() {
        passes.request();
    }

    @Scheduled(every = "${notification.delivery.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    void onQueued(@Observes DeliveriesQueued event) {
        wake();
    }

    void onStop(@Observes ShutdownEvent event) {
        passes.stop();
        executor.shutdownNow();
    }

    private void pass() {
        try {
            int requested;
            List<DispatchTask> claimed;
            do {
                awaitFreeSender();
                requested = Math.min(permits.availablePermits(), config.batchSize());
                claimed = claims.claimDue(requested, config.lease());
                claimed.forEach(this::submit);
            } while (claimed.size() == requested);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warnf("dispatch pass stopped: %s", e.getMessage());
        }
    }

    private void awaitFreeSender() throws InterruptedException {
        permits.acquire();
        permits.release();
    }

    private void submit(DispatchTask task) {
        permits.acquireUninterruptibly();
        try {
            executor.execute(() -> {
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
                attempts.recordOutcome(id, "none", "none", new SendOutcome.Rejected("BODY_PURGED"), started);
                return;
            }
            RenderedMessage message;
            try {
                message = bodies.open(id, task.bodyEnvelope());
            } catch (CredentialCipher.EnvelopeException | UncheckedIOException e) {
                // no retry can ever send it: fail now (the fallback takes over and the body, maybe a password,
                // is purged) instead of re-claiming it every lease until BODY_RETENTION
                attempts.recordOutcome(id, "none", "none", new SendOutcome.Rejected("BODY_UNREADABLE"), started);
                return;
            }
            if (task.kind() == MessageKind.FALLBACK_EMAIL) {
                SendOutcome outcome = email.send(task.recipient(), message.subject(), message.text());
                attempts.recordOutcome(id, "email", "email", outcome, started);
                return;
            }
            boolean template = !task.kind().freeForm() && whatsApp.needsTemplateOutsideWindow()
                    && (task.forceTemplate() || !task.windowOpen());
            OutboundMessage outbound = new OutboundMessage(id, task.recipient(), message.text(),
                    templateNames.name(task.kind()), templateNames.language(task.locale()), message.templateParams(),
                    template);
            throughput.acquire();
            SendOutcome outcome = whatsApp.send(outbound);
            attempts.recordOutcome(id, whatsApp.name(), template ? "template" : "text", outcome, started);
            if (outcome instanceof SendOutcome.NeedsTemplate) {
                wake();
            }
        } catch (RuntimeException e) {
            LOG.warnf("delivery %s not sent this time: %s", id, e.getClass().getSimpleName());
        }
    }
}
