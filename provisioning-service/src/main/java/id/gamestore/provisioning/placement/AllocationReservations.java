package id.gamestore.provisioning.placement;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Allocations claimed by jobs between placement and server creation. The primary key on the allocation id is what
 * keeps two concurrent jobs (in any instance) from choosing the same allocation.
 */
@ApplicationScoped
public class AllocationReservations {
    private final EntityManager em;

    public AllocationReservations(EntityManager em) {
        this.em = em;
    }

    /** A reservation held by another job. */
    public record Held(long allocationId, long nodeId, int memory, int disk) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Held> heldByOthers(UUID jobId) {
        List<?> rows = em.createNativeQuery(
                "select allocation_id, node_id, memory, disk from allocation_reservation where job_id <> ?1")
                .setParameter(1, jobId).getResultList();
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

    /** Frees what the job holds; runs inside the caller's transaction. */
    @Transactional
    public void release(UUID jobId) {
        em.createNativeQuery("delete from allocation_reservation where job_id = ?1").setParameter(1, jobId)
                .executeUpdate();
    }
}
