package id.gamestore.provisioning.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;

import id.gamestore.contracts.events.PackageRef;
import id.gamestore.contracts.events.ProvisioningStarted;
import id.gamestore.contracts.messaging.Topology;
import id.gamestore.provisioning.outbox.OutboxWriter;
import id.gamestore.provisioning.support.Db;
import id.gamestore.provisioning.support.EventQueuesResource;
import id.gamestore.provisioning.support.Orders;
import id.gamestore.provisioning.support.SandboxResource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * A provisioning event never vanishes because its consumers' queues do not exist yet: the service declares them at
 * start-up, and a publish that no queue takes (the broker returns it) stays in the outbox until one is bound. No
 * other queue is bound on the test vhost here (no test client), as on a broker where only this service ever ran.
 */
@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
@QuarkusTestResource(value = EventQueuesResource.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProvisioningEventQueuesTest {
    static Connection connection;
    static Channel channel;

    @Inject
    Db db;
    @Inject
    OutboxWriter outbox;
    @Inject
    MeterRegistry registry;

    @BeforeAll
    static void connect() throws Exception {
        connection = EventQueuesResource.connect();
        channel = connection.createChannel();
    }

    @AfterAll
    static void disconnect() throws Exception {
        connection.close();
    }

    @BeforeEach
    void cleanState() {
        db.clean();
    }

    @Test
    @Order(1)
    void eventPublishedBeforeItsConsumersEverStartedWaitsInTheirQueues() throws Exception {
        for (String queue : Topology.PROVISIONING_EVENT_QUEUES) {
            // the same declaration as the owning service's: refused (channel closed) if the arguments differed
            channel.queueDeclare(queue, true, false, false, Topology.consumerQueueArguments(queue));
            channel.queuePurge(queue);
        }
        ProvisioningStarted event = store();

        await().atMost(Duration.ofSeconds(10)).until(() -> db.unsentOutbox() == 0);
        for (String queue : Topology.PROVISIONING_EVENT_QUEUES) {
            GetResponse message = channel.basicGet(queue, true);
            assertThat(message).as("event waiting in " + queue).isNotNull();
            assertThat(message.getProps().getMessageId()).isEqualTo(event.eventId().toString());
            assertThat(channel.basicGet(queue, true)).as("exactly one in " + queue).isNull();
        }
    }

    @Test
    @Order(2)
    void eventThatNoQueueTakesStaysInTheOutboxUntilAQueueIsBound() throws Exception {
        EventQueuesResource.deleteEventQueues();
        double returnedBefore = returned();
        ProvisioningStarted event = store();

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> db.unsentOutbox() == 1);
        assertThat(returned()).as("returned publishes counted").isGreaterThan(returnedBefore);

        String queue = Topology.NOTIFICATION_PROVISIONING_EVENTS_QUEUE;
        channel.queueDeclare(queue, true, false, false, Topology.consumerQueueArguments(queue));
        channel.queueBind(queue, Topology.PROVISIONING_EXCHANGE, "provisioning.#");
        await().atMost(Duration.ofSeconds(10)).until(() -> db.unsentOutbox() == 0);
        GetResponse message = channel.basicGet(queue, true);
        assertThat(message).isNotNull();
        assertThat(message.getProps().getMessageId()).isEqualTo(event.eventId().toString());
        assertThat(channel.basicGet(queue, true)).isNull();
    }

    private ProvisioningStarted store() {
        ProvisioningStarted event = ProvisioningStarted.of("ORD-Q-" + System.nanoTime(), "corr-q", "job-q",
                Orders.newCustomer(true), new PackageRef("mc-basic", "Minecraft Basic", "minecraft", 1));
        QuarkusTransaction.requiringNew().run(() -> outbox.add(event));
        return event;
    }

    private double returned() {
        Counter counter = registry.find("provisioning.outbox.returned").counter();
        return counter == null ? 0 : counter.count();
    }
}
