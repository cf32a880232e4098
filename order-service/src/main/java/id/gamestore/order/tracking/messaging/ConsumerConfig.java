package id.gamestore.order.tracking.messaging;

import id.gamestore.support.messaging.ConsumerPacing;
import io.smallrye.config.ConfigMapping;

/** The provisioning-event consumer's pacing ({@code order.consumer.*}; the settings are service-support's). */
@ConfigMapping(prefix = "order.consumer")
public interface ConsumerConfig extends ConsumerPacing {
}
