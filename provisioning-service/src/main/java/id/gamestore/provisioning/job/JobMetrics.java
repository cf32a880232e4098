package id.gamestore.provisioning.job;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Gauge {@code provisioning.jobs{state}}: how many jobs are in each state, refreshed every 10 seconds. */
@ApplicationScoped
public class JobMetrics {
    private final EntityManager em;
    private final Map<JobState, AtomicLong> counts = new EnumMap<>(JobState.class);

    public JobMetrics(EntityManager em, MeterRegistry registry) {
        this.em = em;
        for (JobState state : JobState.values()) {
            AtomicLong value = new AtomicLong();
            counts.put(state, value);
            Gauge.builder("provisioning.jobs", value, AtomicLong::get).tag("state", state.name())
                    .description("Provisioning jobs by state").register(registry);
        }
    }

    @Scheduled(every = "10s")
    @Transactional
    void refresh() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select state, count(*) from provisioning_job group by state")
                .getResultList();
        counts.values().forEach(v -> v.set(0));
        for (Object[] row : rows) {
            counts.get(JobState.valueOf((String) row[0])).set(((Number) row[1]).longValue());
        }
    }
}
