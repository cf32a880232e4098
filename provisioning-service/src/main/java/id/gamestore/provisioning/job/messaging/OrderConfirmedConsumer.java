package id.gamestore.provisioning.job.messaging;

import id.gamestore.provisioning.broker.QueueConsumer;

import id.gamestore.provisioning.broker.RabbitConfig;

import id.gamestore.provisioning.broker.RabbitBroker;

import java.io.IOException;

import id.gamestore.contracts.events.EventTypes;
import id.gamestore.contracts.events.OrderConfirmed;
import id.gamestore.contracts.messaging.Topology;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code provisioning-service.order-confirmed}: stores the job and acks. Provisioning itself never runs while the
 * message is held; workers drive it from the database.
 */
@ApplicationScoped
public class OrderConfirmedConsumer {
    private final QueueConsumer<OrderConfirmed> consumer;

    public OrderConfirmedConsumer(RabbitBroker broker, RabbitConfig config, OrderConfirmedHandler handler) {
        this.consumer = new QueueConsumer<>(broker, config, Topology.PROVISIONING_ORDER_CONFIRMED_QUEUE,
                EventTypes.ORDER_CONFIRMED, OrderConfirmed.class, handler::handle);
    }

    void onStart(@Observes StartupEvent event) throws IOException {
        consumer.open("provisioning-service");
    }

    void onStop(@Observes ShutdownEvent event) {
        consumer.close();
    }
}
