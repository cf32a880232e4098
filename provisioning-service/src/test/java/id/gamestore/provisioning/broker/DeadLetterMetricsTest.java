package id.gamestore.provisioning.broker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;

import id.gamestore.contracts.messaging.Topology;
import id.gamestore.provisioning.support.EventQueuesResource;
import id.gamestore.provisioning.support.SandboxResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The dashboard's DLQ panel reads what is really parked: a message put in a parking queue shows in the gauge. */
@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
class DeadLetterMetricsTest {
    @Inject
    DeadLetterMetrics metrics;
    @Inject
    MeterRegistry registry;

    @Test
    void aParkedMessageShowsInTheGaugeOfItsQueue() throws Exception {
        String dlq = Topology.deadLetterQueue(Topology.PROVISIONING_LIFECYCLE_QUEUE);
        try (Connection connection = EventQueuesResource.connect(); Channel channel = connection.createChannel()) {
            channel.queuePurge(dlq);
            metrics.refresh();
            assertThat(gauge(dlq)).isZero();

            channel.confirmSelect();
            channel.basicPublish("", dlq, null, "{\"parked\":true}".getBytes());
            channel.basicPublish("", dlq, null, "{\"parked\":true}".getBytes());
            channel.waitForConfirmsOrDie(5000);
            metrics.refresh();
            assertThat(gauge(dlq)).isEqualTo(2.0);
            // another parking queue shows its own depth (other tests of the suite may have parked messages there)
            String other = Topology.deadLetterQueue(Topology.PROVISIONING_ORDER_CONFIRMED_QUEUE);
            assertThat(gauge(other)).isEqualTo((double) channel.messageCount(other));
        } finally {
            try (Connection connection = EventQueuesResource.connect(); Channel channel = connection.createChannel()) {
                channel.queuePurge(dlq);
            }
        }
    }

    private double gauge(String queue) {
        return registry.get("broker.dlq.messages").tag("queue", queue).gauge().value();
    }
}
