package id.gamestore.notification.recipient;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The store this service sends for. */
@ConfigMapping(prefix = "notification.store")
public interface StoreConfig {
    /** The store admin's WhatsApp number (E.164 or digits): support contact in messages and target of alerts. */
    Optional<String> adminPhone();
}
