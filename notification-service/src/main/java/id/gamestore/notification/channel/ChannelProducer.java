package id.gamestore.notification.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Picks the WhatsApp channel named by {@code WHATSAPP_CHANNEL}. */
@ApplicationScoped
public class ChannelProducer {

    @Produces
    @ApplicationScoped
    WhatsAppChannel channel(WhatsAppConfig config) {
        return switch (config.channel().trim().toLowerCase()) {
            case "cloud" -> new CloudApiChannel(config);
            case "waha" -> new WahaChannel(config);
            default -> throw new IllegalStateException(
                    "WHATSAPP_CHANNEL must be 'cloud' or 'waha', not '" + config.channel() + "'");
        };
    }
}
