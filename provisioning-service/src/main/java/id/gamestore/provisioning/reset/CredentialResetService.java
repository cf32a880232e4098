package id.gamestore.provisioning.reset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jboss.logging.Logger;

import id.gamestore.contracts.crypto.CredentialEnvelope;
import id.gamestore.contracts.events.CredentialsReset;
import id.gamestore.contracts.events.CredentialsResetFailed;
import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.provisioning.account.CustomerAccounts;
import id.gamestore.provisioning.job.ProvisioningConfig;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.outbox.OutboxWriter;
import id.gamestore.provisioning.pterodactyl.PanelConfig;
import id.gamestore.provisioning.pterodactyl.PanelException;
import id.gamestore.support.retry.Backoff;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * How a reset run ends: each reset ends together with its one event in the outbox, or goes back for a later run. Only the processor holding a reset's lease may end it, so a reset resumed elsewhere after a lost
 * lease never publishes twice.
 */
@ApplicationScoped
public class CredentialResetService {
    private static final Logger LOG = Logger.getLogger(CredentialResetService.class);
    static final String DONE = "DONE";

    private final EntityManager em;
    private final ProvisioningConfig config;
    private final PanelConfig panel;
    private final OutboxWriter outbox;
    private final MeterRegistry registry;
    private final CustomerAccounts accounts;

    public CredentialResetService(EntityManager em, ProvisioningConfig config, PanelConfig panel, OutboxWriter outbox, MeterRegistry registry, CustomerAccounts accounts) {
        this.accounts = accounts;
        this.em = em;
        this.config = config;
        this.panel = panel;
        this.outbox = outbox;
        this.registry = registry;
    }

    /** Ends the reset with {@code credentials.reset}; @return false when the lease was lost (nothing written). */
    @Transactional
    public boolean done(long id, String owner, ResetTarget target, String username, CredentialEnvelope password) {
        CredentialReset reset = leased(id, owner);
        if (reset == null) {
            return false;
        }
        outbox.add(CredentialsReset.of(reset.orderId, reset.correlationId, reset.requestId, target.customer(),
                target.pkg(), panel.publicUrl(), username, password, target.server()));
        accounts.ended(target.customer().customerId(), CustomerAccounts.resetHolder(id), reset.orderId,
                reset.requestId, true, target.panelUserId());
        end(reset, ResetState.DONE, null, null);
        LOG.infof("credential reset %d done for panel user %d (%s)", id, target.panelUserId(), username);
        return true;
    }

    /** Ends the reset with {@code credentials.reset-failed}; @return false when the lease was lost. */
    @Transactional
    public boolean fail(long id, String owner, ResetFailure reason, String adminDetail) {
        CredentialReset reset = leased(id, owner);
        if (reset == null) {
            return false;
        }
        String detail = truncate(adminDetail);
        Customer recipient = recipient(reset);
        outbox.add(CredentialsResetFailed.of(reset.orderId, reset.correlationId, reset.requestId, recipient,
                reason.name(), reason.customerMessage(), detail));
        accounts.ended(recipient.customerId(), CustomerAccounts.resetHolder(id), reset.orderId, reset.requestId,
                false, null);
        end(reset, ResetState.FAILED, reason, detail);
        LOG.infof("credential reset %d failed: %s: %s", id, reason, detail);
        return true;
    }

    /** NOT_PROVISIONED, with what the admin needs to see why. */
    @Transactional
    public boolean failNotProvisioned(long id, String owner, String orderId) {
        ProvisioningJob job = ProvisioningJob.byOrderId(orderId);
        String detail = job == null ? "no provisioning job for order " + orderId
                : "provisioning job of order " + orderId + " is " + job.state
                        + (job.panelUserId == null ? " and has no panel user" : "") + "; nothing to reset";
        return fail(id, owner, ResetFailure.NOT_PROVISIONED, detail);
    }

