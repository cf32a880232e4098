package id.gamestore.provisioning.saga;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

import org.jboss.logging.Logger;

import id.gamestore.provisioning.job.CustomerMessages;
import id.gamestore.provisioning.job.JobState;
import id.gamestore.provisioning.job.JobStep;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.contracts.crypto.CredentialEnvelope;
import id.gamestore.provisioning.account.CustomerAccount;
import id.gamestore.provisioning.account.CustomerAccounts;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.FailureReason;
import id.gamestore.contracts.events.PanelAccess;
import id.gamestore.contracts.events.ProvisioningCompleted;
import id.gamestore.contracts.events.ProvisioningFailed;
import id.gamestore.contracts.events.ServerInfo;
import id.gamestore.provisioning.mapping.PackageMapping;
import id.gamestore.provisioning.mapping.ResourceMapping;
import id.gamestore.provisioning.outbox.OutboxWriter;
import id.gamestore.provisioning.placement.AllocationReservations;
import id.gamestore.provisioning.pterodactyl.PanelConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Ends a job with its one terminal event, in the caller's transaction: the state change and the outbox row commit
 * together, so the event is neither lost nor invented. The sealed password leaves the job row here, and the
 * customer's account is let go (the password this job set is now SENT, or LOST when the job failed).
 */
@ApplicationScoped
public class JobFinisher {
    private static final Logger LOG = Logger.getLogger(JobFinisher.class);

    private final OutboxWriter outbox;
    private final ResourceMapping mapping;
    private final PanelConfig panel;
    private final AllocationReservations reservations;
    private final Counter compensationFailures;
    private final CustomerAccounts accounts;
    private final StepPlan plan;

    public JobFinisher(OutboxWriter outbox, ResourceMapping mapping, PanelConfig panel,
            AllocationReservations reservations, MeterRegistry registry, CustomerAccounts accounts, StepPlan plan) {
        this.accounts = accounts;
        this.plan = plan;
        this.outbox = outbox;
        this.mapping = mapping;
        this.panel = panel;
        this.reservations = reservations;
        this.compensationFailures = Counter.builder("provisioning.compensation.failures")
                .description("Jobs parked in COMPENSATION_FAILED").register(registry);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(ProvisioningJob job) {
        PackageMapping pkg = mapping.find(job.pkg().code()).orElseThrow();
        CredentialEnvelope password = job.passwordIssued ? envelope(job.passwordEnvelope) : null;
        PanelAccess access = new PanelAccess(panel.publicUrl(), job.panelUserId, job.panelUsername, job.panelEmail,
                job.userCreated && password != null, password);
        ServerInfo server = job.server(pkg, plan.autoStart(job.pkg().code()) && !job.startRefused);
        outbox.add(ProvisioningCompleted.of(job.orderId, job.correlationId, job.id.toString(), job.customer(),
                job.pkg(), access, server, job.confirmedAt));
        job.state = JobState.COMPLETED;
        job.currentStep = JobStep.DONE;
        accounts.ended(job.customer().customerId(), CustomerAccounts.jobHolder(job.id), job.orderId, null,
                password != null, job.panelUserId);
        accounts.known(job.customer().customerId(),
                new CustomerAccount.KnownLogin(job.panelUserId, job.panelUsername, job.panelEmail));
        end(job, true);
        LOG.infof("job %s completed: server %s on node %s", job.id, job.serverIdentifier, job.nodeId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void fail(ProvisioningJob job, boolean compensated) {
        FailureReason reason = FailureReason.valueOf(job.failureReason);
        String detail = job.failureDetail + (compensated ? "" : "; compensation failed: " + job.lastError
                + " (server external_id " + ProvisioningJob.serverExternalId(job.orderId) + ", user id "
                + job.panelUserId + " may remain)");
        outbox.add(ProvisioningFailed.of(job.orderId, job.correlationId, job.id.toString(), job.customer(),
                job.pkg(), reason, job.failedStep, CustomerMessages.failure(reason), truncate(detail),
                compensated));
        job.state = compensated ? JobState.FAILED : JobState.COMPENSATION_FAILED;
        accounts.ended(job.customer().customerId(), CustomerAccounts.jobHolder(job.id), job.orderId, null,
                false, null);
        if (!compensated) {
            compensationFailures.increment();
        }
        end(job, false);
        LOG.infof("job %s %s: %s", job.id, job.state, reason);
    }

    /** @param serverStays the job's server exists: its reservations settle (see AllocationReservations) */
    private void end(ProvisioningJob job, boolean serverStays) {
        job.passwordEnvelope = null;
        job.finishedAt = Instant.now();
        job.updatedAt = job.finishedAt;
        if (serverStays) {
            reservations.settle(job.id);
        } else {
            reservations.release(job.id);
        }
    }

    private static String truncate(String s) {
        return s.length() > 1900 ? s.substring(0, 1900) : s;
    }

    static CredentialEnvelope envelope(String json) {
        if (json == null) {
            return null;
        }
        try {
            return EventJson.mapper().readValue(json, CredentialEnvelope.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored password envelope is unreadable", e);
        }
    }
}
