package id.gamestore.provisioning.reset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.gamestore.contracts.events.CredentialsResetRequested;
import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.provisioning.job.JobState;
import id.gamestore.provisioning.job.ProvisioningConfig;
import id.gamestore.provisioning.job.ProvisioningJob;
import id.gamestore.provisioning.mapping.ResourceMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The stored password resets: new ones from the broker, claims by the processors, and what a reset changes. */
@ApplicationScoped
public class ResetStore {
    private final EntityManager em;
    private final ProvisioningConfig config;
    private final ResourceMapping mapping;

    public ResetStore(EntityManager em, ProvisioningConfig config, ResourceMapping mapping) {
        this.em = em;
        this.config = config;
        this.mapping = mapping;
    }

    /** Stores the request as PENDING in the caller's transaction; @return false when this event was stored before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean addPending(CredentialsResetRequested event) {
        return em.createNativeQuery("""
                insert into credential_reset (event_id, request_id, order_id, correlation_id, customer_json,
                       requested_by, state, attempts, next_run_at, created_at, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, 'PENDING', 0, now(), now(), now())
                on conflict (event_id) do nothing
                """).setParameter(1, event.eventId()).setParameter(2, event.requestId())
                .setParameter(3, event.orderId()).setParameter(4, event.correlationId())
                .setParameter(5, json(event.customer())).setParameter(6, event.requestedBy())
                .executeUpdate() == 1;
    }

    /**
     * Claims one due reset for {@code owner}: unleased or with a lease that ran out, and the oldest unfinished one of
     * its order, so two resets of one order never race each other on the panel (the later password must be the
     * one that is sent). Row locks with SKIP LOCKED keep two processors, in any instance, off the same row.
     */
    @Transactional
    public Optional<Long> claim(String owner) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("""
                select r.id from credential_reset r
                 where r.state in ('PENDING', 'RUNNING') and r.next_run_at <= now()
                   and (r.lease_until is null or r.lease_until < now())
                   and not exists (select 1 from credential_reset o where o.order_id = r.order_id and o.id < r.id
                                      and o.state in ('PENDING', 'RUNNING'))
                 order by r.next_run_at limit 1 for update of r skip locked
                """).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        long id = rows.get(0).longValue();
        em.createNativeQuery("""
                update credential_reset set state = 'RUNNING', lease_owner = ?1, lease_until = ?2, updated_at = now()
                 where id = ?3
                """).setParameter(1, owner).setParameter(2, Instant.now().plus(config.lease())).setParameter(3, id)
                .executeUpdate();
        return Optional.of(id);
    }

    @Transactional
    public CredentialReset load(long id) {
        CredentialReset reset = em.find(CredentialReset.class, id);
        em.detach(reset);
        return reset;
    }

    /** The order's panel user and server, or empty when the order has no COMPLETED job with a panel user. */
    @Transactional
    public Optional<ResetTarget> target(String orderId) {
        ProvisioningJob job = ProvisioningJob.byOrderId(orderId);
        if (job == null || job.state != JobState.COMPLETED || job.panelUserId == null) {
            return Optional.empty();
        }
        var pkg = job.pkg();
        return Optional.of(new ResetTarget(job.panelUserId, pkg,
                job.server(mapping.find(pkg.code()).orElse(null)), job.customer()));
    }

    /** Makes the resets a previous run of this named instance held claimable now (see {@code JobLeases}). */
    @Transactional
    public int reclaimPreviousRun(String owner) {
        return em.createNativeQuery("""
                update credential_reset set lease_until = now() - interval '1 second'
                 where lease_owner = ?1 and state = 'RUNNING' and lease_until > now()
                """).setParameter(1, owner).executeUpdate();
    }

    private static String json(Customer customer) {
        try {
            return EventJson.mapper().writeValueAsString(customer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
