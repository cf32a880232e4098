package id.gamestore.provisioning.reset;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.contracts.crypto.CredentialEnvelope;
import id.gamestore.provisioning.account.CustomerAccounts;
import id.gamestore.provisioning.credentials.PasswordGenerator;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.notification.LoginDeliveryConfig;
import id.gamestore.provisioning.job.ProvisioningConfig;
import id.gamestore.provisioning.pterodactyl.PanelException;
import id.gamestore.provisioning.pterodactyl.PanelUser;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import id.gamestore.provisioning.pterodactyl.UserUpdate;
import id.gamestore.support.concurrent.PollingLoop;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.context.api.ManagedExecutorConfig;
import io.smallrye.context.api.NamedInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Drives stored resets from the database (no broker message is held meanwhile): one loop per instance claims due
 * resets one by one, every {@code CREDENTIAL_RESET_POLL} when idle, and sets a new password on the order's panel
 * user. Panel calls go through {@link PterodactylClient}, so they share the panel rate budget with the saga; the
 * reset's own backoff is the only retry layer. The loop runs on a Quarkus-managed executor (rather than
 * {@code @Scheduled}: the scheduler does not go below one second).
 */
@ApplicationScoped
public class CredentialResetProcessor {
    private static final Logger LOG = Logger.getLogger(CredentialResetProcessor.class);

    private final ResetStore store;
    private final CredentialResetService resets;
    private final PterodactylClient panel;
    private final PasswordGenerator passwords;
    private final CredentialCipher cipher;
    private final ProvisioningConfig config;
    private final ResetConfig resetConfig;
    private final CustomerAccounts accounts;
    private final LoginDeliveryConfig login;
    private final ManagedExecutor executor;
    private final String owner;
    private final PollingLoop loop;

    public CredentialResetProcessor(ResetStore store, CredentialResetService resets, PterodactylClient panel,
            PasswordGenerator passwords, CredentialCipher cipher, ProvisioningConfig config, ResetConfig resetConfig,
            CustomerAccounts accounts, LoginDeliveryConfig login,
            @ManagedExecutorConfig(maxAsync = 1, propagated = {}, cleared = ThreadContext.ALL_REMAINING)
            @NamedInstance("credential-reset") ManagedExecutor executor) {
        this.executor = executor;
        this.accounts = accounts;
        this.login = login;
        this.store = store;
        this.resets = resets;
        this.panel = panel;
        this.passwords = passwords;
        this.cipher = cipher;
        this.config = config;
        this.resetConfig = resetConfig;
        this.owner = config.instanceId().filter(s -> !s.isBlank())
                .orElse("i-" + UUID.randomUUID().toString().substring(0, 8)) + "/reset";
        this.loop = new PollingLoop("credential reset processor", resetConfig::resetPoll, this::turn);
    }

    /** Starts the loop; a restarted instance with a stable id first takes back the resets its last run held. */
    void onStart(@Observes StartupEvent event) {
        if (config.instanceId().filter(s -> !s.isBlank()).isPresent()) {
            store.reclaimPreviousRun(owner);
        }
        loop.start(executor);
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        loop.stop(Duration.ofSeconds(5));
    }

    /** One turn of the loop: claims a due reset and runs it; false when none is due. */
    private boolean turn() {
        Optional<Long> claim = store.claim(owner);
        claim.ifPresent(this::run);
        return claim.isPresent();
    }

    void run(long id) {
        CredentialReset reset = store.load(id);
        MDC.put("orderId", reset.orderId);
        MDC.put("eventId", String.valueOf(reset.eventId));
        MDC.put("correlationId", reset.correlationId);
        try {
            Optional<ResetTarget> target = store.target(reset.orderId);
            if (target.isEmpty()) {
                resets.failNotProvisioned(id, owner, reset.orderId);
                return;
            }
            try {
                reset(id, reset, target.get());
            } catch (PanelException e) {
                onPanelError(id, target.get(), e);
            }
        } catch (RuntimeException e) {
            LOG.warnf("credential reset %d: result not recorded (%s); handing it back", id,
                    e.getClass().getSimpleName());
            resets.handBack(id, owner, e.getClass().getSimpleName());
        } finally {
            MDC.remove("orderId");
            MDC.remove("eventId");
            MDC.remove("correlationId");
        }
    }

    /**
     * Holds the customer's account (one order or reset at a time may set their password), GETs the user (the PATCH
     * must re-send username, email, first and last name), refuses a user this product did not create or a root
     * admin, checks and renews the lease right before the PATCH, then commits DONE and the sealed password in the
     * outbox together. A crash (or lost lease) between the PATCH and that commit leaves the reset unfinished: it
     * runs again with another fresh password, the later password wins on the panel, and only that one is ever
     * sealed into an event. The plaintext lives only in this method's locals: never stored, never logged.
     */
    private void reset(long id, CredentialReset reset, ResetTarget target) {
        String customerId = target.customer().customerId();
        String holder = CustomerAccounts.resetHolder(id);
        if (accounts.claim(customerId, holder).isEmpty()) {
            resets.later(id, owner, login.claimRetry());
            return;
        }
        Optional<PanelUser> user = panel.user(target.panelUserId());
        if (user.isEmpty()) {
            resets.fail(id, owner, ResetFailure.PANEL_USER_MISSING, missing(target));
            return;
        }
        String ours = ProvisioningJob.userExternalId(customerId);
        if (user.get().rootAdmin() || !ours.equals(user.get().externalId())) {
            resets.fail(id, owner, ResetFailure.PANEL_REJECTED, "panel user " + user.get().id()
                    + " was not created by this product for this customer (external id " + user.get().externalId()
                    + (user.get().rootAdmin() ? ", root admin" : "") + "); a reset only changes users it created");
            return;
        }
        String password = passwords.generate();
        if (!resets.renewLease(id, owner)) {
            LOG.warnf("credential reset %d: lease lost before the panel update; another run finishes it", id);
            return;
        }
        accounts.issuing(customerId, holder, reset.orderId, reset.requestId);
        PanelUser updated = panel.updateUser(user.get().id(), UserUpdate.newPassword(user.get(), password));
        CredentialEnvelope sealed = cipher.seal(password, reset.orderId);
        resets.done(id, owner, target, updated.username(), sealed);
    }

    /** 404: the user is gone; timeouts, 5xx, 429: later, with backoff; any other 4xx: the panel's final word. */
    private void onPanelError(long id, ResetTarget target, PanelException e) {
        if (e.status() == 404) {
            resets.fail(id, owner, ResetFailure.PANEL_USER_MISSING, missing(target) + ": " + e.getMessage());
        } else if (e.isTransient()) {
            resets.retryLater(id, owner, e);
        } else {
            resets.fail(id, owner, ResetFailure.PANEL_REJECTED, "the panel refused the password update: "
                    + e.getMessage());
        }
    }

    private static String missing(ResetTarget target) {
        return "panel user " + target.panelUserId() + " of server " + target.server().identifier()
                + " no longer exists on the panel";
    }
}
