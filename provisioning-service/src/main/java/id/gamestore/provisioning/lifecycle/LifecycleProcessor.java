package id.gamestore.provisioning.lifecycle;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import id.gamestore.contracts.events.LifecycleAction;
import id.gamestore.provisioning.job.ProvisioningConfig;
import id.gamestore.provisioning.pterodactyl.PanelException;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import id.gamestore.provisioning.pterodactyl.ServerBuild;
import id.gamestore.support.concurrent.PollingLoop;
import id.gamestore.support.logging.LogContext;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.context.api.ManagedExecutorConfig;
import io.smallrye.context.api.NamedInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Drives stored lifecycle actions from the database (no broker message is held meanwhile): one loop per instance
 * claims due actions one by one ({@code FOR UPDATE SKIP LOCKED}, a lease), every {@code LIFECYCLE_ACTION_POLL} when
 * idle, and acts on the panel through {@link PterodactylClient}, so lifecycle calls share the panel rate budget with
 * the saga. The action's own backoff is the only retry layer. Each action checks first that the server is the
 * order's, and renews its lease right before the call that changes the panel; a crashed instance's lease runs out
 * and another instance resumes the action (every panel call here is safe to repeat).
 */
@ApplicationScoped
public class LifecycleProcessor {
    private static final Logger LOG = Logger.getLogger(LifecycleProcessor.class);

    private final LifecycleStore store;
    private final LifecycleService service;
    private final PterodactylClient panel;
    private final Termination termination;
    private final BuildChange buildChange;
    private final LifecycleConfig config;
    private final ProvisioningConfig provisioning;
    private final ManagedExecutor executor;
    private final String owner;
    private final PollingLoop loop;

    public LifecycleProcessor(LifecycleStore store, LifecycleService service, PterodactylClient panel,
            Termination termination, BuildChange buildChange, LifecycleConfig config, ProvisioningConfig provisioning,
            @ManagedExecutorConfig(maxAsync = 1, propagated = {}, cleared = ThreadContext.ALL_REMAINING)
            @NamedInstance("lifecycle-actions") ManagedExecutor executor) {
        this.store = store;
        this.service = service;
        this.panel = panel;
        this.termination = termination;
        this.buildChange = buildChange;
        this.config = config;
        this.provisioning = provisioning;
        this.executor = executor;
        this.owner = provisioning.instanceId().filter(s -> !s.isBlank())
                .orElse("i-" + UUID.randomUUID().toString().substring(0, 8)) + "/lifecycle";
        this.loop = new PollingLoop("lifecycle processor", config::poll, this::turn);
    }

    /** Starts the loop; a restarted instance with a stable id first takes back the actions its last run held. */
    void onStart(@Observes StartupEvent event) {
        if (provisioning.instanceId().filter(s -> !s.isBlank()).isPresent()) {
            store.reclaimPreviousRun(owner);
        }
        loop.start(executor);
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        loop.stop(Duration.ofSeconds(5));
    }

    /** One turn of the loop: claims a due action and runs it; false when none is due. */
    private boolean turn() {
        Optional<Long> claim = store.claim(owner);
        claim.ifPresent(id -> run(id, owner));
        return claim.isPresent();
    }

    /**
     * Runs one action {@code owner} claimed ({@link LifecycleStore#claim}) and records how it ended; public so that a
     * test can play a second instance's processor.
     */
    public void run(long id, String owner) {
        LifecycleJob action = store.load(id);
        try (var ignored = LogContext.of(action.orderId, action.eventId, action.correlationId)) {
            try {
                record(id, owner, act(action, owner));
            } catch (PanelException e) {
                onPanelError(id, owner, action, e);
            } catch (RuntimeException e) {
                LOG.warnf("lifecycle action %s: result not recorded (%s); handing it back", action.actionId,
                        e.getClass().getSimpleName());
                service.handBack(id, owner, e.getClass().getSimpleName());
            }
        }
    }

    private ActionOutcome act(LifecycleJob action, String owner) {
        return switch (action.action) {
            case SUSPEND -> suspension(action, owner, true);
            case UNSUSPEND -> suspension(action, owner, false);
            case TERMINATE -> termination.run(action, owner);
            case CHANGE_BUILD -> buildChange.run(action, owner);
        };
    }

    /** SUSPEND / UNSUSPEND: the panel answers 204 also when the server already is so. */
    private ActionOutcome suspension(LifecycleJob action, String owner, boolean suspend) {
        Optional<ServerBuild> server = panel.serverBuild(action.serverId);
        if (server.isEmpty()) {
            return missing(action);
        }
        String foreign = ServerCheck.notTheOrders(server.get(), action.orderId);
        if (foreign != null) {
            return new ActionOutcome.Failed(LifecycleFailure.PANEL_REJECTED, foreign);
        }
        if (!service.renewLease(action.id, owner)) {
            return new ActionOutcome.LeaseLost();
        }
        boolean already = suspend == "suspended".equals(server.get().status());
        panel.suspension(action.serverId, suspend);
        return new ActionOutcome.Completed(false, null, "server " + action.serverId + (suspend ? " suspended"
                : " unsuspended") + " on the panel" + (already ? " (it already was)" : ""), null);
    }

    private void record(long id, String owner, ActionOutcome outcome) {
        if (outcome instanceof ActionOutcome.Completed done) {
            service.complete(id, owner, done);
        } else if (outcome instanceof ActionOutcome.Failed failed) {
            service.fail(id, owner, failed.reason(), failed.detail());
        } else if (outcome instanceof ActionOutcome.Later later) {
            service.later(id, owner, later.delay());
        } else {
            LOG.warnf("lifecycle action %d: lease lost before the panel call; another run finishes it", id);
        }
    }

    /**
     * 404: the server is gone (SERVER_MISSING; TERMINATE never gets here for its server, gone is done there);
     * timeouts, 5xx, 429: later, with backoff; any other 4xx: the panel's final word (PANEL_REJECTED).
     */
    private void onPanelError(long id, String owner, LifecycleJob action, PanelException e) {
        if (e.status() == 404 && action.action != LifecycleAction.TERMINATE) {
            record(id, owner, missing(action));
        } else if (e.isTransient()) {
            service.retryLater(id, owner, e);
        } else {
            service.fail(id, owner, LifecycleFailure.PANEL_REJECTED, "the panel refused " + action.action + " of server "
                    + action.serverId + ": " + e.getMessage());
        }
    }

    private static ActionOutcome missing(LifecycleJob action) {
        return new ActionOutcome.Failed(LifecycleFailure.SERVER_MISSING,
                "server " + action.serverId + " no longer exists on the panel");
    }
}
