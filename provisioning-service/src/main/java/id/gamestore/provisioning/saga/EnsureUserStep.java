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
import id.gamestore.provisioning.credentials.PasswordGenerator;
import id.gamestore.provisioning.job.JobEvents;
import id.gamestore.provisioning.job.JobService;
import id.gamestore.provisioning.job.JobStep;
import id.gamestore.provisioning.job.ProvisioningConfig;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.pterodactyl.NewUser;
import id.gamestore.provisioning.pterodactyl.PanelException;
import id.gamestore.provisioning.pterodactyl.PanelUser;
import id.gamestore.provisioning.pterodactyl.PterodactylClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Finds the customer's panel user (external id, then exact email) or creates one with a generated password. The
 * sealed password and the intent to create are committed before the create call, so a create whose answer got lost
 * is recognised as ours on the next run. Compensation deletes the user only when this job created it and it owns
 * no server (re-read at compensation time).
 */
@ApplicationScoped
public class EnsureUserStep implements SagaStep {
    private static final int USERNAME_TRIES = 3;

    private final PterodactylClient panel;
    private final JobService jobs;
    private final PasswordGenerator passwords;
    private final CredentialCipher cipher;
    private final ProvisioningConfig config;

    public EnsureUserStep(PterodactylClient panel, JobService jobs, PasswordGenerator passwords,
            CredentialCipher cipher, ProvisioningConfig config) {
        this.panel = panel;
        this.jobs = jobs;
        this.passwords = passwords;
        this.cipher = cipher;
        this.config = config;
    }

    @Override
    public JobStep step() {
        return JobStep.ENSURE_USER;
    }

    @Override
    public StepOutcome execute(ProvisioningJob job, PackageMapping pkg, String owner) {
        Customer customer = JobEvents.customer(job);
        String externalId = ProvisioningJob.userExternalId(customer.customerId());
        Optional<PanelUser> existing = panel.userByExternalId(externalId);
        if (existing.isPresent()) {
            return adopt(existing.get(), job.userCreating, "found by external id");
        }
        if (!job.userCreating && customer.email() != null) {
            Optional<PanelUser> byEmail = panel.userByEmail(customer.email());
            if (byEmail.isPresent()) {
                return adopt(byEmail.get(), false, "found by exact email");
            }
        }
        String password = job.passwordEnvelope != null
                ? cipher.open(envelope(job.passwordEnvelope), job.orderId)
                : passwords.generate();
        jobs.markUserCreating(job.id, owner, write(cipher.seal(password, job.orderId)));
        String username = Usernames.from(customer.name());
        for (int attempt = 1; ; attempt++) {
            NewUser request = new NewUser(externalId, email(customer), username, firstName(customer.name()),
                    lastName(customer.name()), password);
            try {
                return adopt(panel.createUser(request), true, "created");
            } catch (PanelException e) {
                if (e.isValidation("external_id", "unique")) {
                    return adopt(panel.userByExternalId(externalId).orElseThrow(() -> e), false,
                            "created concurrently by another job");
                }
                if (e.isValidation("email", "unique")) {
                    return adopt(panel.userByEmail(request.email()).orElseThrow(() -> e), false,
                            "email already registered");
                }
                if (!e.isValidation("username", "unique") || attempt >= USERNAME_TRIES) {
                    throw e;
                }
                username = Usernames.withSuffix(username, ThreadLocalRandom.current().nextInt(1000, 10000));
            }
        }
    }

    @Override
    public void compensate(ProvisioningJob job) {
        if (!job.userCreated && !job.userCreating) {
            return;
        }
        Optional<PanelUser> user = job.panelUserId != null
                ? panel.userWithServers(job.panelUserId)
                : panel.userByExternalId(ProvisioningJob.userExternalId(JobEvents.customer(job).customerId()))
                        .flatMap(u -> panel.userWithServers(u.id()));
        if (user.isPresent() && user.get().serverCount() == 0) {
            try {
                panel.deleteUser(user.get().id());
            } catch (PanelException e) {
                if (e.status() != 400) {
                    throw e;
                }
            }
        }
    }

    private static StepOutcome adopt(PanelUser user, boolean createdByJob, String how) {
        return new StepOutcome.Advanced(job -> {
            job.panelUserId = user.id();
            job.panelUsername = user.username();
            job.panelEmail = user.email();
            job.userCreated = createdByJob;
            if (!createdByJob) {
                job.passwordEnvelope = null;
            }
        }, "user " + user.id() + " " + how);
    }

    private String email(Customer customer) {
        if (customer.email() != null && !customer.email().isBlank()) {
            return customer.email();
        }
        String local = customer.customerId().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return "wa-" + local + "@" + config.generatedEmailDomain();
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

    private static CredentialEnvelope envelope(String json) {
        try {
            return EventJson.mapper().readValue(json, CredentialEnvelope.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored password envelope is unreadable", e);
        }
    }

    private static String write(CredentialEnvelope envelope) {
        try {
            return EventJson.mapper().writeValueAsString(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
