package id.gamestore.provisioning.server;

import java.time.Duration;
import java.util.Optional;

import org.jboss.logging.Logger;

import id.gamestore.provisioning.pterodactyl.ClientServer;
import id.gamestore.provisioning.pterodactyl.PanelConfig;
import id.gamestore.provisioning.pterodactyl.PanelException;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import id.gamestore.provisioning.pterodactyl.ServerResources;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Asks the panel's client API about one server, the way the panel answers (its {@code AuthenticateServerAccess}):
 * the server view first, which is answered in every state and says installing or suspended; then live usage, which
 * the panel gives for a suspended server too but refuses (409) while installing, so that call is skipped then. One
 * deadline covers both calls; nothing is retried (someone is waiting in a chat).
 */
@ApplicationScoped
public class ServerLookup {
    private static final Logger LOG = Logger.getLogger(ServerLookup.class);
    private static final Duration SHORTEST_CALL = Duration.ofMillis(50);

    private final PterodactylClient panel;
    private final PanelConfig panelConfig;
    private final ServerStatusConfig config;

    public ServerLookup(PterodactylClient panel, PanelConfig panelConfig, ServerStatusConfig config) {
        this.panel = panel;
        this.panelConfig = panelConfig;
        this.config = config;
    }

    /** The server's status, or empty when the panel has no server with this identifier. */
    Optional<ServerStatus> read(String identifier) {
        if (panelConfig.clientApiKey().filter(k -> !k.isBlank()).isEmpty()) {
            return Optional.of(ServerStatus.unavailable(identifier, UnavailableReason.CLIENT_KEY_NOT_CONFIGURED));
        }
        long deadline = System.nanoTime() + config.timeout().toNanos();
        ClientServer server;
        try {
            server = panel.clientServer(identifier, remaining(deadline));
        } catch (PanelException e) {
            return e.status() == 404 ? Optional.empty() : Optional.of(unavailable(identifier, e));
        }
        if (server.installing()) {
            return Optional.of(ServerStatus.withoutUsage(identifier, "installing", server));
        }
        ServerResources usage;
        try {
            usage = panel.resources(identifier, remaining(deadline));
        } catch (PanelException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            if (e.status() == 409) {
                return Optional.of(conflict(identifier, server, e));
            }
            return Optional.of(unavailable(identifier, e));
        }
        String state = server.suspended() || usage.suspended() ? "suspended" : powerState(usage.currentState());
        return Optional.of(ServerStatus.of(identifier, state, server, usage));
    }

    /** The state changed between the two calls, or the server is restoring a backup or being transferred. */
    private static ServerStatus conflict(String identifier, ClientServer server, PanelException e) {
        String why = NotReadyReason.of(e.detail());
        if (server.suspended() || why.equals(NotReadyReason.SUSPENDED)) {
            return ServerStatus.withoutUsage(identifier, "suspended", server);
        }
        if (why.equals(NotReadyReason.INSTALLING)) {
            return ServerStatus.withoutUsage(identifier, "installing", server);
        }
        return ServerStatus.unavailable(identifier, UnavailableReason.SERVER_BUSY);
    }

    /** Wings' states; the panel says {@code stopped} when Wings reported none. */
    private static String powerState(String wings) {
        return switch (wings) {
            case "running", "starting", "stopping", "offline" -> wings;
            default -> "offline";
        };
    }

    private static ServerStatus unavailable(String identifier, PanelException e) {
        UnavailableReason reason = UnavailableReason.of(e);
        LOG.infof("live status of server %s not available: %s (%s %s)", identifier, reason, e.status(), e.code());
        return ServerStatus.unavailable(identifier, reason);
    }

    private static Duration remaining(long deadline) {
        Duration left = Duration.ofNanos(deadline - System.nanoTime());
        return left.compareTo(SHORTEST_CALL) < 0 ? SHORTEST_CALL : left;
    }
}
