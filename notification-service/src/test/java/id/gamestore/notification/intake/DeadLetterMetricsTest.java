package id.gamestore.notification.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.gamestore.contracts.messaging.Topology;
import id.gamestore.notification.support.TestBroker;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The dashboard's DLQ panel reads what is really parked: a message put in the parking queue shows in the gauge. */
@QuarkusTest
class DeadLetterMetricsTest {
    private static final String DLQ = Topology.deadLetterQueue(TestBroker.QUEUE);

    @Inject
    DeadLetterMetrics metrics;
    @Inject
    MeterRegistry registry;

    @Test
    void aParkedMessageShowsInTheGauge() {
        TestBroker.purgeQueues();
        metrics.refresh();
        assertThat(gauge()).isZero();

        TestBroker.publishRaw("", DLQ, "{\"parked\":true}", "parked-1");
        metrics.refresh();
        assertThat(gauge()).isEqualTo(1.0);
        TestBroker.purgeQueues();
    }

    private double gauge() {
        return registry.get("broker.dlq.messages").tag("queue", DLQ).gauge().value();
    }
}
