package id.gamestore.provisioning.broker;

import id.gamestore.support.messaging.ConsumerPacing;
import io.smallrye.config.ConfigMapping;

/** How the order.confirmed and credentials.reset-requested consumers pace a message ({@code provisioning.consumer.*}). */
@ConfigMapping(prefix = "provisioning.consumer")
public interface ConsumerConfig extends ConsumerPacing {
}
