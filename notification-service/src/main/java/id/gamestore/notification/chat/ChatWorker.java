package id.gamestore.notification.chat;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.notification.chat.client.OrderChatClient;
import id.gamestore.notification.delivery.DeliveriesQueued;
import id.gamestore.support.concurrent.SerialRuns;
import id.gamestore.support.logging.LogContext;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Answers stored chat commands in the background, so the webhook that brought them answers at once. Driven by the
 * database like the delivery dispatcher: a poll plus a wake-up right after a command is stored; each claimed
 * command is asked of order-service on a small Quarkus-managed pool and its outcome recorded in its own transaction
 * ({@link ChatOutcomes}); the replies then go out through the delivery pipeline.
 */
@ApplicationScoped
public class ChatWorker {
    private static final Logger LOG = Logger.getLogger(ChatWorker.class);

    private final ChatConfig config;
    private final ChatCommands commands;
    private final ChatOutcomes outcomes;
    private final OrderChatClient orderService;
    private final Event<DeliveriesQueued> queued;
    private final Semaphore permits;
    /** Runs the claim pass and the calls on Quarkus's worker pool; stopped with the application. */
    private final ManagedExecutor executor;
    /** One pass at a time; a wake-up during a pass makes one more. */
    private final SerialRuns passes;

    public ChatWorker(ChatConfig config, ChatCommands commands, ChatOutcomes outcomes, OrderChatClient orderService,
            Event<DeliveriesQueued> queued) {
        this.config = config;
        this.commands = commands;
        this.outcomes = outcomes;
        this.orderService = orderService;
        this.queued = queued;
        this.permits = new Semaphore(config.concurrency());
        this.executor = ManagedExecutor.builder().maxAsync(config.concurrency() + 1)
                .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
        this.passes = new SerialRuns(executor, this::pass);
    }

    /** Asks for a pass over due commands now (cheap; coalesces with a pass already running). */
    public void wake() {
        if (!config.enabled()) {
            return;
        }
        passes.request();
    }

    @Scheduled(every = "${notification.chat.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    void onStop(@Observes ShutdownEvent event) {
        passes.stop();
        executor.shutdownNow();
    }

    private void pass() {
        try {
            List<ChatCommands.Claimed> claimed;
            int requested;
            do {
                permits.acquire();
                permits.release();
                requested = Math.max(1, permits.availablePermits());
                claimed = commands.claimDue(requested, config.lease());
                claimed.forEach(this::submit);
            } while (claimed.size() == requested);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warnf("chat pass stopped: %s", e.getClass().getSimpleName());
        }
    }

    private void submit(ChatCommands.Claimed claimed) {
        permits.acquireUninterruptibly();
        try {
            executor.execute(() -> {
                try {
                    answer(claimed);
                } finally {
                    permits.release();
                }
            });
        } catch (RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    void answer(ChatCommands.Claimed claimed) {
        try (var ignored = LogContext.of(null, claimed.id(), claimed.messageId())) {
            ChatCommands.Sealed sealed;
            try {
                sealed = commands.open(claimed);
            } catch (CredentialCipher.EnvelopeException | UncheckedIOException e) {
                outcomes.refused(claimed.id(), "TEXT_UNREADABLE");
                return;
            }
            OrderAnswer answer = orderService.ask(new ChatMessage(claimed.messageId(), claimed.sender(),
                    sealed.text(), sealed.pushName()));
            if (answer instanceof OrderAnswer.Answered answered) {
                int replies = outcomes.answered(claimed.id(), answered);
                if (replies > 0) {
                    queued.fire(new DeliveriesQueued(replies));
                }
            } else if (answer instanceof OrderAnswer.TryAgain tryAgain) {
                outcomes.tryAgain(claimed.id(), tryAgain);
            } else if (answer instanceof OrderAnswer.Refused refused) {
                outcomes.refused(claimed.id(), "HTTP_" + refused.status() + ":" + refused.code());
            }
        } catch (RuntimeException e) {
            LOG.warnf("chat command %s not answered this time: %s", claimed.messageId(), e.getClass().getSimpleName());
            try {
                // counts as a try, so a failure that keeps coming ends in GAVE_UP instead of looping
                outcomes.tryAgain(claimed.id(), new OrderAnswer.TryAgain("ERROR", java.util.Optional.empty()));
            } catch (RuntimeException stillFailing) {
                // the database is away too: the lease runs out and the command is claimed again
            }
        }
    }
}
