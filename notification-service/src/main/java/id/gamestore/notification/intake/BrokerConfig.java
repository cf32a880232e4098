package id.gamestore.notification.intake;

import id.gamestore.support.messaging.BrokerAddress;
import id.gamestore.support.messaging.ConsumerPacing;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The broker connection used to declare the topology, and the consumer's requeue and hold pacing. */
@ConfigMapping(prefix = "notification.broker")
public interface BrokerConfig extends BrokerAddress, ConsumerPacing {
    /** Redeliveries before a message is parked in the dead-letter queue. */
    @WithDefault("5")
    int deliveryLimit();
}
