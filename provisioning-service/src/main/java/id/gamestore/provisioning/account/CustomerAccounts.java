package id.gamestore.provisioning.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jboss.logging.Logger;

import id.gamestore.provisioning.job.JobState;
import id.gamestore.provisioning.job.ProvisioningJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * The transaction boundary of customer accounts. One holder at a time may create a customer's panel user or set
 * its password: a job from the moment it claims until it ends (its event then carries the password, or the job
 * failed and the password is lost), a reset until it is done. The row lock makes the claim safe across workers and
 * instances; a holder whose job or reset has ended (a crash, a lost lease) is displaced.
 */
@ApplicationScoped
public class CustomerAccounts {
    private static final Logger LOG = Logger.getLogger(CustomerAccounts.class);

    private final EntityManager em;

    public CustomerAccounts(EntityManager em) {
        this.em = em;
    }

    public static String jobHolder(UUID jobId) {
        return "job:" + jobId;
    }

    public static String resetHolder(long resetId) {
        return "reset:" + resetId;
    }

    /** A termination looking at (and maybe deleting) the customer's panel user. */
    public static String lifecycleHolder(long actionId) {
        return "lifecycle:" + actionId;
    }

    /** @return what the account holds when {@code holder} now holds it; empty while someone else does */
    @Transactional
    public Optional<CustomerAccount.Snapshot> claim(String customerId, String holder) {
        CustomerAccount account = locked(customerId);
        if (account.holder != null && !account.holder.equals(holder) && !ended(account.holder)) {
            return Optional.empty();
        }
        if (account.holder != null && !account.holder.equals(holder)) {
            LOG.infof("customer account: %s ended without letting go; %s takes over", account.holder, holder);
            if (account.passwordState == PasswordState.ISSUED) {
                state(account, PasswordState.LOST);
            }
        }
        if (!holder.equals(account.holder)) {
            account.holder = holder;
            account.heldSince = Instant.now();
            account.updatedAt = account.heldSince;
        }
        return Optional.of(account.snapshot());
    }

    /** The holder is about to set a password (create the user, or PATCH it): the order or request now carries it. */
    @Transactional
    public void issuing(String customerId, String holder, String orderId, String requestId) {
        CustomerAccount account = held(customerId, holder);
        account.passwordOrderId = orderId;
        account.passwordRequestId = requestId;
        state(account, PasswordState.ISSUED);
    }

    /** The holder leaves the password alone (a returning customer whose login arrived): let the next one in. */
    @Transactional
    public void release(String customerId, String holder) {
        CustomerAccount account = em.find(CustomerAccount.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        if (account != null && holder.equals(account.holder)) {
            account.holder = null;
            account.heldSince = null;
            account.updatedAt = Instant.now();
        }
    }

    /** The message that carried the current password was delivered (ARRIVED) or never will be (LOST). */
    @Transactional
    public void settled(String customerId, String orderId, String requestId, PasswordState fate) {
        CustomerAccount account = em.find(CustomerAccount.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        if (account != null && account.passwordState == PasswordState.SENT && orderId.equals(account.passwordOrderId)
                && java.util.Objects.equals(requestId, account.passwordRequestId)) {
            state(account, fate);
        }
    }

    /**
     * In the transaction that ends the holder's job or reset (with its event in the outbox): the password it set
     * is now SENT (published) or LOST (never will be), and the account is free.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ended(String customerId, String holder, String orderId, String requestId, boolean published,
            Long panelUserId) {
        CustomerAccount account = em.find(CustomerAccount.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            return;
        }
        if (account.passwordState == PasswordState.ISSUED && orderId.equals(account.passwordOrderId)
                && java.util.Objects.equals(requestId, account.passwordRequestId)) {
            state(account, published ? PasswordState.SENT : PasswordState.LOST);
        }
        if (published && panelUserId != null) {
            account.panelUserId = panelUserId;
        }
        if (holder.equals(account.holder)) {
            account.holder = null;
            account.heldSince = null;
        }
        account.updatedAt = Instant.now();
    }

    /**
     * In the transaction that completes an order: the panel user the order's message names, so the customer's next
     * order uses it without asking the panel.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void known(String customerId, CustomerAccount.KnownLogin login) {
        CustomerAccount account = em.find(CustomerAccount.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        if (account != null) {
            account.panelUserId = login.userId();
            account.panelUsername = login.username();
            account.panelEmail = login.email();
            account.updatedAt = Instant.now();
        }
    }

    /**
     * The panel refused a server for the recorded user (deleted by hand): the record goes, and so does the password
     * delivered for that user (LOST), so the next order gives the customer a user and a password that work.
     */
    @Transactional
    public void forget(String customerId, long panelUserId) {
        CustomerAccount account = em.find(CustomerAccount.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        if (account != null && Long.valueOf(panelUserId).equals(account.panelUserId)) {
            LOG.infof("customer account: panel user %d is no longer usable; it will be created again", panelUserId);
            account.panelUserId = null;
            account.panelUsername = null;
            account.panelEmail = null;
            if (account.passwordState == PasswordState.SENT || account.passwordState == PasswordState.ARRIVED) {
                state(account, PasswordState.LOST);
            }
            account.updatedAt = Instant.now();
        }
    }

    private CustomerAccount locked(String customerId) {
        em.createNativeQuery("""
                insert into customer_account (customer_id, password_state, password_state_at, updated_at)
                values (?1, 'NONE', now(), now()) on conflict (customer_id) do nothing
                """).setParameter(1, customerId).executeUpdate();
        return em.find(CustomerAccount.class, customerId, LockModeType.PESSIMISTIC_WRITE);
    }

    private CustomerAccount held(String customerId, String holder) {
        CustomerAccount account = em.find(CustomerAccount.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || !holder.equals(account.holder)) {
            throw new IllegalStateException("customer account is no longer held by " + holder);
        }
        return account;
    }

    /** True when the holder's job or reset has ended (or is gone), so it can no longer touch the password. */
    private boolean ended(String holder) {
        if (holder.startsWith("job:")) {
            ProvisioningJob job = em.find(ProvisioningJob.class, UUID.fromString(holder.substring(4)));
            return job == null || job.state.terminal() || job.state == JobState.ON_HOLD;
        }
        if (holder.startsWith("reset:")) {
            Object state = em.createNativeQuery("select state from credential_reset where id = ?1")
                    .setParameter(1, Long.parseLong(holder.substring(6))).getResultStream().findFirst().orElse(null);
            return state == null || "DONE".equals(state) || "FAILED".equals(state);
        }
        if (holder.startsWith("lifecycle:")) {
            Object state = em.createNativeQuery("select state from lifecycle_action where id = ?1")
                    .setParameter(1, Long.parseLong(holder.substring(10))).getResultStream().findFirst().orElse(null);
            return state == null || "DONE".equals(state) || "FAILED".equals(state);
        }
        return true;
    }

    private static void state(CustomerAccount account, PasswordState state) {
        account.passwordState = state;
        account.passwordStateAt = Instant.now();
        account.updatedAt = account.passwordStateAt;
    }
}
