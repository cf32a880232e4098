package id.gamestore.provisioning.server;

import org.jboss.logging.Logger;

import id.gamestore.provisioning.pterodactyl.PanelConfig;
import id.gamestore.provisioning.pterodactyl.PanelException;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends a customer's power action to their server through the panel's client API, once, within
 * {@link ServerStatusConfig#timeout()} (no retry: a repeated start or restart is the customer's call). The caller has
 * already checked that the server is the customer's. Whatever the outcome, the server's cached status is dropped so the
 * next status shows the new state.
 */
@ApplicationScoped
public class ServerPowerService {
    private static final Logger LOG = Logger.getLogger(ServerPowerService.class);

    private final PterodactylClient panel;
    private final PanelConfig panelConfig;
    private final ServerStatusConfig config;
    private final ServerStatusService statuses;

    public ServerPowerService(PterodactylClient panel, PanelConfig panelConfig, ServerStatusConfig config,
            ServerStatusService statuses) {
        this.panel = panel;
        this.panelConfig = panelConfig;
        this.config = config;
        this.statuses = statuses;
    }

    /**
     * @param identifier already normalised ({@link ServerIdentifiers})
     * @throws ServerNotFoundException    the panel has no such server
     * @throws ServerNotReadyException    the panel refuses while the server is suspended, installing, ...
     * @throws PanelUnavailableException  the panel could not be asked
     */
    public void send(String identifier, PowerSignal signal) {
        if (panelConfig.clientApiKey().filter(k -> !k.isBlank()).isEmpty()) {
            throw new PanelUnavailableException(UnavailableReason.CLIENT_KEY_NOT_CONFIGURED);
        }
        try {
            panel.power(identifier, signal.wire(), config.timeout());
            LOG.infof("power %s sent to server %s", signal.wire(), identifier);
        } catch (PanelException e) {
            if (e.status() == 404) {
                throw new ServerNotFoundException(identifier);
            }
            if (e.status() == 409) {
                throw new ServerNotReadyException(identifier, NotReadyReason.of(e.detail()));
            }
            UnavailableReason reason = UnavailableReason.of(e);
            LOG.warnf("power %s for server %s not sent: %s (%s %s)", signal.wire(), identifier, reason, e.status(),
                    e.code());
            throw new PanelUnavailableException(reason);
        } finally {
            statuses.invalidate(identifier);
        }
    }
}
