package id.gamestore.notification.intake;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import com.rabbitmq.client.Connection;

import id.gamestore.support.messaging.BrokerAddress;
import id.gamestore.support.messaging.DeadLetterDepth;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code broker_dlq_messages{queue}} for this service's parking queue, read every 30 seconds. The messaging connector's
 * connection is not reachable from here, so one small connection of its own is kept open (opened again after an
 * outage, on the next read).
 */
@ApplicationScoped
public class DeadLetterMetrics {
    private static final Logger LOG = Logger.getLogger(DeadLetterMetrics.class);

    private final BrokerConfig config;
    private final DeadLetterDepth depth;
    private Connection connection;

    DeadLetterMetrics(BrokerConfig config, MeterRegistry registry) {
        this.config = config;
        this.depth = new DeadLetterDepth(registry, List.of(TopologyDeclarer.QUEUE));
    }

    @Scheduled(every = "30s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        depth.refresh(this::connection);
    }

    private synchronized Connection connection() throws IOException, TimeoutException {
        if (connection == null || !connection.isOpen()) {
            close();
            connection = BrokerAddress.factory(config, Duration.ofSeconds(5)).newConnection("notification-service-metrics");
        }
        return connection;
    }

    @PreDestroy
    synchronized void close() {
        if (connection != null) {
            try {
                connection.abort(1000);
            } catch (RuntimeException e) {
                LOG.debug("closing the metrics connection failed", e);
            }
            connection = null;
        }
    }
}