    /**
     * A transient panel error: tries again after the backoff (never before the panel's Retry-After), or fails with
     * PANEL_UNAVAILABLE once {@code PROVISIONING_RETRY_ATTEMPTS} retries are used up, as a saga step does.
     */
    @Transactional
    public void retryLater(long id, String owner, PanelException error) {
        CredentialReset reset = leased(id, owner);
        if (reset == null) {
            return;
        }
        reset.attempts++;
        if (reset.attempts > config.retryAttempts()) {
            fail(id, owner, ResetFailure.PANEL_UNAVAILABLE,
                    "gave up after " + reset.attempts + " attempts: " + error.getMessage());
            return;
        }
        reset.lastError = truncate(error.getMessage());
        release(reset, Backoff.delay(reset.attempts, config.retryInitialDelay(), config.retryMaxDelay(),
                    error.retryAfter()));
        LOG.infof("credential reset %d: transient panel error (attempt %d), retrying at %s: %s", id, reset.attempts,
                reset.nextRunAt, error.getMessage());
    }

    /** Another order or reset holds the customer's account: look again soon, without using up an attempt. */
    @Transactional
    public void later(long id, String owner, Duration delay) {
        CredentialReset reset = leased(id, owner);
        if (reset != null) {
            release(reset, delay);
        }
    }

    /**
     * Right before the PATCH: true only while {@code owner} still holds the reset, and then the lease is renewed so
     * that the PATCH (bounded by the rate-budget wait and the read timeout) lands inside it. A reset that lost its
     * lease must not send a password that a newer run may already have replaced.
     */
    @Transactional
    public boolean renewLease(long id, String owner) {
        CredentialReset reset = leased(id, owner);
        if (reset == null || reset.leaseUntil == null || reset.leaseUntil.isBefore(Instant.now())) {
            return false;
        }
        reset.leaseUntil = Instant.now().plus(config.lease());
        reset.updatedAt = Instant.now();
        return true;
    }

    /** Hands the reset back without a result (unexpected error); it runs again after a backoff. */
    @Transactional
    public void handBack(long id, String owner, String error) {
        CredentialReset reset = leased(id, owner);
        if (reset != null) {
            reset.lastError = truncate(error);
            release(reset, Backoff.delay(reset.attempts + 1, config.retryInitialDelay(), config.retryMaxDelay(),
                    Optional.empty()));
        }
    }

    private CredentialReset leased(long id, String owner) {
        CredentialReset reset = em.find(CredentialReset.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (reset == null || reset.state != ResetState.RUNNING || !owner.equals(reset.leaseOwner)) {
            LOG.warnf("credential reset %d: lease lost, result dropped", id);
            return null;
        }
        return reset;
    }

    private void release(CredentialReset reset, Duration delay) {
        reset.leaseOwner = null;
        reset.leaseUntil = null;
        reset.nextRunAt = Instant.now().plus(delay);
        reset.updatedAt = Instant.now();
    }

    private void end(CredentialReset reset, ResetState state, ResetFailure reason, String detail) {
        reset.state = state;
        reset.failureReason = reason == null ? null : reason.name();
        reset.lastError = detail;
        reset.leaseOwner = null;
        reset.leaseUntil = null;
        reset.finishedAt = Instant.now();
        reset.updatedAt = reset.finishedAt;
        Counter.builder("provisioning.credential.resets").tag("outcome", reason == null ? DONE : reason.name())
                .description("Password resets by outcome").register(registry).increment();
    }

    /**
     * Who hears about the reset: the customer stored with the order's job, never whoever the request names (a
     * request names a phone; only the stored order says whose login it is). The request's customer is used only
     * when there is no job at all, and then the message carries no secret.
     */
    private static Customer recipient(CredentialReset reset) {
        ProvisioningJob job = ProvisioningJob.byOrderId(reset.orderId);
        return job != null ? job.customer() : customer(reset);
    }

    private static Customer customer(CredentialReset reset) {
        try {
            return EventJson.mapper().readValue(reset.customerJson, Customer.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored customer is unreadable", e);
        }
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1900 ? s : s.substring(0, 1900);
    }
}
