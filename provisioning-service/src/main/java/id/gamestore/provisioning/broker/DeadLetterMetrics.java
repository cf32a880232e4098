package id.gamestore.provisioning.broker;

import java.util.List;

import id.gamestore.contracts.messaging.Topology;
import id.gamestore.support.messaging.DeadLetterDepth;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code broker_dlq_messages{queue}} for this service's three parking queues, read every 30 seconds on the service's
 * own broker connection (no extra connection).
 */
@ApplicationScoped
public class DeadLetterMetrics {
    static final List<String> QUEUES = List.of(Topology.PROVISIONING_ORDER_CONFIRMED_QUEUE,
            Topology.PROVISIONING_CREDENTIALS_RESET_QUEUE, Topology.PROVISIONING_LIFECYCLE_QUEUE);

    private final RabbitBroker broker;
    private final DeadLetterDepth depth;

    DeadLetterMetrics(RabbitBroker broker, MeterRegistry registry) {
        this.broker = broker;
        this.depth = new DeadLetterDepth(registry, QUEUES);
    }

    @Scheduled(every = "30s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        depth.refresh(broker::connection);
    }
}
