package id.gamestore.provisioning.saga;

import java.time.Instant;
import java.util.Optional;

import org.jboss.logging.Logger;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.contracts.events.FailureReason;
import id.gamestore.provisioning.account.CustomerAccount;
import id.gamestore.provisioning.account.CustomerAccounts;
import id.gamestore.provisioning.account.PasswordState;
import id.gamestore.provisioning.credentials.PasswordGenerator;
import id.gamestore.provisioning.job.JobStep;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.notification.LoginDeliveries;
import id.gamestore.provisioning.notification.LoginDeliveryConfig;
import id.gamestore.provisioning.pterodactyl.PanelUser;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import id.gamestore.provisioning.pterodactyl.UserUpdate;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The last step: does this order's message carry a password? The rule: a customer gets their password in the
 * first message that reaches them; "use your existing password" only when an earlier message with a password was
 * delivered; otherwise a new password is set and sent. A job that created the user already has its password.
 * For an existing user, with the customer's account held (one order or reset at a time):
 * <ul>
 * <li>the last password we set ARRIVED: a returning customer, no password;</li>
 * <li>it was SENT and may still arrive: ask notification-service, and wait up to {@code handover-wait};</li>
 * <li>otherwise (failed, lost, never sent, no answer in time, or this job is past its deadline): set a new one.</li>
 * </ul>
 * Deciding last means nothing after it can fail and leave the customer with a password that no message carries.
 * A returning customer whose login arrived costs no panel request here; setting a password reads the user by our
 * external id first (it must still be the job's user, and no root admin).
 */
@ApplicationScoped
public class LoginStep implements SagaStep {
    private static final Logger LOG = Logger.getLogger(LoginStep.class);

    private final PterodactylClient panel;
    private final StepRecorder jobs;
    private final PasswordGenerator passwords;
    private final CredentialCipher cipher;
    private final CustomerAccounts accounts;
    private final LoginDeliveries deliveries;
    private final LoginDeliveryConfig login;
    private final EnsureUserStep users;
    private final BenchConfig bench;

    public LoginStep(PterodactylClient panel, StepRecorder jobs, PasswordGenerator passwords, CredentialCipher cipher,
            CustomerAccounts accounts, LoginDeliveries deliveries, LoginDeliveryConfig login, EnsureUserStep users,
            BenchConfig bench) {
        this.panel = panel;
        this.jobs = jobs;
        this.passwords = passwords;
        this.cipher = cipher;
        this.accounts = accounts;
        this.deliveries = deliveries;
        this.login = login;
        this.users = users;
        this.bench = bench;
    }

    @Override
    public JobStep step() {
        return JobStep.LOGIN;
    }

    @Override
    public StepOutcome execute(ProvisioningJob job, PackageMapping pkg, String owner) {
        if (job.passwordIssued) {
            return new StepOutcome.Advanced(j -> {
            }, "the new user's password goes with this order");
        }
        String customerId = job.customer().customerId();
        String holder = CustomerAccounts.jobHolder(job.id);
        Optional<CustomerAccount.Snapshot> claim = accounts.claim(customerId, holder);
        if (claim.isEmpty()) {
            return new StepOutcome.Waiting(login.claimRetry(),
                    "another order or reset of this customer is setting their password");
        }
        CustomerAccount.Snapshot account = claim.get();
        boolean ourIssue = account.state() == PasswordState.ISSUED && job.orderId.equals(account.passwordOrderId())
                && account.passwordRequestId() == null && job.passwordEnvelope != null;
        if (ourIssue) {
            return set(job, customerId, holder, users.open(job), "new password set again after a lost answer");
        }
        boolean pastDeadline = job.deadline != null && Instant.now().isAfter(job.deadline);
        if (bench.lookupBeforeCreate()) {
            panel.userByExternalId(ProvisioningJob.userExternalId(customerId)); // the old way read the user first
        }
        if (account.state() == PasswordState.ARRIVED) {
            return returning(customerId, holder);
        }
        if (account.state() == PasswordState.SENT) {
            LoginDeliveries.Fate fate = deliveries.of(account.passwordOrderId(), account.passwordRequestId());
            if (fate == LoginDeliveries.Fate.ARRIVED) {
                accounts.settled(customerId, account.passwordOrderId(), account.passwordRequestId(), PasswordState.ARRIVED);
                return returning(customerId, holder);
            }
            if (fate == LoginDeliveries.Fate.FAILED) {
                accounts.settled(customerId, account.passwordOrderId(), account.passwordRequestId(), PasswordState.LOST);
            }
            Instant waitUntil = account.stateAt().plus(login.handoverWait());
            if (fate != LoginDeliveries.Fate.FAILED && Instant.now().isBefore(waitUntil) && !pastDeadline) {
                return new StepOutcome.Waiting(login.claimRetry(), "waiting until " + waitUntil
                        + " for the login sent with order " + account.passwordOrderId() + " to arrive (" + fate + ")");
            }
            String loginOrder = account.passwordOrderId(); // an order id, never a secret
            LOG.infof("login sent with order %s did not arrive (%s): this order sends a new login", loginOrder, fate);
        }
        String password = passwords.generate();
        accounts.issuing(customerId, holder, job.orderId, null);
        jobs.markPasswordIssuing(job.id, owner, EnsureUserStep.write(cipher.seal(password, job.orderId)));
        return set(job, customerId, holder, password, "existing user, new password");
    }

    /** The customer's login already reached them: no panel request, the server was created for that user. */
    private StepOutcome returning(String customerId, String holder) {
        accounts.release(customerId, holder);
        return new StepOutcome.Advanced(j -> {
            j.passwordIssued = false;
            j.passwordEnvelope = null;
        }, "returning customer: their login already reached them");
    }

    /**
     * Sets the password on the user found by our external id (exact), which must still be the job's user and no
     * root admin: the PATCH replaces every field, so the user is read first.
     */
    private StepOutcome set(ProvisioningJob job, String customerId, String holder, String password, String how) {
        String externalId = ProvisioningJob.userExternalId(customerId);
        Optional<PanelUser> found = panel.userByExternalId(externalId);
        if (found.isEmpty() || found.get().rootAdmin() || found.get().id() != job.panelUserId) {
            accounts.release(customerId, holder);
            return new StepOutcome.Failed(FailureReason.PANEL_REJECTED, "the customer's panel user " + job.panelUserId
                    + " (" + externalId + ") is gone or changed on the panel");
        }
        PanelUser updated = panel.updateUser(found.get().id(), UserUpdate.newPassword(found.get(), password));
        return new StepOutcome.Advanced(j -> {
            j.panelUsername = updated.username();
            j.panelEmail = updated.email();
            j.passwordIssued = true;
        }, how);
    }
}
