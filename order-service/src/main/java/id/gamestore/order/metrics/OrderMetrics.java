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
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Gauges for dashboards, refreshed from the database on a schedule (a scrape never waits for a query):
 * {@code orders_by_status{status}}, {@code outbox_backlog} (unsent rows) and {@code outbox_oldest_age_seconds}
 * (age of the oldest unsent row, 0 when none; computed at scrape time, so it grows while the broker is away).
 */
@ApplicationScoped
public class OrderMetrics {
    private static final Logger LOG = Logger.getLogger(OrderMetrics.class);

    private final MeterRegistry registry;
    private final EntityManager em;

    private final Map<OrderStatus, AtomicLong> byStatus = new EnumMap<>(OrderStatus.class);
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
