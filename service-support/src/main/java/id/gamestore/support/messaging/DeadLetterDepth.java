package id.gamestore.support.messaging;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;

import id.gamestore.contracts.messaging.Topology;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Gauge {@code broker_dlq_messages{queue}}: how many messages are parked in the dead-letter queue of each of this
 * service's consumer queues ({@code <queue>.dlq}). The owner calls {@link #refresh} on its own schedule, so a scrape
 * never touches the broker. The value is NaN until the first read and while the broker cannot be asked (a dashboard
 * then shows a gap, not a reassuring zero).
 */
public final class DeadLetterDepth {
    private static final Logger LOG = Logger.getLogger(DeadLetterDepth.class);
    private static final long UNKNOWN = -1;

    /** Where the broker connection comes from (the service's own, already open one when it has one). */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection connection() throws IOException, TimeoutException;
    }

    private final Map<String, AtomicLong> depths = new LinkedHashMap<>();

    public DeadLetterDepth(MeterRegistry registry, List<String> consumerQueues) {
        for (String queue : consumerQueues) {
            AtomicLong depth = new AtomicLong(UNKNOWN);
            String dlq = Topology.deadLetterQueue(queue);
            depths.put(dlq, depth);
            Gauge.builder("broker.dlq.messages", depth, d -> d.get() == UNKNOWN ? Double.NaN : d.get())
                    .tag("queue", dlq).description("Messages parked in a dead-letter queue of this service")
                    .register(registry);
        }
    }

    /** Reads each dead-letter queue's depth on a channel of its own (a missing queue closes only that channel). */
    public void refresh(ConnectionSource source) {
        Connection connection;
        try {
            connection = source.connection();
        } catch (IOException | TimeoutException | RuntimeException e) {
            depths.values().forEach(d -> d.set(UNKNOWN));
            LOG.debugf("dead-letter depth not read, no broker connection: %s", e.getMessage());
            return;
        }
        for (Map.Entry<String, AtomicLong> entry : depths.entrySet()) {
            entry.getValue().set(read(connection, entry.getKey()));
        }
    }

    /** The last value read, -1 when unknown (for tests and logs). */
    public long depth(String deadLetterQueue) {
        AtomicLong depth = depths.get(deadLetterQueue);
        return depth == null ? UNKNOWN : depth.get();
    }

    private static long read(Connection connection, String dlq) {
        try (Channel channel = connection.createChannel()) {
            return channel.messageCount(dlq);
        } catch (IOException | TimeoutException | ShutdownSignalException e) {
            LOG.debugf("dead-letter depth of %s not read: %s", dlq, e.getMessage());
            return UNKNOWN;
        }
    }
}
