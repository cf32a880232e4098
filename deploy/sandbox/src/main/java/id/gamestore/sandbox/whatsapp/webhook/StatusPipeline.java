package id.gamestore.sandbox.whatsapp.webhook;

import id.gamestore.sandbox.whatsapp.faults.Faults;
import id.gamestore.sandbox.whatsapp.store.MessageRecord;
import id.gamestore.sandbox.whatsapp.store.StatusChange;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * Moves an accepted message through its statuses one after the other ({@code sent}, {@code delivered},
 * {@code read}, or a single {@code failed}), recording each in the timeline and handing it to a notifier that
 * posts the webhook. With reordering on, {@code delivered} is recorded on time but posted after {@code read}.
 */
public final class StatusPipeline {
    /** One planned status; {@code errorCode} only for {@code failed}. */
    public record Step(String status, Integer errorCode) {
    }

    private final ScheduledExecutorService scheduler;
    /** Waits before {@code sent}, {@code delivered} and {@code read}. */
    public record Delays(Duration sentDelay, Duration deliveredDelay, Duration readDelay) {
    }

    private final Delays options;
    private final Faults faults;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();

    public StatusPipeline(ScheduledExecutorService scheduler, Delays options, Faults faults,
            Clock clock) {
        this.scheduler = scheduler;
        this.options = options;
        this.faults = faults;
        this.clock = clock;
    }

    public void start(MessageRecord record, List<Step> steps, BiConsumer<MessageRecord, StatusChange> notifier) {
        Run run = new Run(record, steps, notifier, generation.get(), faults.reorderWebhooks());
        run.scheduleStep(0);
    }

    /** Stops every pipeline still running. */
    public void reset() {
        generation.incrementAndGet();
    }

    private Duration delayBefore(int index) {
        return switch (index) {
            case 0 -> options.sentDelay();
            case 1 -> options.deliveredDelay();
            default -> options.readDelay();
        };
    }

    private final class Run {
        private final MessageRecord record;
        private final List<Step> steps;
        private final BiConsumer<MessageRecord, StatusChange> notifier;
        private final long gen;
        private final boolean reorder;
        private StatusChange held;

        Run(MessageRecord record, List<Step> steps, BiConsumer<MessageRecord, StatusChange> notifier, long gen,
                boolean reorder) {
            this.record = record;
            this.steps = steps;
            this.notifier = notifier;
            this.gen = gen;
            this.reorder = reorder;
        }

        void scheduleStep(int index) {
            if (index >= steps.size()) {
                return;
            }
            scheduler.schedule(() -> runStep(index), delayBefore(index).toMillis(), TimeUnit.MILLISECONDS);
        }

        private void runStep(int index) {
            if (gen != generation.get()) {
                return;
            }
            Step step = steps.get(index);
            StatusChange change = record.addStatus(step.status(), clock.instant(), step.errorCode());
            boolean readFollows = index + 1 < steps.size() && "read".equals(steps.get(index + 1).status());
            if (reorder && "delivered".equals(step.status()) && readFollows) {
                held = change;
            } else {
                notifier.accept(record, change);
                if (held != null) {
                    notifier.accept(record, held);
                    held = null;
                }
            }
            scheduleStep(index + 1);
        }
    }
}
