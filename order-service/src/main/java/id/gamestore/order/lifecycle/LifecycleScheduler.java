package id.gamestore.order.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import id.gamestore.contracts.events.LifecycleNotice;
import id.gamestore.order.ordering.Order;
import id.gamestore.order.ordering.ServiceState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The lifecycle's clockwork. Every {@code LIFECYCLE_POLL} it claims due orders one at a time, each in its own
 * transaction ({@code FOR UPDATE SKIP LOCKED}: two instances never take the same row, and the row's new
 * {@code lifecycle_due_at} commits with what was done), so the database alone says what is due, after any downtime.
 * Then, once per store day after {@code LIFECYCLE_DIGEST_TIME}, the admin's list of what expires soon: the day's row
 * in {@code lifecycle_digest} is inserted by exactly one instance, in the transaction that writes the notice.
 */
@ApplicationScoped
public class LifecycleScheduler {
    private static final Logger LOG = Logger.getLogger(LifecycleScheduler.class);
    /** At most this many orders per tick, so one tick never runs for ever; the next tick goes on. */
    private static final int MAX_PER_TICK = 500;

    private final EntityManager em;
    private final LifecycleSchedule schedule;
    private final Notices notices;
    private final LifecycleConfig config;
    private final LifecycleClock clock;

    LifecycleScheduler(EntityManager em, LifecycleSchedule schedule, Notices notices, LifecycleConfig config,
            LifecycleClock clock) {
        this.em = em;
        this.schedule = schedule;
        this.notices = notices;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${order.lifecycle.poll:30S}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!config.enabled()) {
            return;
        }
        try {
            runDue();
            digest();
        } catch (RuntimeException e) {
            LOG.warnf("lifecycle tick stopped: %s; the next tick goes on", e.toString());
        }
    }

    /** Runs every order that is due now; returns how many were handled. */
    public int runDue() {
        int handled = 0;
        while (handled < MAX_PER_TICK && Boolean.TRUE.equals(QuarkusTransaction.requiringNew().call(this::runOne))) {
            handled++;
        }
        return handled;
    }

    private boolean runOne() {
        Instant now = clock.now();
        @SuppressWarnings("unchecked")
        List<Order> due = em.createNativeQuery("""
                select * from orders where service_state in ('ACTIVE', 'SUSPENDED') and lifecycle_due_at <= :now
                order by lifecycle_due_at limit 1 for update skip locked
                """, Order.class).setParameter("now", now).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        Order order = due.get(0);
        schedule.evaluate(order, now);
        if (order.lifecycleDueAt != null && !order.lifecycleDueAt.isAfter(now)) {
            order.lifecycleDueAt = now.plus(config.poll()); // never the same row twice in one tick
        }
        order.updatedAt = now;
        return true;
    }

    /** Sends today's list when its time has come and nobody sent it yet; true when this call sent it. */
    public boolean digest() {
        ZonedDateTime local = clock.now().atZone(config.storeTimeZone());
        if (local.toLocalTime().isBefore(config.digestTime())) {
            return false;
        }
        LocalDate day = local.toLocalDate();
        return Boolean.TRUE.equals(QuarkusTransaction.requiringNew().call(() -> sendDigest(day)));
    }

    private boolean sendDigest(LocalDate day) {
        int claimed = em.createNativeQuery("""
                insert into lifecycle_digest (day, sent_at) values (:day, :now) on conflict (day) do nothing
                """).setParameter("day", day).setParameter("now", clock.now()).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        Instant now = clock.now();
        List<Order> soon = Order.list("serviceState in ?1 and expiresAt <= ?2 order by expiresAt",
                List.of(ServiceState.ACTIVE, ServiceState.SUSPENDED), now.plus(java.time.Duration.ofDays(config.digestDays())));
        List<LifecycleNotice.ExpiringItem> items = soon.stream().map(o -> new LifecycleNotice.ExpiringItem(o.id,
                o.customerName, o.customerPhone, o.packageName, o.serverName, o.expiresAt,
                o.serviceState.name())).toList();
        if (items.isEmpty()) {
            LOG.infof("lifecycle digest %s: nothing expires in the next %d days; no message", day, config.digestDays());
            return true;
        }
        notices.digest(day.toString(), items);
        LOG.infof("lifecycle digest %s: %d servers expire within %d days", day, items.size(), config.digestDays());
        return true;
    }
}
