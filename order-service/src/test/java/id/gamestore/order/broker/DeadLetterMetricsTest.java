package id.gamestore.order.broker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.gamestore.contracts.messaging.Topology;
import id.gamestore.order.support.TestBroker;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The dashboard's DLQ panel reads what is really parked: a message put in the parking queue shows in the gauge. */
@QuarkusTest
class DeadLetterMetricsTest {
    private static final String DLQ = Topology.deadLetterQueue(Topology.ORDER_PROVISIONING_EVENTS_QUEUE);

    @Inject
    DeadLetterMetrics metrics;
    @Inject
    MeterRegistry registry;

    @Test
    void aParkedMessageShowsInTheGauge() throws Exception {
        try (TestBroker broker = new TestBroker()) {
            broker.drain(DLQ);
            metrics.refresh();
            assertThat(gauge()).isZero();

            broker.publish("", DLQ, "parked-1", "{\"parked\":true}");
            metrics.refresh();
            assertThat(gauge()).isEqualTo(1.0);
            broker.drain(DLQ);
        }
    }

    private double gauge() {
        return registry.get("broker.dlq.messages").tag("queue", DLQ).gauge().value();
    }
}
