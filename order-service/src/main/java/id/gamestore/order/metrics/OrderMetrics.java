package id.gamestore.order.metrics;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import id.gamestore.order.ordering.OrderStatus;
import id.gamestore.order.ordering.ServiceState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Gauges for dashboards, refreshed from the database on a schedule (a scrape never waits for a query):
 * {@code orders_by_status{status}}, {@code outbox_backlog} (unsent rows) and {@code outbox_oldest_age_seconds}
 * (age of the oldest unsent row, 0 when none; computed at scrape time, so it grows while the broker is away),
 * {@code servers_by_state{state}} (provisioned servers: ACTIVE, SUSPENDED, TERMINATED) and
 * {@code lifecycle_actions_waiting} (servers whose suspend/unsuspend/termination/build change waits for the panel).
 */
@ApplicationScoped
public class OrderMetrics {
    private static final Logger LOG = Logger.getLogger(OrderMetrics.class);

    private final MeterRegistry registry;
    private final EntityManager em;

    private final Map<OrderStatus, AtomicLong> byStatus = new EnumMap<>(OrderStatus.class);
    private final Map<ServiceState, AtomicLong> byState = new EnumMap<>(ServiceState.class);
    private final AtomicLong actionsWaiting = new AtomicLong();
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicReference<Instant> oldestUnsent = new AtomicReference<>();

    OrderMetrics(MeterRegistry registry, EntityManager em) {
        this.registry = registry;
        this.em = em;
    }

    @PostConstruct
    void register() {
        for (OrderStatus status : OrderStatus.values()) {
            AtomicLong value = new AtomicLong();
            byStatus.put(status, value);
            Gauge.builder("orders.by.status", value, AtomicLong::get).tag("status", status.name())
                    .description("orders in each status").register(registry);
        }
        for (ServiceState state : ServiceState.values()) {
            AtomicLong value = new AtomicLong();
            byState.put(state, value);
            Gauge.builder("servers.by.state", value, AtomicLong::get).tag("state", state.name())
                    .description("provisioned servers in each term state").register(registry);
        }
        Gauge.builder("lifecycle.actions.waiting", actionsWaiting, AtomicLong::get)
                .description("servers whose lifecycle action waits for provisioning-service's answer").register(registry);
        Gauge.builder("outbox.backlog", backlog, AtomicLong::get)
                .description("outbox rows not yet published").register(registry);
        Gauge.builder("outbox.oldest.age.seconds", oldestUnsent, OrderMetrics::ageSeconds)
                .description("age of the oldest unpublished outbox row, 0 when none").register(registry);
    }

    @Scheduled(every = "${order.metrics.refresh-interval:5s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            QuarkusTransaction.requiringNew().run(this::read);
        } catch (RuntimeException e) {
            LOG.debugf("metrics not refreshed: %s", e.getMessage());
        }
    }

    private void read() {
        byStatus.values().forEach(v -> v.set(0));
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery("select status, count(*) from orders group by status")
                .getResultList();
        for (Object[] row : counts) {
            OrderStatus.parse((String) row[0]).ifPresent(s -> byStatus.get(s).set(((Number) row[1]).longValue()));
        }
        byState.values().forEach(v -> v.set(0));
        @SuppressWarnings("unchecked")
        List<Object[]> states = em.createNativeQuery("""
                select service_state, count(*), count(pending_action_id) from orders
                where service_state is not null group by service_state""").getResultList();
        long waiting = 0;
        for (Object[] row : states) {
            byState.get(ServiceState.valueOf((String) row[0])).set(((Number) row[1]).longValue());
            waiting += ((Number) row[2]).longValue();
        }
        actionsWaiting.set(waiting);
        Object[] outbox = (Object[]) em.createNativeQuery(
                "select count(*), min(created_at) from outbox_event where sent_at is null").getSingleResult();
        backlog.set(((Number) outbox[0]).longValue());
        oldestUnsent.set(toInstant(outbox[1]));
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return null;
    }

    private static double ageSeconds(AtomicReference<Instant> oldest) {
        Instant at = oldest.get();
        return at == null ? 0 : Math.max(0, Duration.between(at, Instant.now()).toMillis() / 1000.0);
    }
}
