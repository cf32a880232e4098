package id.gamestore.provisioning.saga;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import id.gamestore.contracts.crypto.CredentialCipher;
import id.gamestore.contracts.crypto.CredentialEnvelope;
import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.FailureReason;
import id.gamestore.provisioning.account.CustomerAccount;
import id.gamestore.provisioning.account.CustomerAccounts;
import id.gamestore.provisioning.account.PasswordState;
import id.gamestore.provisioning.credentials.PasswordGenerator;
import id.gamestore.provisioning.job.JobStep;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.notification.LoginDeliveryConfig;
import id.gamestore.provisioning.pterodactyl.NewUser;
import id.gamestore.provisioning.pterodactyl.PanelException;
import id.gamestore.provisioning.pterodactyl.PanelUser;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import id.gamestore.provisioning.pterodactyl.UserUpdate;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Gives the order's customer exactly one panel user of ours. Only a user carrying our external id is ever used
 * (never one found by email: the email is typed by whoever orders), never a root admin. Creating the user is done
 * by one job per customer at a time (the customer's account, held in the database until that job ends), so a
 * second order never takes over a user whose creator may still fail and delete it. No panel lookup on the way
 * (issue 14: the panel's request budget bounds how many servers a store can deliver):
 * <ul>
 * <li>a returning customer: the user an earlier order of theirs completed with, from our records (no request; the
 * server create verifies it, and a refusal sends the job back here without the record);</li>
 * <li>no user known: create it with a new password (an email taken on the panel gets our own generated address);
 * only when the panel answers that our external id is taken (an earlier create whose answer was lost, or a user
 * we have no record of) is the user looked up by that id (exact) and adopted, with this job's password set.</li>
 * </ul>
 * The sealed password and the intent are committed before the create call, so a create whose answer got lost is
 * recognised and given this job's password on the next run. {@link LoginStep} decides at the end whether a
 * returning customer's order sends a password. Compensation deletes the user only when this job created it, it is
 * ours, and it owns no server.
 */
@ApplicationScoped
public class EnsureUserStep implements SagaStep {
    private static final int USERNAME_TRIES = 3;

    private final PterodactylClient panel;
    private final StepRecorder jobs;
    private final PasswordGenerator passwords;
    private final CredentialCipher cipher;
    private final SagaConfig config;
    private final CustomerAccounts accounts;
    private final LoginDeliveryConfig login;
    private final BenchConfig bench;

    public EnsureUserStep(PterodactylClient panel, StepRecorder jobs, PasswordGenerator passwords,
            CredentialCipher cipher, SagaConfig config, CustomerAccounts accounts,
            LoginDeliveryConfig login, BenchConfig bench) {
        this.panel = panel;
        this.jobs = jobs;
        this.passwords = passwords;
        this.cipher = cipher;
        this.config = config;
        this.accounts = accounts;
        this.login = login;
        this.bench = bench;
    }

    @Override
    public JobStep step() {
        return JobStep.ENSURE_USER;
    }

    @Override
    public StepOutcome execute(ProvisioningJob job, PackageMapping pkg, String owner) {
        Customer customer = job.customer();
        String holder = CustomerAccounts.jobHolder(job.id);
        Optional<CustomerAccount.Snapshot> claim = accounts.claim(customer.customerId(), holder);
        if (claim.isEmpty()) {
            return new StepOutcome.Waiting(login.claimRetry(),
                    "another order or reset of this customer is setting up their login");
        }
        CustomerAccount.Snapshot account = claim.get();
        String externalId = ProvisioningJob.userExternalId(customer.customerId());
        CustomerAccount.KnownLogin known = account.login();
        if (known != null && !job.userCreating && !bench.lookupBeforeCreate()) {
            accounts.release(customer.customerId(), holder);
            return adopt(new PanelUser(known.userId(), externalId, known.username(), known.email(), null, null,
                    false, -1),
                    false, false, "known from the customer's earlier orders");
        }
        boolean delivered = account.state() == PasswordState.SENT || account.state() == PasswordState.ARRIVED;
        if (!bench.lookupBeforeCreate() && (known == null && !delivered || job.userCreating)) {
            return create(job, customer, externalId, owner);
        }
        // A password of ours was delivered but we hold no record of the user (recorded before issue 14, or forgotten
        // after a refused create), or the benchmark's old way: ask the panel before creating.
        Optional<PanelUser> existing = panel.userByExternalId(externalId);
        if (existing.isEmpty()) {
            return create(job, customer, externalId, owner);
        }
        PanelUser user = existing.get();
        if (user.rootAdmin()) {
            return new StepOutcome.Failed(FailureReason.PANEL_REJECTED, "panel user " + user.id()
                    + " carries the customer's external id but is a root admin; refusing to use it");
        }
        // An existing user: LOGIN decides at the end whether this order's message carries a password.
        accounts.release(customer.customerId(), holder);
        return adopt(user, false, false, "found by external id");
    }

    private StepOutcome create(ProvisioningJob job, Customer customer, String externalId, String owner) {
        String password = job.passwordEnvelope != null ? open(job) : passwords.generate();
        boolean earlierCreate = job.userCreating;
        accounts.issuing(customer.customerId(), CustomerAccounts.jobHolder(job.id), job.orderId, null);
        jobs.markUserCreating(job.id, owner, write(cipher.seal(password, job.orderId)));
        String username = Usernames.from(customer.name());
        String email = customer.email() != null && !customer.email().isBlank() ? customer.email()
                : generatedEmail(customer, null);
        for (int attempt = 1; ; attempt++) {
            NewUser request = new NewUser(externalId, email, username, firstName(customer.name()),
                    lastName(customer.name()), password);
            try {
                return adopt(panel.createUser(request), true, true, "created");
            } catch (PanelException e) {
                if (e.isValidation("external_id", "unique")) {
                    // Ours (an earlier run whose answer was lost, or a user we hold no record of): exact lookup, and
                    // this job's password set, since the one it has now is not known here.
                    PanelUser user = panel.userByExternalId(externalId).orElseThrow(() -> e);
                    if (user.rootAdmin()) {
                        throw e;
                    }
                    PanelUser updated = panel.updateUser(user.id(), UserUpdate.newPassword(user, password));
                    return adopt(updated, earlierCreate, true, earlierCreate
                            ? "created by an earlier run (answer lost); password set"
                            : "existed already (no record of ours); found by external id, password set");
                }
                if (attempt >= USERNAME_TRIES) {
                    throw e;
                }
                if (e.isValidation("email", "unique")) {
                    // Someone else's panel account has this address: never adopt it; ours gets our own address.
                    email = generatedEmail(customer, attempt == 1 ? null : ThreadLocalRandom.current().nextInt(1000, 10000));
                } else if (e.isValidation("username", "unique")) {
                    username = Usernames.withSuffix(username, ThreadLocalRandom.current().nextInt(1000, 10000));
                } else {
                    throw e;
                }
            }
        }
    }

    @Override
    public void compensate(ProvisioningJob job) {
        if (!job.userCreated && !job.userCreating) {
            return;
        }
        String externalId = ProvisioningJob.userExternalId(job.customer().customerId());
        Optional<PanelUser> user = job.panelUserId != null
                ? panel.userWithServers(job.panelUserId)
                : panel.userByExternalId(externalId).flatMap(u -> panel.userWithServers(u.id()));
        if (user.isPresent() && user.get().deletableAs(externalId)) {
            try {
                panel.deleteUser(user.get().id());
            } catch (PanelException e) {
                if (e.status() != 400) {
                    throw e;
                }
            }
        }
    }

    static StepOutcome adopt(PanelUser user, boolean createdByJob, boolean passwordIssued, String how) {
        return new StepOutcome.Advanced(job -> {
            job.panelUserId = user.id();
            job.panelUsername = user.username();
            job.panelEmail = user.email();
            job.userCreated = createdByJob;
            job.userCreating = createdByJob;
            job.passwordIssued = passwordIssued;
            if (!passwordIssued) {
                job.passwordEnvelope = null;
            }
        }, "user " + user.id() + " " + how);
    }

    private String generatedEmail(Customer customer, Integer suffix) {
        String local = customer.customerId().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return "wa-" + local + (suffix == null ? "" : "-" + suffix) + "@" + config.generatedEmailDomain();
    }

    static String firstName(String name) {
        String[] parts = name.trim().split("\\s+", 2);
        return parts[0].isBlank() ? "Pelanggan" : truncate(parts[0]);
    }

    static String lastName(String name) {
        String[] parts = name.trim().split("\\s+", 2);
        return parts.length > 1 ? truncate(parts[1]) : "WhatsApp";
    }

    private static String truncate(String s) {
        return s.length() > 191 ? s.substring(0, 191) : s;
    }

    String open(ProvisioningJob job) {
        try {
            return cipher.open(EventJson.mapper().readValue(job.passwordEnvelope, CredentialEnvelope.class),
                    job.orderId);
        } catch (IOException e) {
            throw new UncheckedIOException("stored password envelope is unreadable", e);
        }
    }

    static String write(CredentialEnvelope envelope) {
        try {
            return EventJson.mapper().writeValueAsString(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
