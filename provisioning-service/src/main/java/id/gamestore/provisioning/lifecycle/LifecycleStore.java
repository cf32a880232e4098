package id.gamestore.provisioning.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

import id.gamestore.contracts.events.Customer;
import id.gamestore.contracts.events.EventJson;
import id.gamestore.contracts.events.LifecycleActionRequested;
import id.gamestore.provisioning.job.ProvisioningJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The stored lifecycle actions: new ones from the broker, claims by the processors, the admin's view. */
@ApplicationScoped
public class LifecycleStore {
    private static final Logger LOG = Logger.getLogger(LifecycleStore.class);

    private final EntityManager em;
    private final LifecycleConfig config;

    public LifecycleStore(EntityManager em, LifecycleConfig config) {
        this.em = em;
        this.config = config;
    }

    /**
     * Stores the request as PENDING in the caller's transaction. An {@code actionId} stored before (a redelivery, or
     * order-service republishing with a new eventId) changes nothing and publishes nothing: the action runs once,
     * and its one outcome event is already in the outbox or will be when it ends (the outbox delivers it); a second
     * copy with a new eventId would read as a second outcome to its consumers (two timeline entries, two messages).
     *
     * @return false when this action was stored before
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean addPending(LifecycleActionRequested event) {
        boolean fresh = em.createNativeQuery("""
                insert into lifecycle_action (action_id, event_id, order_id, correlation_id, action, customer_json,
                       server_id, server_identifier, package_code, requested_by, reason, state, attempts, next_run_at,
                       created_at, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'PENDING', 0, now(), now(), now())
                on conflict (action_id) do nothing
                """).setParameter(1, event.actionId()).setParameter(2, event.eventId())
                .setParameter(3, event.orderId()).setParameter(4, event.correlationId())
                .setParameter(5, event.action().name()).setParameter(6, json(event.customer()))
                .setParameter(7, event.serverId()).setParameter(8, event.serverIdentifier())
                .setParameter(9, event.packageCode()).setParameter(10, event.requestedBy())
                .setParameter(11, event.reason()).executeUpdate() == 1;
        if (!fresh) {
            Object state = em.createNativeQuery("select state from lifecycle_action where action_id = ?1")
                    .setParameter(1, event.actionId()).getResultStream().findFirst().orElse("?");
            LOG.infof("lifecycle action %s requested again (event %s): it is %s; nothing new is done or published",
                    event.actionId(), event.eventId(), state);
        }
        return fresh;
    }

    /**
     * Claims one due action for {@code owner}: unleased or with a lease that ran out, and the oldest unfinished one of
     * its order and of its server, so a suspension and the unsuspension that follows it run in the order asked. Row
     * locks with SKIP LOCKED keep two processors, in any instance, off the same row.
     */
    @Transactional
    public Optional<Long> claim(String owner) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("""
                select a.id from lifecycle_action a
                 where a.state in ('PENDING', 'RUNNING') and a.next_run_at <= now()
                   and (a.lease_until is null or a.lease_until < now())
                   and not exists (select 1 from lifecycle_action o where o.id < a.id
                                      and (o.order_id = a.order_id or o.server_id = a.server_id)
                                      and o.state in ('PENDING', 'RUNNING'))
                 order by a.next_run_at limit 1 for update of a skip locked
                """).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        long id = rows.get(0).longValue();
        em.createNativeQuery("""
                update lifecycle_action set state = 'RUNNING', lease_owner = ?1, lease_until = ?2, updated_at = now()
                 where id = ?3
                """).setParameter(1, owner).setParameter(2, Instant.now().plus(config.lease())).setParameter(3, id)
                .executeUpdate();
        return Optional.of(id);
    }

    @Transactional
    public LifecycleJob load(long id) {
        LifecycleJob job = em.find(LifecycleJob.class, id);
        em.detach(job);
        return job;
    }

    /**
     * Whose panel user a termination may delete: the customer stored with the order's provisioning job (the order
     * says whose server it is), the request's customer only when there is no job.
     */
    @Transactional
    public String customerId(LifecycleJob action) {
        ProvisioningJob job = ProvisioningJob.byOrderId(action.orderId);
        return job != null ? job.customer().customerId() : customer(action).customerId();
    }

    /** The order's actions, oldest first (admin view). */
    @Transactional
    public List<LifecycleJob> byOrder(String orderId) {
        List<LifecycleJob> list = em.createQuery("from LifecycleJob where orderId = ?1 order by id", LifecycleJob.class)
                .setParameter(1, orderId).getResultList();
        list.forEach(em::detach);
        return list;
    }

    /** Makes the actions a previous run of this named instance held claimable now (see {@code JobLeases}). */
    @Transactional
    public int reclaimPreviousRun(String owner) {
        return em.createNativeQuery("""
                update lifecycle_action set lease_until = now() - interval '1 second'
                 where lease_owner = ?1 and state = 'RUNNING' and lease_until > now()
                """).setParameter(1, owner).executeUpdate();
    }

    static Customer customer(LifecycleJob action) {
        try {
            return EventJson.mapper().readValue(action.customerJson, Customer.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored customer is unreadable", e);
        }
    }

    private static String json(Customer customer) {
        try {
            return EventJson.mapper().writeValueAsString(customer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
