package id.gamestore.provisioning.placement;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Allocations claimed by jobs between placement and the server's creation, and for a while after it. The primary key
 * on the allocation id is what keeps two concurrent jobs (in any instance) from choosing the same allocation. A job
 * holds one row per allocation (primary and additional); the package's memory and disk are counted once, on the
 * primary's row. Once the panel created the server the rows are settled, not deleted: every instance places from
 * nodes it read up to {@code cache-refresh} ago, so a settled row keeps counting for two refresh periods (until every
 * instance's copy shows the server), then it is purged.
 */
@ApplicationScoped
public class AllocationReservations {
    private final EntityManager em;
    private final PlacementConfig config;

    public AllocationReservations(EntityManager em, PlacementConfig config) {
        this.em = em;
        this.config = config;
    }

    /** A reservation held by another job. */
    public record Held(long allocationId, long nodeId, int memory, int disk) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Held> heldByOthers(UUID jobId) {
        List<?> rows = em.createNativeQuery(
                "select allocation_id, node_id, memory, disk from allocation_reservation where job_id <> ?1 "
                        + "and (settled_at is null or settled_at > now() - make_interval(secs => ?2))")
                .setParameter(1, jobId).setParameter(2, keepSeconds()).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Held(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), ((Number) r[2]).intValue(), ((Number) r[3]).intValue())).toList();
    }

    /** @return true when this job now holds the allocation */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean reserve(UUID jobId, long allocationId, long nodeId, int memory, int disk) {
        int inserted = em.createNativeQuery("""
                insert into allocation_reservation (allocation_id, node_id, job_id, memory, disk, created_at)
                values (?1, ?2, ?3, ?4, ?5, now()) on conflict (allocation_id) do nothing
                """).setParameter(1, allocationId).setParameter(2, nodeId).setParameter(3, jobId)
                .setParameter(4, memory).setParameter(5, disk).executeUpdate();
        return inserted == 1;
    }

    /**
     * Claims all of {@code allocationIds} for the job in one transaction, or none of them: rows are inserted in
     * allocation id order (so two jobs claiming overlapping sets wait for each other instead of deadlocking), and
     * when one is already held the job's rows are deleted again before the commit.
     *
     * @param allocationIds the primary first; it carries the memory and disk
     * @return true when the job now holds every one of them
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean reserveAll(UUID jobId, List<Long> allocationIds, long nodeId, int memory, int disk) {
        long primary = allocationIds.get(0);
        for (long id : allocationIds.stream().sorted().distinct().toList()) {
            int inserted = em.createNativeQuery("""
                    insert into allocation_reservation (allocation_id, node_id, job_id, memory, disk, created_at)
                    values (?1, ?2, ?3, ?4, ?5, now()) on conflict (allocation_id) do nothing
                    """).setParameter(1, id).setParameter(2, nodeId).setParameter(3, jobId)
                    .setParameter(4, id == primary ? memory : 0).setParameter(5, id == primary ? disk : 0)
                    .executeUpdate();
            if (inserted != 1) {
                em.createNativeQuery("delete from allocation_reservation where job_id = ?1").setParameter(1, jobId)
                        .executeUpdate();
                return false;
            }
        }
        return true;
    }

    /** The panel created the job's server: its rows count only until every instance's nodes show it. */
    @Transactional
    public void settle(UUID jobId) {
        em.createNativeQuery("update allocation_reservation set settled_at = now() where job_id = ?1 "
                + "and settled_at is null").setParameter(1, jobId).executeUpdate();
    }

    /** Deletes settled rows every instance's nodes show by now; answers how many. */
    @Transactional
    public int purgeSettled() {
        return em.createNativeQuery("delete from allocation_reservation where settled_at is not null "
                + "and settled_at <= now() - make_interval(secs => ?1)").setParameter(1, keepSeconds()).executeUpdate();
    }

    private double keepSeconds() {
        return config.cacheRefresh().multipliedBy(2).plusSeconds(5).toMillis() / 1000.0;
    }

    /** Frees what the job holds; runs inside the caller's transaction. */
    @Transactional
    public void release(UUID jobId) {
        em.createNativeQuery("delete from allocation_reservation where job_id = ?1").setParameter(1, jobId)
                .executeUpdate();
    }
}
