package id.gamestore.notification.delivery;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Prometheus metrics: deliveries by kind and state reached, attempts by channel and outcome, fallbacks, and the
 * time from the provisioning event to sent and to delivered.
 */
@ApplicationScoped
public class DeliveryMetrics {
    private final MeterRegistry registry;

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void reached(Delivery d, DeliveryState state) {
        registry.counter("notification.deliveries", "kind", d.kind.name(), "state", state.name()).increment();
        if (d.eventOccurredAt == null) {
            return;
        }
        if (state == DeliveryState.SENT) {
            timer("notification.event.to.sent", d).record(since(d.eventOccurredAt));
        } else if (state == DeliveryState.DELIVERED) {
            timer("notification.event.to.delivered", d).record(since(d.eventOccurredAt));
        }
    }

    public void attempt(String channel, String outcome) {
        registry.counter("notification.attempts", "channel", channel, "outcome", outcome).increment();
    }

    public void fallback(String type) {
        registry.counter("notification.fallbacks", "type", type).increment();
    }

    /** A message nobody could be told about (the admin alert itself failed): page someone. */
    public void unrecoverable(Delivery d) {
        registry.counter("notification.unrecoverable", "kind", d.kind.name()).increment();
    }

    private Timer timer(String name, Delivery d) {
        return Timer.builder(name).tag("kind", d.kind.name()).publishPercentiles(0.5, 0.95)
                .register(registry);
    }

    private static Duration since(Instant at) {
        Duration d = Duration.between(at, Instant.now());
        return d.isNegative() ? Duration.ZERO : d;
    }
}
