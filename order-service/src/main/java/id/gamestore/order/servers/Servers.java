package id.gamestore.order.servers;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import id.gamestore.order.servers.client.ServersClient;

/**
 * A customer's server as provisioning-service sees it now: live status and power actions. Never fails a chat reply:
 * when provisioning-service is not configured, cannot be reached in {@code order.provisioning.server-timeout}, or the
 * panel behind it is away, the answer says the status is unavailable (and the power action was not done).
 */
@ApplicationScoped
public class Servers {
    private static final Logger LOG = Logger.getLogger(Servers.class);

    /** The power signals provisioning-service takes. */
    public enum Signal {
        START, STOP, RESTART;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final ServersClient client;

    Servers(ServersClient client) {
        this.client = client;
    }

    public ServerLookup status(String identifier) {
        if (!client.configured()) {
            return ServerLookup.found(ServerStatus.unavailable(identifier, ServerStatus.PROVISIONING_NOT_CONFIGURED));
        }
        ServerLookup lookup = client.status(identifier);
        if (lookup.status() != null && !lookup.status().available()) {
            LOG.infof("status of server %s unavailable: %s", identifier, lookup.status().reason());
        }
        return lookup;
    }

    public PowerResult power(String identifier, Signal signal) {
        if (!client.configured()) {
            return PowerResult.UNAVAILABLE;
        }
        PowerResult result = client.power(identifier, signal.wire());
        LOG.infof("power %s of server %s: %s", signal.wire(), identifier, result);
        return result;
    }
}
