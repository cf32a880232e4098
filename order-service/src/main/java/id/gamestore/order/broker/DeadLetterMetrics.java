package id.gamestore.order.broker;

import java.util.List;

import id.gamestore.contracts.messaging.Topology;
import id.gamestore.support.messaging.DeadLetterDepth;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code broker_dlq_messages{queue}} for this service's parking queue, read every 30 seconds on the outbox's broker
 * connection (no extra connection).
 */
@ApplicationScoped
public class DeadLetterMetrics {
    private final BrokerConnection broker;
    private final DeadLetterDepth depth;

    DeadLetterMetrics(BrokerConnection broker, MeterRegistry registry) {
        this.broker = broker;
        this.depth = new DeadLetterDepth(registry, List.of(Topology.ORDER_PROVISIONING_EVENTS_QUEUE));
    }

    @Scheduled(every = "30s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        depth.refresh(broker::connection);
    }
}
