package id.gamestore.notification.chat;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/**
 * Stops start-up when chat commands are on but order-service cannot be reached: a store that switched the
 * conversation on must not find out from customers that nobody answers.
 */
@Startup
@Singleton
public class ChatSettingsCheck {
    private static final Logger LOG = Logger.getLogger(ChatSettingsCheck.class);

    ChatSettingsCheck(ChatConfig config) {
        List<String> missing = missing(config);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("CHAT_COMMANDS is on but " + String.join(" and ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " not set: set "
                    + (missing.size() == 1 ? "it" : "them") + " or switch CHAT_COMMANDS off");
        }
        if (config.enabled()) {
            LOG.infof("chat commands on: commands typed on the store's number go to %s", config.orderUrl().get());
        }
    }

    /** The variables chat commands need and lack (none when they are off). */
    static List<String> missing(ChatConfig config) {
        List<String> missing = new ArrayList<>();
        if (config.enabled()) {
            if (config.orderUrl().filter(u -> !u.isBlank()).isEmpty()) {
                missing.add("CHAT_ORDER_URL");
            }
            if (config.orderApiKey().filter(k -> !k.isBlank()).isEmpty()) {
                missing.add("CHAT_ORDER_API_KEY");
            }
        }
        return missing;
    }
}
