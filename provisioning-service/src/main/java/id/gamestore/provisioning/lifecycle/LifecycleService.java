package id.gamestore.provisioning.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jboss.logging.Logger;

import id.gamestore.contracts.events.LifecycleActionCompleted;
import id.gamestore.contracts.events.LifecycleActionFailed;
import id.gamestore.provisioning.account.CustomerAccounts;
import id.gamestore.provisioning.outbox.OutboxWriter;
import id.gamestore.provisioning.pterodactyl.PanelException;
import id.gamestore.support.retry.Backoff;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * How a run of a lifecycle action ends: the action ends DONE or FAILED together with its one event in the outbox, or
 * goes back for a later run. Only the processor holding the action's lease may end it, so an action resumed elsewhere
 * after a lost lease never publishes twice.
 */
@ApplicationScoped
public class LifecycleService {
    private static final Logger LOG = Logger.getLogger(LifecycleService.class);
    static final String DONE = "DONE";

    private final EntityManager em;
    private final LifecycleConfig config;
    private final OutboxWriter outbox;
    private final MeterRegistry registry;
    private final CustomerAccounts accounts;

    public LifecycleService(EntityManager em, LifecycleConfig config, OutboxWriter outbox, MeterRegistry registry,
            CustomerAccounts accounts) {
        this.em = em;
        this.config = config;
        this.outbox = outbox;
        this.registry = registry;
        this.accounts = accounts;
    }

    /** Ends the action with {@code lifecycle.action-completed}; @return false when the lease was lost. */
    @Transactional
    public boolean complete(long id, String owner, ActionOutcome.Completed done) {
        LifecycleJob action = leased(id, owner);
        if (action == null) {
            return false;
        }
        String detail = truncate(done.detail());
        outbox.add(LifecycleActionCompleted.of(action.orderId, action.correlationId, action.actionId, action.action,
                action.serverId, done.userDeleted(), done.limits(), detail));
        ActionOutcome.AccountChange account = done.account();
        if (account != null) {
            if (account.forgottenUserId() != null) {
                accounts.forget(account.customerId(), account.forgottenUserId());
            }
            accounts.release(account.customerId(), account.holder());
        }
        action.userDeleted = done.userDeleted();
        end(action, LifecycleState.DONE, null, detail);
        LOG.infof("lifecycle action %s (%s of server %d) done: %s", action.actionId, action.action, action.serverId,
                detail);
        return true;
    }

    /** Ends the action with {@code lifecycle.action-failed}; @return false when the lease was lost. */
    @Transactional
    public boolean fail(long id, String owner, LifecycleFailure reason, String adminDetail) {
        LifecycleJob action = leased(id, owner);
        if (action == null) {
            return false;
        }
        String detail = truncate(adminDetail);
        outbox.add(LifecycleActionFailed.of(action.orderId, action.correlationId, action.actionId, action.action,
                action.serverId, reason.name(), detail));
        end(action, LifecycleState.FAILED, reason, detail);
        LOG.warnf("lifecycle action %s (%s of server %d) failed, %s: %s", action.actionId, action.action,
                action.serverId, reason, detail);
        return true;
    }

    /**
     * A transient panel error (5xx, 429, timeout): tries again after the backoff (never before the panel's
     * Retry-After), or fails with PANEL_UNAVAILABLE once {@code LIFECYCLE_ACTION_RETRY_ATTEMPTS} retries are used up.
     */
    @Transactional
    public void retryLater(long id, String owner, PanelException error) {
        LifecycleJob action = leased(id, owner);
        if (action == null) {
            return;
        }
        action.attempts++;
        if (action.attempts > config.retryAttempts()) {
            fail(id, owner, LifecycleFailure.PANEL_UNAVAILABLE,
                    "gave up after " + action.attempts + " attempts: " + error.getMessage());
            return;
        }
        action.lastError = truncate(error.getMessage());
        release(action, Backoff.delay(action.attempts, config.retryInitialDelay(), config.retryMaxDelay(),
                error.retryAfter()));
        LOG.infof("lifecycle action %s: transient panel error (attempt %d), retrying at %s: %s", action.actionId,
                action.attempts, action.nextRunAt, error.getMessage());
    }

    /** Another order holds the customer's account: look again soon, without using up an attempt. */
    @Transactional
    public void later(long id, String owner, Duration delay) {
        LifecycleJob action = leased(id, owner);
        if (action != null) {
            release(action, delay);
        }
    }

    /**
     * Right before a call that changes the panel: true only while {@code owner} still holds the action, and then the
     * lease is renewed so that the call (bounded by the rate-budget wait and the read timeout) lands inside it.
     */
    @Transactional
    public boolean renewLease(long id, String owner) {
        LifecycleJob action = leased(id, owner);
        if (action == null || action.leaseUntil == null || action.leaseUntil.isBefore(Instant.now())) {
            return false;
        }
        action.leaseUntil = Instant.now().plus(config.lease());
        action.updatedAt = Instant.now();
        return true;
    }

    /** Hands the action back without a result (unexpected error); it runs again after a backoff. */
    @Transactional
    public void handBack(long id, String owner, String error) {
        LifecycleJob action = leased(id, owner);
        if (action != null) {
            action.lastError = truncate(error);
            release(action, Backoff.delay(action.attempts + 1, config.retryInitialDelay(), config.retryMaxDelay(),
                    Optional.empty()));
        }
    }

    private LifecycleJob leased(long id, String owner) {
        LifecycleJob action = em.find(LifecycleJob.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (action == null || action.state != LifecycleState.RUNNING || !owner.equals(action.leaseOwner)) {
            LOG.warnf("lifecycle action %d: lease lost, result dropped", id);
            return null;
        }
        return action;
    }

    private void release(LifecycleJob action, Duration delay) {
        action.leaseOwner = null;
        action.leaseUntil = null;
        action.nextRunAt = Instant.now().plus(delay);
        action.updatedAt = Instant.now();
    }

    private void end(LifecycleJob action, LifecycleState state, LifecycleFailure reason, String detail) {
        action.state = state;
        action.failureReason = reason == null ? null : reason.name();
        action.detail = detail;
        action.leaseOwner = null;
        action.leaseUntil = null;
        action.finishedAt = Instant.now();
        action.updatedAt = action.finishedAt;
        Counter.builder("provisioning.lifecycle.actions").tag("action", action.action.name())
                .tag("outcome", reason == null ? DONE : reason.name())
                .description("Lifecycle actions (suspend, unsuspend, terminate, build change) by outcome")
                .register(registry).increment();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1900 ? s : s.substring(0, 1900);
    }
}
