package id.gamestore.provisioning.lifecycle;

import java.util.Optional;

import id.gamestore.provisioning.account.CustomerAccounts;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.placement.NodeCache;
import id.gamestore.provisioning.pterodactyl.PanelException;
import id.gamestore.provisioning.pterodactyl.PanelUser;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import id.gamestore.provisioning.pterodactyl.ServerBuild;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * TERMINATE: deletes the server ({@code DELETE servers/{id}}; one already gone counts as deleted), then the customer's
 * panel user when it owns nothing else and is one this product created for the customer (the rule compensation uses,
 * {@link PanelUser#deletableAs}); never a root admin. The user is looked at while the customer's account is held, so
 * an order of the same customer that is creating a server for that user right now is never left without it; when
 * the user goes, the account forgets it (in the transaction that ends the action) and a later order creates a new
 * one. Every step looks its target up again, so a run repeated after a crash or a transient error is safe.
 */
@ApplicationScoped
public class Termination {
    private final PterodactylClient panel;
    private final NodeCache nodes;
    private final CustomerAccounts accounts;
    private final LifecycleStore store;
    private final LifecycleService service;
    private final LifecycleConfig config;

    public Termination(PterodactylClient panel, NodeCache nodes, CustomerAccounts accounts, LifecycleStore store,
            LifecycleService service, LifecycleConfig config) {
        this.panel = panel;
        this.nodes = nodes;
        this.accounts = accounts;
        this.store = store;
        this.service = service;
        this.config = config;
    }

    ActionOutcome run(LifecycleJob action, String owner) {
        Optional<ServerBuild> server = panel.serverBuild(action.serverId);
        String serverDone;
        if (server.isPresent()) {
            String foreign = ServerCheck.notTheOrders(server.get(), action.orderId);
            if (foreign != null) {
                return new ActionOutcome.Failed(LifecycleFailure.PANEL_REJECTED, foreign);
            }
            if (!service.renewLease(action.id, owner)) {
                return new ActionOutcome.LeaseLost();
            }
            panel.deleteServer(action.serverId);
            nodes.invalidate();
            serverDone = "server " + action.serverId + " deleted";
        } else {
            serverDone = "server " + action.serverId + " was already gone from the panel";
        }
        String customerId = store.customerId(action);
        String holder = CustomerAccounts.lifecycleHolder(action.id);
        if (accounts.claim(customerId, holder).isEmpty()) {
            return new ActionOutcome.Later(config.accountRetry());
        }
        boolean handedOver = false;
        try {
            ActionOutcome outcome = user(action, owner, customerId, holder, serverDone);
            handedOver = outcome instanceof ActionOutcome.Completed;
            return outcome;
        } finally {
            if (!handedOver) {
                accounts.release(customerId, holder);
            }
        }
    }

    private ActionOutcome user(LifecycleJob action, String owner, String customerId, String holder,
            String serverDone) {
        String ours = ProvisioningJob.userExternalId(customerId);
        Optional<PanelUser> user = panel.userByExternalId(ours).flatMap(u -> panel.userWithServers(u.id()));
        if (user.isEmpty()) {
            return kept(serverDone + "; the customer has no panel user of ours", customerId, holder);
        }
        PanelUser u = user.get();
        if (!u.deletableAs(ours)) {
            return kept(serverDone + "; panel user " + u.id() + " kept (" + (u.rootAdmin() ? "root admin"
                    : "owns " + u.serverCount() + " other server(s)") + ")", customerId, holder);
        }
        if (!service.renewLease(action.id, owner)) {
            return new ActionOutcome.LeaseLost();
        }
        try {
            panel.deleteUser(u.id());
        } catch (PanelException e) {
            if (e.status() != 400) {
                throw e;
            }
            // 400: the panel still sees a server of the user (created since it was counted): the user stays
            return kept(serverDone + "; panel user " + u.id() + " kept (the panel refused: " + e.getMessage() + ")",
                    customerId, holder);
        }
        return new ActionOutcome.Completed(true, null, serverDone + "; panel user " + u.id() + " (" + u.username()
                + ") deleted, it owned nothing else", new ActionOutcome.AccountChange(customerId, holder, u.id()));
    }

    private static ActionOutcome kept(String detail, String customerId, String holder) {
        return new ActionOutcome.Completed(false, null, detail,
                new ActionOutcome.AccountChange(customerId, holder, null));
    }
}
